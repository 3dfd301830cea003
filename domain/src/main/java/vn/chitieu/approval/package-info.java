/**
 * Period approval: a unit approves its results for a period, which locks the results of its whole
 * subtree for that period and every period inside it, until a higher unit (or an ADMIN) re-opens it.
 */
package vn.chitieu.approval;
