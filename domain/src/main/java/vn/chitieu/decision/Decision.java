package vn.chitieu.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * A decision (Quyết định) that assigns targets. Immutable: every change returns a new decision
 * with the version increased; storage uses the version for optimistic locking. Only a DRAFT can
 * change; an issued decision is never edited in place.
 */
public final class Decision {

    private final DecisionId id;
    private final String number;
    private final UnitCode issuer;
    private final int year;
    private final String title;
    private final String signer;
    private final LocalDate signedOn;
    private final DecisionStatus status;
    private final long version;
    private final Map<Assignment.Key, Assignment> assignments;

    private Decision(DecisionId id, String number, UnitCode issuer, int year, String title, String signer,
            LocalDate signedOn, DecisionStatus status, long version, Map<Assignment.Key, Assignment> assignments) {
        this.id = Objects.requireNonNull(id, "id");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.status = Objects.requireNonNull(status, "status");
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a decision needs a title");
        }
        if (status != DecisionStatus.DRAFT && (number == null || number.isBlank())) {
            throw new IllegalArgumentException("an issued decision has a number (e.g. 3086/QĐ-UBND)");
        }
        this.number = number == null || number.isBlank() ? null : number.strip();
        this.year = year;
        this.title = title.strip();
        this.signer = signer;
        this.signedOn = signedOn;
        this.version = version;
        this.assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }

    /** A new draft with no targets yet. */
    public static Decision draft(UnitCode issuer, int year, String title) {
        return new Decision(DecisionId.random(), null, issuer, year, title, null, null, DecisionStatus.DRAFT, 0,
                Map.of());
    }

    /** A decision as storage holds it. */
    public static Decision reconstitute(DecisionId id, String number, UnitCode issuer, int year, String title,
            String signer, LocalDate signedOn, DecisionStatus status, long version, List<Assignment> assignments) {
        Map<Assignment.Key, Assignment> map = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            if (map.put(a.key(), a) != null) {
                throw new IllegalArgumentException("two targets for " + a.key());
            }
        }
        return new Decision(id, number, issuer, year, title, signer, signedOn, status, version, map);
    }

    /**
     * Sets (adds or replaces) one target; refused unless this is a draft, and when the target's
     * period is not this decision's year or a part of it.
     */
    public Decision assign(Assignment assignment) {
        requireEditable();
        requireInYear(assignment.period());
        Map<Assignment.Key, Assignment> map = new LinkedHashMap<>(assignments);
        map.put(assignment.key(), assignment);
        return new Decision(id, number, issuer, year, title, signer, signedOn, status, version + 1, map);
    }

    /**
     * Sets the target of {@code key} to {@code target} with {@code reason}: an existing target
     * keeps its baseline, procedures and lead units; a new one has none. As {@link #assign}.
     */
    public Decision setTarget(Assignment.Key key, BigDecimal target, String reason) {
        Assignment assignment = assignment(key).map(a -> a.withTarget(target, reason))
                .orElseGet(() -> new Assignment(key.unit(), key.indicator(), key.period(), target, null, null, null, null,
                        null, reason));
        return assign(assignment);
    }

    /** Sets many targets at once; refused unless this is a draft, or when a period is outside the year. */
    public Decision assignAll(List<Assignment> list) {
        requireEditable();
        list.forEach(a -> requireInYear(a.period()));
        Map<Assignment.Key, Assignment> map = new LinkedHashMap<>(assignments);
        for (Assignment a : list) {
            map.put(a.key(), a);
        }
        return new Decision(id, number, issuer, year, title, signer, signedOn, status, version + 1, map);
    }

    /** DRAFT → ISSUED with its official number, signer and date. */
    public Decision issue(String officialNumber, String signedBy, LocalDate date) {
        requireEditable();
        return new Decision(id, officialNumber, issuer, year, title, signedBy, date, DecisionStatus.ISSUED,
                version + 1, assignments);
    }

    /**
     * Refuses a target period that is not this decision's year or a half, quarter or month of it.
     *
     * @throws PeriodOutsideYearException naming the period and the year
     */
    public void requireInYear(Period period) {
        if (period.year() != year) {
            throw new PeriodOutsideYearException(period, year);
        }
    }

    /**
     * True when {@code unit} may get a target of this decision: a decision assigns targets within
     * its issuer's subtree (the issuer itself included), never to another unit's.
     */
    public boolean covers(UnitTree tree, UnitCode unit) {
        return tree.isWithin(unit, issuer);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DecisionNotEditableException(id, status);
        }
    }

    public DecisionId id() {
        return id;
    }

    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public UnitCode issuer() {
        return issuer;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public Optional<String> signer() {
        return Optional.ofNullable(signer);
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public DecisionStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public List<Assignment> assignments() {
        return new ArrayList<>(assignments.values());
    }

    public Optional<Assignment> assignment(Assignment.Key key) {
        return Optional.ofNullable(assignments.get(key));
    }

    @Override
    public String toString() {
        return "Decision[" + id + ", " + (number == null ? "draft" : number) + ", " + issuer + ", " + year + ", "
                + status + ", v" + version + ", " + assignments.size() + " targets]";
    }
}
