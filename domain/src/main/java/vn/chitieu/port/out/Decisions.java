package vn.chitieu.port.out;

import java.util.List;
import java.util.Optional;
import vn.chitieu.audit.Actor;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionNotFoundException;

/**
 * Storage of decisions and their assignments. Changes use optimistic locking: each stored change
 * raises the stored version by one, and a change made from an older version is refused with
 * {@link StaleVersionException}. An issued decision is never changed. Every change writes its
 * audit entries in the same transaction.
 */
public interface Decisions {

    Optional<Decision> findById(DecisionId id);

    List<Decision> findByYear(int year);

    /** Every stored decision, oldest first. */
    List<Decision> all();

    /**
     * Stores a new decision with its assignments; the stored version is 0.
     *
     * @throws IllegalArgumentException when a decision with this id is already stored
     */
    Decision add(Decision decision, Actor actor, String reason);

    /**
     * Replaces the stored decision {@code changed.id()} with {@code changed} (its fields and the
     * full set of its assignments), provided the stored version is still {@code expectedVersion}
     * and the stored decision is a draft. The stored version becomes {@code expectedVersion + 1}.
     *
     * @return the decision as now stored
     * @throws StaleVersionException when the stored version is not {@code expectedVersion}
     * @throws DecisionNotEditableException when the stored decision is not a draft
     * @throws DecisionNotFoundException when there is no such decision
     */
    Decision update(Decision changed, long expectedVersion, Actor actor, String reason);

    /** Sets one target of a stored draft, from the version the caller read. */
    default Decision assign(DecisionId id, long expectedVersion, Assignment assignment, Actor actor, String reason) {
        Decision stored = findById(id).orElseThrow(() -> new DecisionNotFoundException(id));
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException("decision " + id, expectedVersion, stored.version());
        }
        return update(stored.assign(assignment), expectedVersion, actor, reason);
    }
}
