package vn.chitieu.persistence.jdbi;

import org.jdbi.v3.core.mapper.Nested;

/**
 * A stored row of {@code results} that an import changes: as stored (columns {@code old_*}) and as
 * the file gives it (columns {@code new_*}), read in one join for the audit log.
 */
public record ChangedResultRow(@Nested("old") ResultRow old, @Nested("new") ResultRow now) {
}
