package vn.chitieu.dossier.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/** The 766-2022 profile as the sources give it, the points formula, and "not computed" never being 0 points. */
class NationalProfileTest {

    private static final Period JUNE = Period.parse("2022-06");
    private static final UnitCode UNIT = UnitCode.of("krong-ana");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static NationalProfile p766() {
        return NationalProfiles.find("766-2022").orElseThrow();
    }

    private static IndicatorFigure figure(String indicator, long b, long a) {
        return new IndicatorFigure(UNIT, IndicatorCode.of(indicator), JUNE, b, a);
    }

    private static CriterionScore criterion(UnitIndex index, String id) {
        return index.criteria().stream().filter(c -> c.criterion().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theProfileHasTheGroupsOf766WorthOneHundredPointsAndFortyTwoComputableFromDossiers() {
        NationalProfile p = p766();
        assertThat(p.id()).isEqualTo("766-2022");
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        p.groups().forEach(g -> groups.put(g.code(), g.maxPoints()));
        // Công khai 18, Tiến độ 20, DVCTT 12 + thanh toán 10 (the Decision's 22), Hài lòng 18, Số hóa 22
        assertThat(groups).containsExactly(Map.entry("publicity", d("18")), Map.entry("progress", d("20")),
                Map.entry("online", d("12")), Map.entry("payment", d("10")), Map.entry("satisfaction", d("18")),
                Map.entry("digitization", d("22")));
        assertThat(p.maxPoints()).isEqualByComparingTo("100");
        // 2.1 (20) + 3.2 (4) + 3.3 (6) + 3.5b (2) + 3.6 (6) + 4.2 (4)
        assertThat(p.computableMax()).isEqualByComparingTo("42");
        Map<String, String> sources = new LinkedHashMap<>();
        p.criteria().stream().filter(Criterion::isComputable).forEach(c -> sources.put(c.id(), c.indicator().value()));
        assertThat(sources).containsExactly(Map.entry("2.1", "PROGRESS_RATE"), Map.entry("3.2", "ONLINE_SERVICE_UPTAKE"),
                Map.entry("3.3", "ONLINE_RATE"), Map.entry("3.5b", "ONLINE_PAYMENT_PROCEDURES"),
                Map.entry("3.6", "ONLINE_PAYMENT_DOSSIERS"), Map.entry("4.2", "DIGITIZATION_RATE"));
        assertThat(p.criteria()).extracting(Criterion::id).contains("1.1", "1.4", "5.4", "4.1");
        assertThat(p.bands()).extracting(b -> b.minPoints().intValue()).containsExactly(90, 80, 70, 50, 0);
        assertThat(p.criteria()).allSatisfy(c -> assertThat(c.note("vi")).isNotBlank());
    }

    @Test
    void pointsAreTheValueOverTheFullPointValueTimesTheMaximumCappedAtTheMaximum() {
        Criterion c = new Criterion("3.3", "online", d("6"), d("50"), IndicatorCode.of("ONLINE_RATE"), "x", null, null,
                null, false);
        assertThat(c.points(d("25"))).isEqualByComparingTo("3");
        assertThat(c.points(d("50"))).isEqualByComparingTo("6");
        assertThat(c.points(d("87.5"))).isEqualByComparingTo("6");
        assertThat(c.points(d("0"))).isEqualByComparingTo("0");
        assertThat(c.points(null)).isNull();
        Criterion progress = new Criterion("2.1", "progress", d("20"), d("100"), IndicatorCode.of("PROGRESS_RATE"), "x",
                null, null, null, false);
        // 2 of 3 on time: 20 × 2/3 exactly to 34 digits, not rounded to 2 decimals
        assertThat(progress.points(d("66.66666666666666666666666666666667")))
                .isEqualByComparingTo("13.33333333333333333333333333333333");
    }

    @Test
    void aCriterionTheDossiersCannotComputeIsNotComputedAndTheTotalIsOverTheComputablePoints() {
        Map<IndicatorCode, IndicatorFigure> f = new LinkedHashMap<>();
        for (IndicatorFigure x : List.of(figure("PROGRESS_RATE", 90, 100), figure("ONLINE_RATE", 20, 100),
                figure("ONLINE_SERVICE_UPTAKE", 3, 4), figure("ONLINE_PAYMENT_PROCEDURES", 0, 0),
                figure("ONLINE_PAYMENT_DOSSIERS", 1, 2), figure("DIGITIZATION_RATE", 40, 50))) {
            f.put(x.indicator(), x);
        }
        UnitIndex index = p766().score(UNIT, f);
        // 2.1: 90 % of 20 = 18; 3.3: 20 % / 50 % × 6 = 2.4; 3.2: 75 % × 4 = 3; 3.6: 50 % × 6 = 3;
        // 4.2: 80 % reaches the 80 % threshold = 4; 3.5b: no fee-bearing dossier, left out
        assertThat(criterion(index, "2.1").points()).isEqualByComparingTo("18");
        assertThat(criterion(index, "3.3").points()).isEqualByComparingTo("2.4");
        assertThat(criterion(index, "3.2").points()).isEqualByComparingTo("3");
        assertThat(criterion(index, "3.6").points()).isEqualByComparingTo("3");
        assertThat(criterion(index, "4.2").points()).isEqualByComparingTo("4");
        CriterionScore noDossiers = criterion(index, "3.5b");
        assertThat(noDossiers.status()).isEqualTo(CriterionScore.Status.NO_DOSSIERS);
        assertThat(noDossiers.points()).isNull();
        for (String id : List.of("1.1", "1.2", "1.3", "1.4", "3.1", "3.5a", "4.1", "5.2", "5.3", "5.4")) {
            CriterionScore c = criterion(index, id);
            assertThat(c.status()).as(id).isEqualTo(CriterionScore.Status.NOT_COMPUTED);
            assertThat(c.points()).as(id).isNull();
        }
        assertThat(index.points()).isEqualByComparingTo("30.4");
        // 42 less 3.5b's 2
        assertThat(index.computableMax()).isEqualByComparingTo("40");
        assertThat(index.maxPoints()).isEqualByComparingTo("100");
        assertThat(index.share()).isEqualByComparingTo("76");
        assertThat(index.band().labelVi()).isEqualTo("Khá");
        Map<String, GroupScore> groups = new LinkedHashMap<>();
        index.groups().forEach(g -> groups.put(g.group().code(), g));
        assertThat(groups.get("publicity").points()).isNull();
        assertThat(groups.get("satisfaction").points()).isNull();
        assertThat(groups.get("payment").points()).isEqualByComparingTo("3");
        assertThat(groups.get("payment").computableMax()).isEqualByComparingTo("6");
        assertThat(groups.get("online").points()).isEqualByComparingTo("5.4");
    }

    @Test
    void aUnitWithoutAnyComputableFigureHasNoTotalAndNoBandRatherThanZero() {
        UnitIndex index = p766().score(UNIT, Map.of(IndicatorCode.of("PROGRESS_RATE"), figure("PROGRESS_RATE", 0, 0)));
        assertThat(index.points()).isNull();
        assertThat(index.share()).isNull();
        assertThat(index.band()).isNull();
        assertThat(index.computableMax()).isEqualByComparingTo("0");
    }

    @Test
    void anUnknownProfileIsBadInputNamingTheKnownOnes() {
        assertThatThrownBy(() -> NationalProfiles.get("766-2099", "--profile")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--profile").hasMessageContaining("766-2099").hasMessageContaining("766-2022");
        assertThat(NationalProfiles.find("../766-2022")).isEmpty();
    }

    @Test
    void aGroupWhoseCriteriaDoNotAddUpToItsMaximumIsADefectOfTheProfile() {
        assertThatThrownBy(() -> NationalProfiles.read("t.csv", List.of("profile;t;T;T", "group;g;10;G;G",
                "criterion;1;g;6;100;;A;A;;;source"))).hasMessageContaining("worth 10").hasMessageContaining("add up to 6");
        assertThatThrownBy(() -> NationalProfiles.read("t.csv", List.of("profile;t;T;T", "group;g;6;G;G",
                "criterion;1;g;6;100;;A;A;;"))).hasMessageContaining("t.csv:3");
    }
}
