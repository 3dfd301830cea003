package vn.chitieu.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
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
        return each(list, "legalBases", "a legal basis cannot be null", j -> new DocumentReference(j.number(),
                j.date(), j.issuer(), j.title(),
                j.decision() == null ? null : id(j.decision(), "legalBases.decision")));
    }

    static List<Task> tasks(List<TaskJson> list) {
        return each(list, "tasks", "a task cannot be null", j -> new Task(j.text(),
                j.unit() == null ? null : Queries.unit(j.unit(), "tasks.unit"), group(j.group()), j.deadline()));
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
        return each(list, "groups.group", "a group target names its group", j -> {
            if (j.group() == null) {
                throw HttpProblem.badField("groups.group", "a group target names its group");
            }
            if (j.target() == null) {
                throw HttpProblem.badField("groups.target", "a target is required");
            }
            return new GroupAssignment(group(j.group()), Queries.indicator(j.indicator(), "groups.indicator"),
                    Queries.period(j.period(), "groups.period"), j.target(), j.unitOfMeasure(),
                    j.leadUnit() == null ? null : Queries.unit(j.leadUnit(), "groups.leadUnit"), j.leadUnitName(),
                    j.coordinatingUnit() == null ? null : Queries.unit(j.coordinatingUnit(), "groups.coordinatingUnit"),
                    j.coordinatingUnitName(), j.legalBasis(), j.reason());
        });
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
            b.row(line++, Arrays.asList(r.unit(), r.indicator(), r.period(),
                    r.target() == null ? null : r.target().toPlainString(), r.reason()));
        }
        return b.build();
    }

    /** Each item of {@code list} (none when null) read by {@code read}; a null item refused naming {@code field}. */
    /** Every item read; refused with the problems of every bad item at once, each field named with its index. */
    private static <J, T> List<T> each(List<J> list, String field, String ifNull, Function<J, T> read) {
        if (list == null) {
            return List.of();
        }
        String name = field.split("\\.", 2)[0];
        InputProblems problems = new InputProblems();
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            J j = list.get(i);
            InputProblems item = new InputProblems();
            T t = j == null ? null : attempt(item, () -> read.apply(j));
            if (j == null) {
                item.add(InputProblem.at(null, 0, field, null, ifNull));
            }
            String indexed = name + "[" + i + "]";
            item.kept().forEach(p -> problems.add(p.column() != null && (p.column().equals(name) || p.column().startsWith(name + "."))
                    ? InputProblem.at(p.file(), p.line(), indexed + p.column().substring(name.length()), p.value(), p.reason())
                    : p));
            if (t != null) {
                out.add(t);
            }
        }
        problems.refuseIfAny();
        return out;
    }

    /**
     * As {@link InputProblems#attempt}, a field refused by this adapter ({@link HttpProblem} 400 naming fields) added as
     * problems too: every bad part of a body is told in one answer.
     */
    static <T> T attempt(InputProblems problems, java.util.function.Supplier<T> make) {
        try {
            return problems.attempt(make);
        } catch (HttpProblem e) {
            if (e.status() != 400 || e.errors() == null || e.errors().isEmpty()) {
                throw e;
            }
            e.errors().forEach(f -> problems.add(InputProblem.at(null, f.line() == null ? 0 : f.line(), f.field(), f.value(),
                    f.message())));
            return null;
        }
    }

    private static DecisionId id(String text, String field) {
        try {
            return DecisionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badField(field, "not a decision id: '" + text + "'");
        }
    }
}
