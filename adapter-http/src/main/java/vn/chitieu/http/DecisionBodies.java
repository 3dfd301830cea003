package vn.chitieu.http;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.Task;
import vn.chitieu.decision.UnitGroup;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitKind;

/** The JSON bodies of the decision routes read into the domain's values; the values check their own bounds. */
final class DecisionBodies {

    private DecisionBodies() {
    }

    static List<DocumentReference> legalBases(List<LegalBaseJson> list) {
        if (list == null) {
            return List.of();
        }
        List<DocumentReference> out = new ArrayList<>();
        for (LegalBaseJson j : list) {
            if (j == null) {
                throw HttpProblem.badField("legalBases", "a legal basis cannot be null");
            }
            out.add(new DocumentReference(j.number(), j.date(), j.issuer(), j.title(),
                    j.decision() == null ? null : id(j.decision(), "legalBases.decision")));
        }
        return out;
    }

    static List<Task> tasks(List<TaskJson> list) {
        if (list == null) {
            return List.of();
        }
        List<Task> out = new ArrayList<>();
        for (TaskJson j : list) {
            if (j == null) {
                throw HttpProblem.badField("tasks", "a task cannot be null");
            }
            out.add(new Task(j.text(), j.unit() == null ? null : Queries.unit(j.unit(), "tasks.unit"), group(j.group()),
                    j.deadline()));
        }
        return out;
    }

    static UnitGroup group(UnitGroupJson j) {
        if (j == null) {
            return null;
        }
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (String k : j.kinds() == null ? List.<String>of() : j.kinds()) {
            kinds.add(UnitKind.parse(k).orElseThrow(() -> HttpProblem.badField("group.kinds",
                    "unknown kind '" + k + "'; one of " + List.of(UnitKind.values()))));
        }
        return new UnitGroup(j.label(), kinds, Boolean.TRUE.equals(j.issuer()));
    }

    static List<GroupAssignment> groups(List<GroupAssignmentJson> list) {
        if (list == null) {
            return List.of();
        }
        List<GroupAssignment> out = new ArrayList<>();
        for (GroupAssignmentJson j : list) {
            if (j == null || j.group() == null) {
                throw HttpProblem.badField("groups.group", "a group target names its group");
            }
            if (j.target() == null) {
                throw HttpProblem.badField("groups.target", "a target is required");
            }
            out.add(new GroupAssignment(group(j.group()), Queries.indicator(j.indicator(), "groups.indicator"),
                    Queries.period(j.period(), "groups.period"), j.target(), j.unitOfMeasure(),
                    j.leadUnit() == null ? null : Queries.unit(j.leadUnit(), "groups.leadUnit"), j.leadUnitName(),
                    j.coordinatingUnit() == null ? null : Queries.unit(j.coordinatingUnit(), "groups.coordinatingUnit"),
                    j.coordinatingUnitName(), j.legalBasis(), j.reason()));
        }
        return out;
    }

    /** The JSON rows as a targets.csv table, line 2 being the first row, so that problems name the row. */
    static Table targets(List<BulkTargetsJson.Row> rows) {
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        Table.Builder b = Table.builder("targets", List.of("unit", "indicator", "period", "target", "reason"));
        int line = 2;
        for (BulkTargetsJson.Row r : rows) {
            if (r == null) {
                throw HttpProblem.badField("targets", "a row cannot be null");
            }
            List<String> cells = new ArrayList<>();
            cells.add(r.unit());
            cells.add(r.indicator());
            cells.add(r.period());
            cells.add(r.target() == null ? null : r.target().toPlainString());
            cells.add(r.reason());
            b.row(line++, cells);
        }
        return b.build();
    }

    private static DecisionId id(String text, String field) {
        try {
            return DecisionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badField(field, "not a decision id: '" + text + "'");
        }
    }
}
