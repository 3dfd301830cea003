package vn.chitieu.application.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.application.Actors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.PeriodOutsideYearException;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: set one target of a draft decision, or many in one change. One: in this order, the
 * caller may write the unit (403, whether or not the unit exists), the unit exists (404), the
 * decision exists (404), the caller may assign the unit a target of it ({@link Caller#requireAssign}),
 * the indicator exists (404), the target fits the indicator ({@link Indicator#refusal}: 0–100 % for
 * a ratio), the period lies in the decision's year, and the decision is still at the version the
 * caller read (optimistic lock: {@link StaleVersionException}).
 * Many: all or nothing. The caller must edit the
 * decision (403 otherwise, before the rows are read); then every row is checked (the unit, a code
 * or a name, resolved within the caller's subtree and under the issuer; the indicator; the target
 * within the indicator's bounds, 0–100 % for a ratio; the period within the decision's year; no key
 * twice) and every bad row is listed at once with its line; nothing is changed unless all pass. An
 * existing target keeps its baseline and procedures.
 */
public final class SetTargets {

    private final Units units;
    private final Decisions decisions;
    private final IndicatorCatalogue catalogue;

    public SetTargets(Units units, Decisions decisions, IndicatorCatalogue catalogue) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public DecisionView set(SetTargetCommand command) {
        Caller caller = command.caller();
        UnitTree tree = units.tree();
        caller.requireWrite(tree, command.unit());
        if (!tree.contains(command.unit())) {
            throw new NotFoundException("no unit '" + command.unit() + "'");
        }
        Decision stored = decisions.findById(command.decision())
                .orElseThrow(() -> new DecisionNotFoundException(command.decision()));
        caller.requireAssign(tree, stored, command.unit());
        Indicator indicator = catalogue.find(command.indicator())
                .orElseThrow(() -> new NotFoundException("no indicator '" + command.indicator() + "'"));
        indicator.refusal(command.target()).ifPresent(reason -> {
            throw new InvalidInputException(InputProblem.at(null, 0, "target", command.target().toPlainString(), reason));
        });
        Period period = command.period() == null ? Period.year(stored.year()) : command.period();
        try {
            stored.requireInYear(period);
        } catch (PeriodOutsideYearException e) {
            throw new InvalidInputException(InputProblem.at(null, 0, "period", period.toString(), e.getMessage()));
        }
        requireRead(stored, command.readVersion());
        Decision changed = stored.setTarget(new Assignment.Key(command.unit(), command.indicator(), period),
                command.target(), command.reason());
        Decision updated = decisions.update(changed, command.readVersion(), Actors.of(caller), command.reason());
        return DecisionView.of(caller, tree, updated);
    }

    /** Optimistic lock: a change made from another version than the stored one is refused. */
    static void requireRead(Decision stored, long readVersion) {
        if (stored.version() != readVersion) {
            throw new StaleVersionException("decision " + stored.id(), readVersion, stored.version());
        }
    }

    /** Many targets at once, as the class says. */
    public DecisionView set(SetTargetsCommand command) {
        Caller caller = command.caller();
        UnitTree tree = units.tree();
        Decision stored = decisions.findById(command.decision())
                .orElseThrow(() -> new DecisionNotFoundException(command.decision()));
        caller.requireEdit(tree, stored);
        if (!stored.status().isEditable()) {
            throw new vn.chitieu.decision.DecisionNotEditableException(stored.id(), stored.status());
        }
        Period year = Period.year(stored.year());
        List<InputProblem> problems = new ArrayList<>();
        List<Assignment> rows = new ArrayList<>();
        if (command.table() != null) {
            TargetsTableReader reader = new TargetsTableReader(caller.resolver(tree), catalogue);
            List<Lined<Assignment>> read;
            try {
                read = reader.readLined(command.table(), year, null);
            } catch (InvalidInputException e) {
                // the reader's problems, then the rules below on the rows it could read: every bad row at once
                problems.addAll(e.problems());
                java.util.Set<Integer> bad = new java.util.HashSet<>();
                e.problems().forEach(p -> bad.add(p.line()));
                if (e.omitted() > 0 || bad.contains(0)) {
                    throw e;
                }
                Table.Builder rest = Table.builder(command.table().file(), command.table().headers());
                for (TableRow row : command.table().rows()) {
                    if (!bad.contains(row.line())) {
                        rest.row(row.line(), command.table().headers().stream().map(row::get).toList());
                    }
                }
                Table good = rest.build();
                read = good.rows().isEmpty() ? List.of() : reader.readLined(good, year, null);
            }
            for (Lined<Assignment> l : read) {
                Assignment a = l.value();
                if (a.period().year() != stored.year()) {
                    problems.add(InputProblem.at(command.table().file(), l.line(), "period", a.period().toString(),
                            "outside the decision's year " + stored.year()));
                    continue;
                }
                try {
                    caller.requireAssign(tree, stored, a.unit());
                } catch (AccessDeniedException e) {
                    problems.add(InputProblem.at(command.table().file(), l.line(), "unit", a.unit().value(),
                            "not under the issuer '" + stored.issuer() + "' within the caller's subtree"));
                    continue;
                }
                rows.add(stored.assignment(a.key()).map(old -> old.withTarget(a.target(), a.reason())).orElse(a));
            }
        }
        for (int i = 0; i < command.groups().size(); i++) {
            GroupAssignment g = command.groups().get(i);
            String at = "groups[" + i + "]";
            Indicator indicator = catalogue.find(g.indicator()).orElse(null);
            if (indicator == null) {
                problems.add(InputProblem.at(null, 0, at + ".indicator", g.indicator().value(), "unknown indicator"));
                continue;
            }
            indicator.refusal(g.target()).ifPresent(r -> problems.add(InputProblem.at(null, 0, at + ".target",
                    g.target().toPlainString(), r)));
            if (g.period().year() != stored.year()) {
                problems.add(InputProblem.at(null, 0, at + ".period", g.period().toString(),
                        "outside the decision's year " + stored.year()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(InputProblem::line));
            throw new InvalidInputException(problems);
        }
        long read = command.readVersion() == null ? stored.version() : command.readVersion();
        requireRead(stored, read);
        Decision changed = stored.assignAll(rows, command.groups());
        Decision updated = decisions.update(changed, read, Actors.of(caller), null);
        return DecisionView.of(caller, tree, updated);
    }
}
