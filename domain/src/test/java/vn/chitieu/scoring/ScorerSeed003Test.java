package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** Seed 003's on-time table (Phụ lục 2, Q1/2018) scored against 95 % for every unit. */
class ScorerSeed003Test {

    private static final Period Q1 = Period.parse("2018-Q1");
    private static final IndicatorCode ON_TIME = IndicatorCode.of("ON_TIME_RATE");

    private final UnitTree units = Seed003.units();
    private final List<Result> results = new ResultsTableReader(new NameResolver(units), IndicatorCatalogue.builtIn())
            .read(Seed003.onTimeTable(), Q1);
    private final List<Assignment> targets = results.stream()
            .map(r -> Assignment.of(r.unit(), ON_TIME, Q1, new BigDecimal("95"))).toList();
    private final Scoreboard board = new Scorer(units).score(results, targets,
            List.of(DeclaredTotal.parse("received=38.122"), DeclaredTotal.parse("resolved=36940")));
    private final Map<String, Score> byCode = board.rows().stream()
            .collect(Collectors.toMap(s -> s.unit().code().value(), Function.identity()));

    @Test
    void everyRowOfTheTableIsScoredOnceAndEveryMessyNameResolves() {
        assertThat(board.rows()).hasSize(31);
        assertThat(byCode).containsKeys("m-drak", "krong-buk", "buon-ma-thuot", "ea-h-leo", "cu-m-gar",
                "so-nong-nghiep-va-phat-trien-nong-thon", "so-van-hoa-the-thao-va-du-lich", "van-phong-ubnd-tinh",
                "ban-dan-toc", "buon-ho", "krong-nang");
    }

    @Test
    void krongPacNeeds525MoreDossiersOnTimeToReach95Percent() {
        Score s = byCode.get("krong-pac");
        assertThat(s.numerator()).isEqualTo(1061);
        assertThat(s.denominator()).isEqualTo(1669);
        assertThat(s.value().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("63.571001");
        assertThat(s.met()).isFalse();
        assertThat(s.dossiersNeeded()).isEqualTo(525);
        assertThat(s.gapPoints().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("-31.428999");
    }

    @Test
    void ratesAreExactNotThePrintedRoundedOnes() {
        assertThat(byCode.get("buon-don").value()).isEqualByComparingTo("95.625");
        assertThat(byCode.get("buon-don").met()).isTrue();
        assertThat(byCode.get("buon-don").dossiersNeeded()).isZero();
        assertThat(byCode.get("ban-dan-toc").value()).isEqualByComparingTo("100");
        assertThat(byCode.get("krong-nang").value().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("98.4156");
    }

    @Test
    void soNoiVuResolvedNothingYetReportsLateDossiersSoItsCountsAreInconsistent() {
        Score s = byCode.get("so-noi-vu");
        assertThat(s.flags()).containsExactly(ScoreFlag.INCONSISTENT_COUNTS);
        assertThat(s.value()).isEqualByComparingTo("0");
        assertThat(s.dossiersNeeded()).isEqualTo(105);
        assertThat(board.rows().stream().filter(r -> r.hasFlag(ScoreFlag.INCONSISTENT_COUNTS)))
                .extracting(r -> r.unit().code().value()).containsExactly("so-noi-vu");
    }

    @Test
    void theSevenUnitsThatResolvedMoreThanTheyReceivedCarryOver() {
        assertThat(board.rows().stream().filter(r -> r.hasFlag(ScoreFlag.CARRY_OVER)))
                .extracting(r -> r.unit().code().value())
                .containsExactlyInAnyOrder("so-khoa-hoc-va-cong-nghe", "so-thong-tin-va-truyen-thong",
                        "so-nong-nghiep-va-phat-trien-nong-thon", "krong-bong", "so-cong-thuong", "krong-pac",
                        "ea-h-leo");
    }

    @Test
    void printedRatesOffByMoreThanFiveHundredthsOfAPointAreFlagged() {
        assertThat(board.rows().stream().filter(r -> r.hasFlag(ScoreFlag.STATED_RATE_DIFFERS)))
                .extracting(r -> r.unit().code().value())
                .containsExactlyInAnyOrder("buon-don", "krong-buk", "ea-kar", "buon-ma-thuot");
    }

    @Test
    void totalsAreTheSumsOfTheTableAndDifferFromTheLetter() {
        assertThat(board.totals().received()).isEqualTo(38_138);
        assertThat(board.totals().resolved()).isEqualTo(36_960);
        assertThat(board.totals().dossiersNeeded()).isEqualTo(board.rows().stream()
                .mapToLong(Score::dossiersNeeded).sum()).isEqualTo(1_484);
        assertThat(board.warnings()).extracting(ScoreWarning::key, ScoreWarning::declared, ScoreWarning::computed,
                ScoreWarning::difference).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("received", 38_122L, 38_138L, 16L),
                        org.assertj.core.groups.Tuple.tuple("resolved", 36_940L, 36_960L, 20L));
        assertThat(board.totalsByKind()).containsOnlyKeys(UnitKind.DEPARTMENT, UnitKind.DISTRICT);
        assertThat(board.totalsByKind().get(UnitKind.DEPARTMENT).rows()
                + board.totalsByKind().get(UnitKind.DISTRICT).rows()).isEqualTo(31);
        assertThat(board.totalsByKind().get(UnitKind.DEPARTMENT).received()
                + board.totalsByKind().get(UnitKind.DISTRICT).received()).isEqualTo(38_138);
    }

    @Test
    void departmentsAndDistrictsAreRankedSeparatelyWithSharedRanksForTies() {
        List<Score> districts = board.rows().stream().filter(s -> s.unit().kind() == UnitKind.DISTRICT).toList();
        assertThat(districts).hasSize(15);
        assertThat(byCode.get("lak").rank()).isEqualTo(1);
        assertThat(byCode.get("krong-ana").rank()).isEqualTo(2);
        assertThat(byCode.get("krong-bong").rank()).isEqualTo(15);
        List<Score> departments = board.rows().stream().filter(s -> s.unit().kind() == UnitKind.DEPARTMENT).toList();
        long perfect = departments.stream().filter(s -> s.value().compareTo(new BigDecimal("100")) == 0).count();
        assertThat(departments.stream().filter(s -> s.value().compareTo(new BigDecimal("100")) == 0))
                .allSatisfy(s -> assertThat(s.rank()).isEqualTo(1));
        assertThat(departments.stream().filter(s -> s.value().compareTo(new BigDecimal("100")) < 0)
                .mapToInt(Score::rank).min().orElseThrow()).isEqualTo((int) perfect + 1);
        assertThat(byCode.get("so-noi-vu").rank()).isEqualTo(16);
    }

    @Test
    void metIsCountedOnlyForAvailableValues() {
        assertThat(board.totals().met() + board.totals().notMet()).isEqualTo(31);
        assertThat(board.totals().notAvailable()).isZero();
        assertThat(byCode.get("cu-m-gar").met()).isTrue();
        assertThat(byCode.get("krong-ana").met()).isTrue();
        assertThat(byCode.get("cu-kuin").met()).isFalse();
    }
}
