/** Who may do what: roles, bearer tokens (stored hashed) and the subtree every request is scoped to. */
package vn.chitieu.access;
