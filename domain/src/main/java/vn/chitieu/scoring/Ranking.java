package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    /** Competition ranks of {@code values} (higher first); null values get null. */
    public static List<Integer> competition(List<BigDecimal> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> values.get(i)).reversed());
        List<Integer> ranks = new ArrayList<>(java.util.Collections.nCopies(values.size(), (Integer) null));
        for (int pos = 0; pos < order.size(); pos++) {
            int i = order.get(pos);
            boolean tie = pos > 0 && values.get(order.get(pos - 1)).compareTo(values.get(i)) == 0;
            ranks.set(i, tie ? ranks.get(order.get(pos - 1)) : pos + 1);
        }
        return ranks;
    }

    /** {@code scores} in the same order, each with its rank among its peers. */
    public static List<Score> rank(List<Score> scores) {
        Map<Peers, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            groups.computeIfAbsent(new Peers(s.indicator(), s.period(), s.unit().kind()), k -> new ArrayList<>()).add(i);
        }
        List<Score> out = new ArrayList<>(scores);
        for (List<Integer> members : groups.values()) {
            List<Integer> ranks = competition(members.stream()
                    .map(i -> scores.get(i).isComparable() ? scores.get(i).value() : null).toList());
            for (int j = 0; j < members.size(); j++) {
                int i = members.get(j);
                out.set(i, scores.get(i).withRank(ranks.get(j)));
            }
        }
        return out;
    }

    private record Peers(IndicatorCode indicator, Period period, UnitKind kind) {
    }
}
