package vn.chitieu.port.out;

import java.time.Instant;
import java.util.Objects;
import vn.chitieu.audit.Actor;

/** An import that changed storage: which file, who, when, and its counts. Recorded in the import's own transaction. */
public record ImportBatch(long id, ImportKind kind, String source, Actor actor, Instant at, long inserted, long updated,
        long unchanged) {

    public ImportBatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
