package vn.chitieu.application.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * The results read for scoring, held by (indicator, period) section in arrays: a row of plain counts is
 * its unit's index and its two counts; a {@link Result} is kept only for a row that is more (a printed
 * rate, the on-time columns, distinct procedures, not available). Each (unit, indicator, period) is held
 * once: {@link #add} says where it was read first. Some 30 bytes a row, where the results, their keys and
 * their scores held together took some 500.
 */
final class ResultStore {

    private static final long NONE = -1;

    private final Map<UnitCode, Integer> index;
    private final UnitCode[] codes;
    private final Map<Key, Section> sections = new LinkedHashMap<>();

    /** For results of the units of {@code registry}. */
    ResultStore(UnitTree registry) {
        List<Unit> units = registry.units();
        index = new HashMap<>(units.size() * 4 / 3 + 16);
        codes = new UnitCode[units.size()];
        for (int i = 0; i < units.size(); i++) {
            codes[i] = units.get(i).code();
            index.put(codes[i], i);
        }
    }

    /**
     * Holds {@code result}, read on {@code line} of file number {@code file}; returns −1, or where
     * the same (unit, indicator, period) was read first ({@code file << 32 | line}), then holding nothing.
     */
    long add(int file, int line, Result result) {
        Integer unit = index.get(result.unit());
        if (unit == null) {
            throw new IllegalArgumentException("unit '" + result.unit() + "' is not in the unit registry");
        }
        Section s = sections.computeIfAbsent(new Key(result.indicator(), result.period()),
                k -> new Section(k.indicator(), k.period(), codes));
        return s.add(unit, (long) file << 32 | (line & 0xFFFFFFFFL), result);
    }

    /** The sections, in the order their first result was read. */
    List<Section> sections() {
        return List.copyOf(sections.values());
    }

    private record Key(IndicatorCode indicator, Period period) {
    }

    /** The results of one indicator and period, in the order they were read. */
    static final class Section {
        private final IndicatorCode indicator;
        private final Period period;
        private final UnitCode[] codes;
        private int size;
        private int[] units = new int[8];
        private long[] numerators = new long[8];
        private long[] denominators = new long[8];
        private Result[] kept; // null until a row is more than counts
        private Map<Integer, Long> firstSparse = new HashMap<>();
        private long[] firstByUnit; // once the section holds an eighth of the units: no boxed key a row

        Section(IndicatorCode indicator, Period period, UnitCode[] codes) {
            this.indicator = indicator;
            this.period = period;
            this.codes = codes;
        }

        IndicatorCode indicator() {
            return indicator;
        }

        Period period() {
            return period;
        }

        int size() {
            return size;
        }

        private long add(int unit, long where, Result r) {
            if (firstByUnit == null && size >= Math.max(16, codes.length / 8)) {
                firstByUnit = new long[codes.length];
                Arrays.fill(firstByUnit, NONE);
                firstSparse.forEach((u, w) -> firstByUnit[u] = w);
                firstSparse = null;
            }
            long before = firstByUnit != null ? firstByUnit[unit] : firstSparse.getOrDefault(unit, NONE);
            if (before != NONE) {
                return before;
            }
            if (firstByUnit != null) {
                firstByUnit[unit] = where;
            } else {
                firstSparse.put(unit, where);
            }
            if (size == units.length) {
                int grown = Math.max(8, size + (size >> 1));
                units = Arrays.copyOf(units, grown);
                numerators = Arrays.copyOf(numerators, grown);
                denominators = Arrays.copyOf(denominators, grown);
                if (kept != null) {
                    kept = Arrays.copyOf(kept, grown);
                }
            }
            units[size] = unit;
            boolean plain = r.hasCounts() && r.rate() == null && r.procedures() == null && r.detail() == null;
            if (plain) {
                numerators[size] = r.numerator();
                denominators[size] = r.denominator();
            } else {
                if (kept == null) {
                    kept = new Result[units.length];
                }
                kept[size] = r;
            }
            size++;
            return NONE;
        }

        /** The unit of each result, in order. */
        void forEachUnit(java.util.function.Consumer<UnitCode> unit) {
            for (int i = 0; i < size; i++) {
                unit.accept(codes[units[i]]);
            }
        }

        /** How many results carry the wide on-time columns. */
        int detailed() {
            int n = 0;
            for (int i = 0; kept != null && i < size; i++) {
                n += kept[i] != null && kept[i].detail() != null ? 1 : 0;
            }
            return n;
        }

        /** The section's results, made again at each call (a section is scored twice, not held scored). */
        List<Result> results() {
            List<Result> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Result r = kept == null ? null : kept[i];
                out.add(r != null ? r : Result.ofCounts(codes[units[i]], indicator, period, numerators[i], denominators[i]));
            }
            return out;
        }
    }
}
