package vn.chitieu.application.decision;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.application.Actors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.decision.PeriodOutsideYearException;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: set one target of a draft decision. In this order: the caller may write the unit
 * (403, whether or not the unit exists), the unit exists (404), the decision exists (404), the
 * caller may assign the unit a target of it ({@link Caller#requireAssign}), the indicator exists
 * (404), the target fits the indicator ({@link Indicator#refusal}: 0–100 % for a ratio), the
 * period lies in the decision's year, and the decision is still at the version the caller read
 * (optimistic lock: {@link StaleVersionException}). An existing target keeps its baseline and
 * procedures.
 */
public final class SetTarget {

    private final Units units;
    private final Decisions decisions;
    private final IndicatorCatalogue catalogue;

    public SetTarget(Units units, Decisions decisions, IndicatorCatalogue catalogue) {
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
}
