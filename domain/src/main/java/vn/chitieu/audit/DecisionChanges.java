package vn.chitieu.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.decision.GroupAssignment;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;

/** The audit entries a change of a decision writes, the same in every storage implementation. */
public final class DecisionChanges {

    private static boolean sameButTarget(GroupAssignment a, GroupAssignment b) {
        return a.equals(new GroupAssignment(b.group(), b.indicator(), b.period(), a.target(), b.unitOfMeasure(),
                b.leadUnit(), b.leadUnitName(), b.coordinatingUnit(), b.coordinatingUnitName(), b.legalBasis(),
                b.reason()));
    }

    private DecisionChanges() {
    }

    public static List<PendingAudit> created(Decision d, String reason) {
        List<PendingAudit> out = new ArrayList<>();
        out.add(new PendingAudit(AuditAction.DECISION_CREATED, AuditValues.subject(d), null, AuditValues.of(d), reason));
        for (Assignment a : d.assignments()) {
            out.add(new PendingAudit(AuditAction.TARGET_SET, AuditValues.subject(d, a.key()), null, AuditValues.of(a),
                    reason == null ? a.reason() : reason));
        }
        for (GroupAssignment g : d.groupAssignments()) {
            out.add(new PendingAudit(AuditAction.TARGET_SET, AuditValues.subject(d, g.key()), null, AuditValues.of(g),
                    reason == null ? g.reason() : reason));
        }
        return out;
    }

    public static List<PendingAudit> between(Decision stored, Decision changed, String reason) {
        List<PendingAudit> out = new ArrayList<>();
        String before = AuditValues.of(stored);
        String after = AuditValues.of(changed);
        if (!before.equals(after)) {
            out.add(new PendingAudit(AuditAction.DECISION_CHANGED, AuditValues.subject(changed), before, after, reason));
        }
        for (Assignment a : changed.assignments()) {
            var old = stored.assignment(a.key());
            String why = reason == null ? a.reason() : reason;
            if (old.isEmpty()) {
                out.add(new PendingAudit(AuditAction.TARGET_SET, AuditValues.subject(changed, a.key()), null,
                        AuditValues.of(a), why));
            } else if (!Sameness.same(old.get(), a)) {
                out.add(new PendingAudit(AuditAction.TARGET_CHANGED, AuditValues.subject(changed, a.key()),
                        AuditValues.of(old.get()), AuditValues.of(a), why));
            }
        }
        Set<Assignment.Key> kept = changed.assignments().stream().map(Assignment::key).collect(Collectors.toSet());
        for (Assignment a : stored.assignments()) {
            if (!kept.contains(a.key())) {
                out.add(new PendingAudit(AuditAction.TARGET_REMOVED, AuditValues.subject(changed, a.key()),
                        AuditValues.of(a), null, reason));
            }
        }
        Map<GroupAssignment.Key, GroupAssignment> groupsBefore = new HashMap<>();
        stored.groupAssignments().forEach(g -> groupsBefore.put(g.key(), g));
        for (GroupAssignment g : changed.groupAssignments()) {
            GroupAssignment old = groupsBefore.remove(g.key());
            String why = reason == null ? g.reason() : reason;
            if (old == null) {
                out.add(new PendingAudit(AuditAction.TARGET_SET, AuditValues.subject(changed, g.key()), null,
                        AuditValues.of(g), why));
            } else if (!(old.target().compareTo(g.target()) == 0 && sameButTarget(old, g))) {
                out.add(new PendingAudit(AuditAction.TARGET_CHANGED, AuditValues.subject(changed, g.key()),
                        AuditValues.of(old), AuditValues.of(g), why));
            }
        }
        for (GroupAssignment g : groupsBefore.values()) {
            out.add(new PendingAudit(AuditAction.TARGET_REMOVED, AuditValues.subject(changed, g.key()),
                    AuditValues.of(g), null, reason));
        }
        return out;
    }
}
