package vn.chitieu.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.period.PeriodType;
import vn.chitieu.unit.UnitCode;

/**
 * The results of a period made of the results of its parts: a year from its halves, quarters or
 * months, a half from its quarters or months, a quarter from its months. For each (unit,
 * indicator), the result of the period itself is taken when it is on record; otherwise the parts
 * on record are summed, the coarsest first and never two that overlap (Q1 and Q2 as quarters, then
 * the months of Q3 that are on record), and the value is the ratio of the summed counts, never a
 * mean of rates. The on-time columns (received, resolved, on time, late) are summed too; printed
 * rates and distinct-procedure counts cannot be summed and are dropped. A part that has a printed
 * rate and no counts cannot be summed: it is refused, naming the unit and period.
 *
 * <p>When the parts summed do not reach the end of the period (the year is not over, or its last
 * quarter is not on record yet) the result is year to date: {@link #through()} says up to when.
 */
public final class AcrossPeriods {

    private final Period period;
    private final List<Result> results;
    private final Map<Key, List<Period>> summed;
    private final TreeSet<Period> parts;

    private AcrossPeriods(Period period, List<Result> results, Map<Key, List<Period>> summed, TreeSet<Period> parts) {
        this.period = period;
        this.results = List.copyOf(results);
        this.summed = summed;
        this.parts = parts;
    }

    /** The results of {@code period} from {@code all} (results of any periods; those outside it are ignored). */
    public static AcrossPeriods of(List<Result> all, Period period) {
        Objects.requireNonNull(period, "period");
        Map<Key, List<Result>> byKey = new LinkedHashMap<>();
        for (Result r : all) {
            if (r.period().isWithin(period)) {
                byKey.computeIfAbsent(new Key(r.unit(), r.indicator()), k -> new ArrayList<>()).add(r);
            }
        }
        List<Result> out = new ArrayList<>();
        Map<Key, List<Period>> summed = new LinkedHashMap<>();
        TreeSet<Period> parts = new TreeSet<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Map.Entry<Key, List<Result>> e : byKey.entrySet()) {
            List<Result> chosen = nonOverlapping(e.getValue());
            if (chosen.size() == 1 && chosen.get(0).period().equals(period)) {
                out.add(chosen.get(0));
                continue;
            }
            Result rateOnly = chosen.stream().filter(r -> !r.hasCounts() && r.rate() != null).findFirst().orElse(null);
            if (rateOnly != null) {
                problems.add(InputProblem.at(null, 0, "period", period.toString(), e.getKey().unit() + " "
                        + e.getKey().indicator() + " " + rateOnly.period() + " has a printed rate and no counts: "
                        + "rates cannot be summed over periods, only counts"));
                continue;
            }
            out.add(sum(e.getKey(), period, chosen));
            List<Period> used = chosen.stream().map(Result::period).sorted().toList();
            summed.put(e.getKey(), used);
            parts.addAll(used);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AcrossPeriods(period, out, summed, parts);
    }

    /** The coarsest results first, each kept only when it overlaps none kept before. */
    private static List<Result> nonOverlapping(List<Result> results) {
        List<Result> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((Result r) -> r.period().type()).thenComparing(Result::period));
        List<Result> kept = new ArrayList<>();
        for (Result r : sorted) {
            if (kept.stream().noneMatch(k -> overlap(k.period(), r.period()))) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static boolean overlap(Period a, Period b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private static Result sum(Key key, Period period, List<Result> parts) {
        boolean anyCounts = parts.stream().anyMatch(Result::hasCounts);
        if (!anyCounts) {
            return new Result(key.unit(), key.indicator(), period, null, null, null, null, null);
        }
        long numerator = 0;
        long denominator = 0;
        for (Result r : parts) {
            if (r.hasCounts()) {
                numerator = Math.addExact(numerator, r.numerator());
                denominator = Math.addExact(denominator, r.denominator());
            }
        }
        OnTimeDetail detail = null;
        if (parts.stream().allMatch(r -> r.detail() != null || !r.hasCounts())
                && parts.stream().anyMatch(r -> r.detail() != null)) {
            long received = 0;
            long resolved = 0;
            long onTime = 0;
            long late = 0;
            for (Result r : parts) {
                if (r.detail() != null) {
                    received = Math.addExact(received, r.detail().received());
                    resolved = Math.addExact(resolved, r.detail().resolved());
                    onTime = Math.addExact(onTime, r.detail().onTime());
                    late = Math.addExact(late, r.detail().late());
                }
            }
            detail = new OnTimeDetail(received, resolved, onTime, late, null, null);
        }
        return new Result(key.unit(), key.indicator(), period, numerator, denominator, null, null, detail);
    }

    /** The period asked for. */
    public Period period() {
        return period;
    }

    /** One result of {@link #period()} per (unit, indicator) on record inside it. */
    public List<Result> results() {
        return results;
    }

    /** True when some result was summed from parts rather than taken as it is. */
    public boolean summedAny() {
        return !summed.isEmpty();
    }

    /** Every part summed, over all units, in order. */
    public List<Period> parts() {
        return List.copyOf(parts);
    }

    /** The parts summed for a unit and indicator; empty when its result is the period's own. */
    public List<Period> partsOf(UnitCode unit, IndicatorCode indicator) {
        return summed.getOrDefault(new Key(unit, indicator), List.of());
    }

    /** The last day the summed parts cover: before the period's end when the result is year (or half) to date. */
    public LocalDate through() {
        return parts.isEmpty() ? period.end() : parts.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** True when the parts summed stop before the period's end (year to date). */
    public boolean toDate() {
        return summedAny() && through().isBefore(period.end());
    }

    /** The units (with indicator) whose summed parts are fewer than those of the others: some period is missing for them. */
    public Map<UnitCode, List<Period>> missing() {
        Map<UnitCode, List<Period>> out = new LinkedHashMap<>();
        for (Map.Entry<Key, List<Period>> e : summed.entrySet()) {
            List<Period> lacking = parts.stream().filter(p -> e.getValue().stream().noneMatch(u -> overlap(u, p))).toList();
            if (!lacking.isEmpty()) {
                out.put(e.getKey().unit(), lacking);
            }
        }
        return out;
    }

    /** Every period strictly inside {@code period} (halves, quarters, months), coarsest first: what storage is asked for. */
    public static List<Period> partsOf(Period period) {
        List<Period> out = new ArrayList<>();
        int y = period.year();
        for (int h = 1; h <= 2; h++) {
            out.add(Period.half(y, h));
        }
        for (int q = 1; q <= 4; q++) {
            out.add(Period.quarter(y, q));
        }
        for (int m = 1; m <= 12; m++) {
            out.add(Period.month(y, m));
        }
        return out.stream().filter(p -> !p.equals(period) && p.isWithin(period) && p.type() != PeriodType.YEAR).toList();
    }

    private record Key(UnitCode unit, IndicatorCode indicator) {
    }
}
