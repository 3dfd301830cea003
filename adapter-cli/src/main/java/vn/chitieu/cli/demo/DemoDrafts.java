package vn.chitieu.cli.demo;

import java.util.List;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.allocation.AppendixTarget;
import vn.chitieu.application.decision.DraftDecision;
import vn.chitieu.application.decision.DraftDecisionCommand;
import vn.chitieu.application.decision.SetTargets;
import vn.chitieu.application.decision.SetTargetsCommand;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.application.imports.ImportUnitsCommand;
import vn.chitieu.audit.Actor;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.Storage;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitCode;

/**
 * Drafting a decision in a fresh storage as {@code import units}, {@code decision draft} and
 * {@code decision set-targets} do, through the same use cases.
 */
final class DemoDrafts {

    static final Caller CALLER = new Caller("cli:demo", Role.ADMIN, null);

    private DemoDrafts() {
    }

    /** {@code storage} with the units of {@code units} imported. */
    static Storage withUnits(Storage storage, IndicatorCatalogue catalogue, String source, Table units) {
        new ImportService(storage, catalogue).importUnits(new ImportUnitsCommand(source, units,
                new ImportOptions(Actor.of("demo"), null, false, null)));
        return storage;
    }

    /** A draft of {@code issuer} with its legal bases, then its unit targets ({@code targets.csv} form) and group targets. */
    static Decision draft(Storage storage, IndicatorCatalogue catalogue, UnitCode issuer, int year, String title,
            List<DocumentReference> legalBases, Table targets, List<GroupAssignment> groups) {
        Decision draft = new DraftDecision(storage.units(), storage.decisions()).draft(new DraftDecisionCommand(CALLER,
                issuer, year, title, legalBases, List.of())).decision();
        return new SetTargets(storage.units(), storage.decisions(), catalogue).set(new SetTargetsCommand(CALLER,
                draft.id(), null, targets, groups)).decision();
    }

    /** The appendix's unit targets as a {@code targets.csv} table, a row a target, each at the line that prints it. */
    static Table targetsTable(String source, List<AppendixTarget> targets, String period) {
        Table.Builder b = Table.builder(source, List.of("unit", "indicator", "period", "target"));
        for (AppendixTarget t : targets) {
            if (!t.forKinds()) {
                b.row(t.line(), List.of(t.unit(), t.indicator().value(), period, t.target().toPlainString()));
            }
        }
        return b.build();
    }
}
