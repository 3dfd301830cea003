/**
 * Use cases of period approval: approve (U, P) locks the results of U's subtree for P and every
 * period inside P; re-open (with a reason, by a unit above U or an ADMIN) lifts it; both audited.
 * {@link vn.chitieu.application.approval.ResultLocks} is the one check every results write makes.
 */
package vn.chitieu.application.approval;
