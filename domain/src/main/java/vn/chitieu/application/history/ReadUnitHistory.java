package vn.chitieu.application.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: a unit's results over the periods on record and its targets (HTTP
 * {@code GET /api/v1/units/{code}/results}, the dashboard's unit page). A unit outside the
 * caller's subtree is refused (403) before anything is read about it, a unit the registry does not
 * hold is not found; every indicator is included.
 */
public final class ReadUnitHistory {

    private final Units units;
    private final Decisions decisions;
    private final Results results;

    public ReadUnitHistory(Units units, Decisions decisions, Results results) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.results = Objects.requireNonNull(results, "results");
    }

    public UnitHistory read(UnitHistoryCommand command) {
        UnitTree tree = units.tree();
        command.caller().requireRead(tree, command.unit());
        if (!tree.contains(command.unit())) {
            throw new NotFoundException("no unit '" + command.unit() + "'");
        }
        List<Result> own = results.all().stream().filter(r -> r.unit().equals(command.unit()))
                .sorted(Comparator.comparing((Result r) -> r.indicator().value())
                        .thenComparing(r -> r.period().start())
                        .thenComparing(r -> r.period().end()))
                .toList();
        List<UnitHistory.Target> targets = new ArrayList<>();
        for (Decision d : decisions.all()) {
            if (d.status() != DecisionStatus.ISSUED && d.status() != DecisionStatus.AMENDED) {
                continue;
            }
            d.assignments().stream().filter(a -> a.unit().equals(command.unit()))
                    .forEach(a -> targets.add(new UnitHistory.Target(d.id(), d.number().orElse(null), d.year(),
                            d.status(), a)));
        }
        targets.sort(Comparator.comparing((UnitHistory.Target t) -> t.assignment().indicator().value())
                .thenComparing(t -> t.assignment().period().start())
                .thenComparing(t -> t.assignment().period().end()));
        return new UnitHistory(tree.get(command.unit()), own, targets);
    }
}
