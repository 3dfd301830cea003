package vn.chitieu.application.allocation;

import java.time.LocalDate;
import java.util.Objects;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;

/**
 * Draft the targets of {@code year} for the units of {@code tree} from the {@code baseline} file,
 * the {@code policy}, the drafter's {@code overrides} file (null: none) and the legal
 * {@code minimums} file ({@code source,indicator,kind,minimum}; null: none). The recipients are the
 * units of {@code tree} valid on {@code asOf} (null: 1 January of {@code year}); the {@code lineage}
 * file ({@code from,to,share,date}; null: none) restates the baselines of old units on them.
 */
public record DraftTargetsCommand(UnitTree tree, Table baseline, AllocationPolicy policy, Table overrides, int year,
        Table minimums, LocalDate asOf, Table lineage) {

    public DraftTargetsCommand {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(policy, "policy");
        if (year < 1900 || year > 2999) {
            throw new InvalidInputException(InputProblem.at(null, 0, "year", String.valueOf(year),
                    "a year such as 2022"));
        }
    }

    /** Over the units valid on 1 January of {@code year}, without a lineage. */
    public DraftTargetsCommand(UnitTree tree, Table baseline, AllocationPolicy policy, Table overrides, int year,
            Table minimums) {
        this(tree, baseline, policy, overrides, year, minimums, null, null);
    }

    /** The date whose units receive the targets. */
    public LocalDate effectiveAsOf() {
        return asOf == null ? LocalDate.of(year, 1, 1) : asOf;
    }

    /** Without legal minimums. */
    public DraftTargetsCommand(UnitTree tree, Table baseline, AllocationPolicy policy, Table overrides, int year) {
        this(tree, baseline, policy, overrides, year, null);
    }
}
