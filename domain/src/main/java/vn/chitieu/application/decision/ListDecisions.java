package vn.chitieu.application.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.access.Caller;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.port.out.DecisionFilter;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: list decisions by year (1900–2999), issuer and status, one page, oldest first. A caller lists the
 * decisions issued within its subtree and those of the units above it (which assign it targets);
 * an admin lists all.
 */
public final class ListDecisions {

    /** The most decisions one page holds. */
    public static final int MAX_LIMIT = 1000;

    private final Units units;
    private final Decisions decisions;

    public ListDecisions(Units units, Decisions decisions) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /** One page of the decisions, and how many there are in all. */
    public record Page(List<Decision> items, int total) {
    }

    public Page page(Caller caller, Integer year, UnitCode issuer, DecisionStatus status, int offset, int limit) {
        DecisionFilter filter = filter(caller, year, issuer, status, offset, limit);
        return new Page(decisions.find(filter), decisions.count(filter));
    }

    public List<Decision> list(Caller caller, Integer year, UnitCode issuer, DecisionStatus status, int offset, int limit) {
        return decisions.find(filter(caller, year, issuer, status, offset, limit));
    }

    private DecisionFilter filter(Caller caller, Integer year, UnitCode issuer, DecisionStatus status, int offset,
            int limit) {
        Objects.requireNonNull(caller, "caller");
        if (limit > MAX_LIMIT) {
            throw new vn.chitieu.common.InvalidInputException(vn.chitieu.common.InputProblem.at(null, 0, "limit",
                    String.valueOf(limit), "at most " + MAX_LIMIT));
        }
        if (year != null) {
            DraftDecisionCommand.requireYear(year);
        }
        Set<UnitCode> issuers = null;
        if (!caller.isAdmin() && caller.scope() != null) {
            UnitTree tree = units.tree();
            issuers = new HashSet<>();
            for (Unit u : caller.visible(tree)) {
                issuers.add(u.code());
            }
            for (UnitCode up = tree.find(caller.scope()).map(Unit::parent).orElse(null); up != null;
                    up = tree.find(up).map(Unit::parent).orElse(null)) {
                issuers.add(up);
            }
        }
        return new DecisionFilter(year, issuer, status, issuers, offset, limit);
    }
}
