/** What every feature of the domain shares: input problems and domain refusals. */
package vn.chitieu.common;
