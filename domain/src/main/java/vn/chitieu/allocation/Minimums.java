package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.CellReader;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * The legal minimums in force (domain.md §4), each set by a document for an indicator and a unit
 * kind; a document sets one minimum per (indicator, kind). The floor of (indicator, kind) is the
 * highest of them, with its source. One check: the targets below their floor.
 */
public final class Minimums {

    /** The columns of {@code minimums.csv}. */
    public static final List<String> COLUMNS = List.of("source", "indicator", "kind", "minimum");

    private static final Minimums NONE = new Minimums(List.of());

    private final List<Minimum> all;

    private Minimums(List<Minimum> all) {
        this.all = List.copyOf(all);
    }

    public static Minimums none() {
        return NONE;
    }

    /** The set of {@code minimums}, in their order; a second minimum with the same (source, indicator, kind) is refused. */
    public static Minimums of(List<Minimum> minimums) {
        Map<Minimum.Key, Minimum> seen = new LinkedHashMap<>();
        for (Minimum m : minimums) {
            if (seen.putIfAbsent(m.key(), Objects.requireNonNull(m, "minimum")) != null) {
                throw new IllegalArgumentException("a second minimum of " + m.source() + " for " + m.indicator()
                        + " and " + m.kind());
            }
        }
        return new Minimums(new ArrayList<>(seen.values()));
    }

    public List<Minimum> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public Optional<Minimum> find(Minimum.Key key) {
        return all.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The floor a target of {@code indicator} for a unit of {@code kind} may not go below: the highest minimum, the first of equals. */
    public Optional<Minimum> floor(IndicatorCode indicator, UnitKind kind) {
        Minimum best = null;
        for (Minimum m : all) {
            if (m.indicator().equals(indicator) && m.kind() == kind
                    && (best == null || m.minimum().compareTo(best.minimum()) > 0)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A target to hold to the minimums: of {@code unit}, a unit of {@code kind}. */
    public record Target(UnitCode unit, UnitKind kind, IndicatorCode indicator, Period period, BigDecimal target) {
        public Target {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(target, "target");
        }
    }

    /** Every target of {@code targets} below the floor of its (indicator, kind), in their order. */
    public List<MinimumViolation> violations(List<Target> targets) {
        List<MinimumViolation> out = new ArrayList<>();
        if (all.isEmpty()) {
            return out;
        }
        for (Target t : targets) {
            floor(t.indicator(), t.kind()).filter(m -> t.target().compareTo(m.minimum()) < 0)
                    .ifPresent(m -> out.add(new MinimumViolation(t.unit(), t.indicator(), t.period(), t.target(), m)));
        }
        return out;
    }

    /** Refuses {@code targets} when any is below its floor ({@link BelowMinimumException}, listing all of them). */
    public void requireMet(List<Target> targets) {
        List<MinimumViolation> below = violations(targets);
        if (!below.isEmpty()) {
            throw new BelowMinimumException(below);
        }
    }

    /**
     * {@code policy} with the minimums of its indicator as floors: each kind's floor is the larger of
     * the policy's and the minimum. A minimum above the policy's cap is refused (no target could
     * meet both), naming the cap and the minimum's source.
     */
    public AllocationPolicy raise(AllocationPolicy policy) {
        Map<UnitKind, BigDecimal> floors = new EnumMap<>(UnitKind.class);
        floors.putAll(policy.floors());
        List<InputProblem> problems = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            Optional<Minimum> m = floor(policy.indicator(), kind);
            if (m.isEmpty()) {
                continue;
            }
            BigDecimal min = m.get().minimum();
            if (min.compareTo(policy.cap()) > 0) {
                problems.add(InputProblem.at(null, 0, "cap", policy.cap().toPlainString(), "the cap is below the minimum "
                        + m.get().describe() + " of " + kind + " for " + policy.indicator() + ": no target could meet both"));
            } else {
                floors.merge(kind, min, BigDecimal::max);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AllocationPolicy(policy.indicator(), policy.growth(), policy.rounding(), policy.granularity(),
                policy.cap(), floors, policy.noBaseline(), policy.uniform());
    }

    /**
     * Reads {@code minimums.csv} ({@code source,indicator,kind,minimum}, e.g.
     * {@code 876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15}): the indicator from {@code catalogue}, the
     * minimum written the Vietnamese way or plain ({@code 15}, {@code 15%}, {@code 15,5}) and held
     * to the indicator's range. Every bad line is reported at once, with its column and value.
     */
    public static Minimums read(Table table, IndicatorCatalogue catalogue) {
        table.refuseMisspeltColumns(COLUMNS.toArray(String[]::new));
        table.requireColumns(COLUMNS.toArray(String[]::new));
        table.requireRows("minimums");
        CellReader cells = new CellReader(new NameResolver(UnitTree.of(List.of())), catalogue);
        List<Minimum> out = new ArrayList<>();
        Map<Minimum.Key, Integer> seen = new HashMap<>();
        for (TableRow row : table.rows()) {
            int before = cells.problemCount();
            String source = row.get("source");
            if (source == null || source.isBlank()) {
                cells.add(row.problem("source", "a minimum needs its source document, e.g. 876/QĐ-BNV"));
            } else if (source.strip().length() > Minimum.MAX_SOURCE_CHARS) {
                cells.add(row.problem("source", "a source is a document reference of at most "
                        + Minimum.MAX_SOURCE_CHARS + " characters"));
            }
            Indicator indicator = cells.indicator(row, "indicator");
            UnitKind kind = UnitKind.parse(row.get("kind")).orElse(null);
            if (kind == null) {
                cells.add(row.problem("kind", (row.get("kind") == null ? "a minimum is for a kind of unit"
                        : "unknown kind") + "; expected one of " + Arrays.toString(UnitKind.values())));
            }
            BigDecimal minimum = row.get("minimum") == null ? null : cells.value(row, "minimum", indicator, "a minimum");
            if (row.get("minimum") == null) {
                cells.add(row.problem("minimum", "a minimum needs its value, e.g. 15"));
            }
            if (cells.problemCount() == before && minimum == null) {
                cells.add(row.problem("minimum", "a minimum needs a number, e.g. 15"));
            }
            if (cells.problemCount() == before) {
                Minimum m = Minimum.of(source, indicator, kind, minimum);
                Integer first = seen.putIfAbsent(m.key(), row.line());
                if (first != null) {
                    cells.add(row.problem("kind", "a second minimum of " + m.source() + " for " + m.indicator()
                            + " and " + kind + " (first on line " + first + ")"));
                } else {
                    out.add(m);
                }
            }
        }
        cells.refuseIfAnyProblem();
        return of(out);
    }
}
