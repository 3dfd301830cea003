package vn.chitieu.persistence.jdbi;

import java.time.Instant;

/** A row of {@code import_batches}. */
public record ImportBatchRow(long id, String kind, String source, String actor, Instant importedAt, long inserted,
        long updated, long unchanged) {
}
