package vn.chitieu.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitKind;

/**
 * Competition ranking ("1, 2, 2, 4"): higher value first, equal values share a rank and the next
 * rank skips. Peers are the scores of the same indicator, period and unit kind; a value that is not
 * available, or is above 100 % because its numerator exceeds its denominator, is not ranked.
 */
public final class Ranking {

    private Ranking() {
    }

    /** {@code scores} in the same order, each with its rank among its peers. */
    public static List<Score> rank(List<Score> scores) {
        // peers as int runs, ranked over the comparable ones: no boxed index or rank list per row (a million rows)
        int[] group = new int[scores.size()];
        Map<Peers, Integer> ids = new java.util.HashMap<>();
        List<int[]> members = new ArrayList<>();
        int[] count = new int[0];
        Peers last = null;
        int lastId = -1;
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            Peers p = new Peers(s.indicator(), s.period(), s.unit().kind());
            if (!p.equals(last)) {
                last = p;
                lastId = ids.computeIfAbsent(p, k -> ids.size());
                if (lastId == count.length) {
                    count = java.util.Arrays.copyOf(count, count.length + 1);
                }
            }
            group[i] = lastId;
            if (s.isComparable()) {
                count[lastId]++;
            }
        }
        for (int g = 0; g < count.length; g++) {
            members.add(new int[count[g]]);
        }
        int[] filled = new int[count.length];
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).isComparable()) {
                members.get(group[i])[filled[group[i]]++] = i;
            }
        }
        List<Score> out = new ArrayList<>(scores.size());
        for (Score s : scores) {
            out.add(s.rank() == null ? s : s.withRank(null));
        }
        for (int[] m : members) {
            // an Object[] (of Integers), as every sort of a run hands the JDK's TimSort: a second array type made the
            // JIT throw its code for TimSort away and remake it at every section of a board
            Object[] order = new Object[m.length];
            for (int j = 0; j < m.length; j++) {
                order[j] = m[j];
            }
            java.util.Arrays.sort(order, (x, y) -> compareValues(scores.get((Integer) y), scores.get((Integer) x)));
            int rank = 0;
            for (int pos = 0; pos < order.length; pos++) {
                int i = (Integer) order[pos];
                if (pos == 0 || compareValues(scores.get((Integer) order[pos - 1]), scores.get(i)) != 0) {
                    rank = pos + 1;
                }
                Score s = scores.get(i);
                out.set(i, s.rank() != null && s.rank() == rank ? s : s.withRank(rank));
            }
        }
        return out;
    }

    /**
     * The order of two comparable values. Two values of counts compare as their ratios, b1 × a2 against
     * b2 × a1 in 128 bits: exact, and the same order as their 34-digit values (a file's counts are below
     * 10^15, sums of parts below 10^17, so two different ratios differ before the 34th digit), without
     * rescaling a {@link java.math.BigDecimal}.
     */
    static int compareValues(Score x, Score y) {
        if (x.numerator() == null || y.numerator() == null || x.denominator() == 0 || y.denominator() == 0) {
            return x.value().compareTo(y.value());
        }
        long b1 = x.numerator();
        long a1 = x.denominator();
        long b2 = y.numerator();
        long a2 = y.denominator();
        int high = Long.compare(Math.multiplyHigh(b1, a2), Math.multiplyHigh(b2, a1));
        return high != 0 ? high : Long.compareUnsigned(b1 * a2, b2 * a1);
    }

    private record Peers(IndicatorCode indicator, Period period, UnitKind kind) {
    }
}
