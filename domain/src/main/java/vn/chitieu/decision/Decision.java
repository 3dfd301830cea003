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
    private final Details details;

    /**
     * What a decision holds beside its unit targets: its legal bases (căn cứ), tasks, targets for
     * groups of kinds, and the issued decision it amends or supersedes (at most one of the two).
     */
    public record Details(List<DocumentReference> legalBases, List<Task> tasks, List<GroupAssignment> groupAssignments,
            DecisionId amends, DecisionId supersedes) {

        public static final Details NONE = new Details(List.of(), List.of(), List.of(), null, null);

        public Details {
            legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
            groupAssignments = groupAssignments == null ? List.of() : List.copyOf(groupAssignments);
            DecisionTexts.requireCount("legalBases", legalBases.size());
            DecisionTexts.requireCount("tasks", tasks.size());
            DecisionTexts.requireCount("groupAssignments", groupAssignments.size());
            if (amends != null && supersedes != null) {
                throw new IllegalArgumentException("a decision amends or supersedes one decision, not both");
            }
            requireNoOverlap(groupAssignments);
        }

        Details with(List<DocumentReference> bases, List<Task> newTasks, List<GroupAssignment> groups) {
            return new Details(bases, newTasks, groups, amends, supersedes);
        }
    }

    private Decision(DecisionId id, String number, UnitCode issuer, int year, String title, String signer,
            LocalDate signedOn, DecisionStatus status, long version, Map<Assignment.Key, Assignment> assignments,
            Details details) {
        this.id = Objects.requireNonNull(id, "id");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.status = Objects.requireNonNull(status, "status");
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a decision needs a title");
        }
        if (status.wasIssued() && (number == null || number.isBlank())) {
            throw new IllegalArgumentException("an issued decision has a number (e.g. 3086/QĐ-UBND)");
        }
        this.number = number == null || number.isBlank() ? null : number.strip();
        this.year = year;
        this.title = DecisionTexts.required("title", title, DecisionTexts.LONG, "a decision needs a title");
        this.signer = DecisionTexts.optional("signer", signer, DecisionTexts.SHORT);
        if (this.number != null && this.number.length() > DecisionTexts.SHORT) {
            DecisionTexts.optional("number", this.number, DecisionTexts.SHORT);
        }
        this.signedOn = signedOn;
        this.version = version;
        this.assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
        this.details = details == null ? Details.NONE : details;
        if (this.details.amends() != null && this.details.amends().equals(id)
                || this.details.supersedes() != null && this.details.supersedes().equals(id)) {
            throw new IllegalArgumentException("a decision cannot amend or supersede itself");
        }
        this.details.groupAssignments().forEach(g -> requireInYear(g.period()));
    }

    private Decision with(DecisionStatus newStatus, long newVersion, Map<Assignment.Key, Assignment> newAssignments,
            Details newDetails) {
        return new Decision(id, number, issuer, year, title, signer, signedOn, newStatus, newVersion, newAssignments,
                newDetails);
    }

    /** A new draft with no targets yet. */
    public static Decision draft(UnitCode issuer, int year, String title) {
        return new Decision(DecisionId.random(), null, issuer, year, title, null, null, DecisionStatus.DRAFT, 0,
                Map.of(), Details.NONE);
    }

    /** A new draft with its legal bases, tasks and group targets, amending or superseding nothing. */
    public static Decision draft(UnitCode issuer, int year, String title, List<DocumentReference> legalBases,
            List<Task> tasks) {
        return new Decision(DecisionId.random(), null, issuer, year, title, null, null, DecisionStatus.DRAFT, 0,
                Map.of(), new Details(legalBases, tasks, List.of(), null, null));
    }

    /** A decision as storage holds it. */
    public static Decision reconstitute(DecisionId id, String number, UnitCode issuer, int year, String title,
            String signer, LocalDate signedOn, DecisionStatus status, long version, List<Assignment> assignments) {
        return reconstitute(id, number, issuer, year, title, signer, signedOn, status, version, assignments,
                Details.NONE);
    }

    /** A decision as storage holds it, with its legal bases, tasks, group targets and links. */
    public static Decision reconstitute(DecisionId id, String number, UnitCode issuer, int year, String title,
            String signer, LocalDate signedOn, DecisionStatus status, long version, List<Assignment> assignments,
            Details details) {
        Map<Assignment.Key, Assignment> map = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            if (map.put(a.key(), a) != null) {
                throw new IllegalArgumentException("two targets for " + a.key());
            }
        }
        return new Decision(id, number, issuer, year, title, signer, signedOn, status, version, map, details);
    }

    /** This decision at {@code newVersion} (what storage answers after writing it). */
    public Decision atVersion(long newVersion) {
        return with(status, newVersion, assignments, details);
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
        return with(status, version + 1, map, details);
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
        return assignAll(list, List.of());
    }

    /**
     * Sets many unit and group targets at once (each replacing the target with the same key); refused
     * unless this is a draft, when a period is outside the year, or when two groups that share a kind
     * get targets for the same indicator and period.
     */
    public Decision assignAll(List<Assignment> list, List<GroupAssignment> groups) {
        requireEditable();
        list.forEach(a -> requireInYear(a.period()));
        groups.forEach(g -> requireInYear(g.period()));
        Map<Assignment.Key, Assignment> map = new LinkedHashMap<>(assignments);
        list.forEach(a -> map.put(a.key(), a));
        Map<GroupAssignment.Key, GroupAssignment> byKey = new LinkedHashMap<>();
        details.groupAssignments().forEach(g -> byKey.put(g.key(), g));
        groups.forEach(g -> byKey.put(g.key(), g));
        return with(status, version + 1, map, details.with(details.legalBases(), details.tasks(),
                new ArrayList<>(byKey.values())));
    }

    /**
     * A new draft that amends this issued decision: the same issuer, year, title, legal bases, tasks
     * and targets, to be changed and issued; issuing it marks this one AMENDED.
     */
    public Decision amendment() {
        requireIssued("amended");
        return new Decision(DecisionId.random(), null, issuer, year, title, null, null, DecisionStatus.DRAFT, 0,
                assignments, new Details(details.legalBases(), details.tasks(), details.groupAssignments(), id, null));
    }

    /**
     * A new, empty draft of the same issuer and year that replaces this issued decision entirely:
     * issuing it marks this one SUPERSEDED.
     */
    public Decision supersedingDraft(String newTitle) {
        requireIssued("superseded");
        return new Decision(DecisionId.random(), null, issuer, year, newTitle == null ? title : newTitle, null, null,
                DecisionStatus.DRAFT, 0, Map.of(), new Details(List.of(), List.of(), List.of(), null, id));
    }

    /** ISSUED → AMENDED or SUPERSEDED: the one change an issued decision may undergo, when its successor is issued. */
    public Decision replaced(DecisionStatus by) {
        if (by != DecisionStatus.AMENDED && by != DecisionStatus.SUPERSEDED) {
            throw new IllegalArgumentException("an issued decision is only AMENDED or SUPERSEDED, not " + by);
        }
        requireIssued(by == DecisionStatus.AMENDED ? "amended" : "superseded");
        return with(by, version + 1, assignments, details);
    }

    /** DRAFT → WITHDRAWN: a draft given up; it stays stored with its audit trail and can no longer change. */
    public Decision withdraw() {
        requireEditable();
        return with(DecisionStatus.WITHDRAWN, version + 1, assignments, details);
    }

    /**
     * The target of {@code unit} for (indicator, period) in this decision: its own assignment, else
     * the target of the group that takes in its kind.
     */
    public Optional<Assignment> effectiveTarget(UnitTree tree, UnitCode unit, vn.chitieu.indicator.IndicatorCode indicator,
            Period period) {
        Assignment own = assignments.get(new Assignment.Key(unit, indicator, period));
        if (own != null) {
            return Optional.of(own);
        }
        return details.groupAssignments().stream()
                .filter(g -> g.indicator().equals(indicator) && g.period().equals(period)
                        && g.group().covers(tree, issuer, unit))
                .findFirst().map(g -> g.toUnit(unit, period));
    }

    /** Every (unit, indicator, period) this decision gives a target, its groups spread over {@code tree}'s units. */
    public Map<Assignment.Key, Assignment> effectiveTargets(UnitTree tree) {
        Map<Assignment.Key, Assignment> out = new LinkedHashMap<>();
        for (GroupAssignment g : details.groupAssignments()) {
            for (UnitCode member : g.group().members(tree, issuer)) {
                out.put(new Assignment.Key(member, g.indicator(), g.period()), g.toUnit(member, g.period()));
            }
        }
        out.putAll(assignments);
        return out;
    }

    /** The issued decision this one amends or supersedes, if any. */
    public Optional<DecisionId> replaces() {
        return Optional.ofNullable(details.amends() != null ? details.amends() : details.supersedes());
    }

    /** True when this decision is or was issued. */
    public boolean wasIssued() {
        return status.wasIssued();
    }

    static void requireNoOverlap(List<GroupAssignment> groups) {
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                GroupAssignment a = groups.get(i);
                GroupAssignment b = groups.get(j);
                if (a.indicator().equals(b.indicator()) && a.period().equals(b.period()) && a.group().overlaps(b.group())) {
                    throw new vn.chitieu.common.InvalidInputException(vn.chitieu.common.InputProblem.at(null, 0, "group",
                            a.group().label() + " / " + b.group().label(), "two groups that share a kind get targets for "
                                    + a.indicator() + " in " + a.period() + ": a unit would have two targets"));
                }
            }
        }
    }

    private void requireIssued(String what) {
        if (status != DecisionStatus.ISSUED) {
            throw new DecisionLifecycleException("decision " + id + " is " + status + ": only an ISSUED decision can be "
                    + what);
        }
    }

    /** DRAFT → ISSUED with its official number, signer and date. */
    public Decision issue(String officialNumber, String signedBy, LocalDate date) {
        requireEditable();
        return new Decision(id, officialNumber, issuer, year, title, signedBy, date, DecisionStatus.ISSUED,
                version + 1, assignments, details);
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

    public Details details() {
        return details;
    }

    public List<DocumentReference> legalBases() {
        return details.legalBases();
    }

    public List<Task> tasks() {
        return details.tasks();
    }

    public List<GroupAssignment> groupAssignments() {
        return details.groupAssignments();
    }

    public Optional<DecisionId> amends() {
        return Optional.ofNullable(details.amends());
    }

    public Optional<DecisionId> supersedes() {
        return Optional.ofNullable(details.supersedes());
    }

    public Optional<Assignment> assignment(Assignment.Key key) {
        return Optional.ofNullable(assignments.get(key));
    }

    @Override
    public String toString() {
        return "Decision[" + id + ", " + (number == null ? "draft" : number) + ", " + issuer + ", " + year + ", "
                + status + ", v" + version + ", " + assignments.size() + " targets, " + details.groupAssignments().size()
                + " group targets]";
    }
}
