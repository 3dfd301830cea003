/**
 * The application layer: one service per thing a user does (draft a decision, set a target,
 * issue it, cascade, score a period, resolve names, draft targets from files…), called alike by
 * the CLI and the HTTP adapter. A service takes a command record that validates itself, checks
 * the caller's access, applies the domain's rules, talks to the ports and returns a value; the
 * adapters only parse their input and render the answer. Refusals are the domain's exceptions
 * ({@link vn.chitieu.common.InvalidInputException}, {@link vn.chitieu.common.DomainRefusal},
 * {@link vn.chitieu.access.AccessDeniedException}).
 */
package vn.chitieu.application;
