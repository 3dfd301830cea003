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
import vn.chitieu.decision.DecisionTexts;

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
     * One page of the stored decisions that pass {@code filter}, oldest first. The default reads
     * {@link #all()}; a store overrides it to filter and page where the data is.
     */
    default List<Decision> find(DecisionFilter filter) {
        return all().stream().filter(filter::accepts).skip(filter.offset()).limit(filter.limit()).toList();
    }

    /** How many stored decisions pass {@code filter} (its offset and limit aside). */
    default int count(DecisionFilter filter) {
        return (int) all().stream().filter(filter::accepts).count();
    }

    /** The stored decisions whose number is {@code number} (compared without spaces and case: {@link DecisionTexts#numberKey}). */
    default List<Decision> findByNumber(String number) {
        String key = DecisionTexts.numberKey(number);
        return all().stream().filter(d -> d.number().map(n -> DecisionTexts.numberKey(n).equals(key)).orElse(false))
                .toList();
    }

    /**
     * Issues a draft: writes {@code issued} (the stored draft at {@code expectedVersion}, now ISSUED)
     * and, in the same transaction, {@code replaced} (the decision it amends or supersedes, read at
     * {@code replacedVersion}, now AMENDED or SUPERSEDED), or nothing else when {@code replaced} is null.
     * {@code check} runs first, once no other issue of the same year can run until this one ends, and
     * refuses by throwing: two drafts that contradict each other, issued at the same moment, cannot
     * both pass it.
     *
     * @throws StaleVersionException when either stored version is not the one read
     * @throws DecisionNotEditableException when the draft is no longer a draft
     * @throws vn.chitieu.decision.DecisionLifecycleException when {@code replaced} is no longer ISSUED
     */
    Decision issue(Decision issued, long expectedVersion, Decision replaced, long replacedVersion, Actor actor,
            String reason, Runnable check);

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
