package vn.chitieu.dossier.profile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.scoring.Band;
import vn.chitieu.unit.UnitCode;

/**
 * A versioned national scoring profile ({@code 766-2022}): groups, criteria mapped to the indicators
 * computed from dossiers, bands. Each group's maximum is the sum of its criteria's.
 */
public record NationalProfile(String id, String titleVi, String titleEn, List<ProfileGroup> groups,
        List<Criterion> criteria, List<Band> bands) {

    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public NationalProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleVi, "title");
        titleEn = titleEn == null ? titleVi : titleEn;
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
        bands = bands.stream().sorted(Comparator.comparing(Band::minPoints).reversed()).toList();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (ProfileGroup g : groups) {
            if (sums.put(g.code(), BigDecimal.ZERO) != null) {
                throw new IllegalArgumentException(id + ": group '" + g.code() + "' is defined twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Criterion c : criteria) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException(id + ": criterion " + c.id() + " is defined twice");
            }
            if (!sums.containsKey(c.group())) {
                throw new IllegalArgumentException(id + ": criterion " + c.id() + " is in group '" + c.group()
                        + "', which the profile does not define");
            }
            sums.merge(c.group(), c.maxPoints(), BigDecimal::add);
        }
        for (ProfileGroup g : groups) {
            if (sums.get(g.code()).compareTo(g.maxPoints()) != 0) {
                throw new IllegalArgumentException(id + ": group '" + g.code() + "' is worth "
                        + g.maxPoints().toPlainString() + " points but its criteria add up to "
                        + sums.get(g.code()).toPlainString());
            }
        }
    }

    /** What the profile can award (100 for 766). */
    public BigDecimal maxPoints() {
        return groups.stream().map(ProfileGroup::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The maxima of the criteria that dossiers can compute (before any unit lacks dossiers for one). */
    public BigDecimal computableMax() {
        return criteria.stream().filter(Criterion::isComputable).map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String title(String lang) {
        return "en".equals(lang) ? titleEn : titleVi;
    }

    /** The band of {@code share} (points over 100): the highest band whose minimum it reaches. */
    public Optional<Band> band(BigDecimal share) {
        return share == null ? Optional.empty()
                : bands.stream().filter(b -> share.compareTo(b.minPoints()) >= 0).findFirst();
    }

    /**
     * {@code unit}'s index from its figures (by indicator): a criterion without an indicator is not
     * computed; one whose figure is missing or has a 0 denominator has no dossiers; both are left out of
     * the points and of the computable maximum.
     */
    public UnitIndex score(UnitCode unit, Map<IndicatorCode, IndicatorFigure> figures) {
        List<CriterionScore> scores = new ArrayList<>(criteria.size());
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<String, BigDecimal> computable = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            if (!c.isComputable()) {
                scores.add(new CriterionScore(c, null, null, null, null, CriterionScore.Status.NOT_COMPUTED));
                continue;
            }
            IndicatorFigure f = figures.get(c.indicator());
            BigDecimal value = f == null ? null : f.value();
            if (value == null) {
                scores.add(new CriterionScore(c, f == null ? null : f.numerator(), f == null ? null : f.denominator(),
                        null, null, CriterionScore.Status.NO_DOSSIERS));
                continue;
            }
            BigDecimal p = c.points(value);
            scores.add(new CriterionScore(c, f.numerator(), f.denominator(), value, p, CriterionScore.Status.SCORED));
            points.merge(c.group(), p, BigDecimal::add);
            computable.merge(c.group(), c.maxPoints(), BigDecimal::add);
        }
        List<GroupScore> perGroup = new ArrayList<>(groups.size());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal totalMax = BigDecimal.ZERO;
        for (ProfileGroup g : groups) {
            BigDecimal p = points.get(g.code());
            BigDecimal m = computable.getOrDefault(g.code(), BigDecimal.ZERO);
            perGroup.add(new GroupScore(g, p, m));
            if (p != null) {
                total = total.add(p);
                totalMax = totalMax.add(m);
            }
        }
        BigDecimal share = totalMax.signum() == 0 ? null
                : total.multiply(HUNDRED).divide(totalMax, PRECISION).stripTrailingZeros();
        return new UnitIndex(unit, scores, perGroup, share == null ? null : total, totalMax, maxPoints(), share,
                band(share).orElse(null));
    }
}
