package vn.chitieu.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.history.ReadTrend;
import vn.chitieu.application.history.Trend;
import vn.chitieu.application.history.TrendCommand;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** A year from its parts: coarsest first, never two that overlap, ratios of summed counts; and a stored trend. */
class AcrossPeriodsTest {

    private static final UnitCode LAK = UnitCode.of("lak");
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");

    private static Result counts(String period, long numerator, long denominator) {
        return Result.ofCounts(LAK, ONLINE, Period.parse(period), numerator, denominator);
    }

    @Test
    void quartersThenTheMonthsOfTheNextQuarterAreSummedAndAMonthInsideAQuarterIsNotCountedTwice() {
        AcrossPeriods year = AcrossPeriods.of(List.of(counts("2025-Q1", 10, 100), counts("2025-02", 99, 99),
                counts("2025-Q2", 20, 100), counts("2025-07", 5, 10), counts("2025-08", 6, 10),
                counts("2024-Q4", 1000, 1000)), Period.year(2025));

        assertThat(year.results()).singleElement().satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(10 + 20 + 5 + 6);
            assertThat(r.denominator()).isEqualTo(220);
            assertThat(r.period()).isEqualTo(Period.year(2025));
        });
        assertThat(year.partsOf(LAK, ONLINE)).extracting(Period::toString)
                .containsExactly("2025-Q1", "2025-Q2", "2025-07", "2025-08");
        assertThat(year.toDate()).isTrue();
        assertThat(year.through()).hasToString("2025-08-31");
    }

    @Test
    void theYearsOwnResultWinsOverItsParts() {
        AcrossPeriods year = AcrossPeriods.of(List.of(counts("2025", 7, 8), counts("2025-Q1", 1, 2)), Period.year(2025));
        assertThat(year.results()).singleElement().satisfies(r -> assertThat(r.numerator()).isEqualTo(7));
        assertThat(year.summedAny()).isFalse();
    }

    @Test
    void aPrintedRateWithoutCountsCannotBeSummed() {
        List<Result> parts = List.of(counts("2025-Q1", 1, 2),
                Result.ofRate(LAK, ONLINE, Period.parse("2025-Q2"), new BigDecimal("50")));
        assertThatThrownBy(() -> AcrossPeriods.of(parts, Period.year(2025))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2025-Q2").hasMessageContaining("counts");
    }

    @Test
    void aStoredTrendListsThePeriodsInOrderWithTheChangeFromThePreviousOfTheSameLength() {
        UnitTree tree = DakLakUnits.of2018();
        Units units = new Units() {
            public UnitTree tree() {
                return tree;
            }

            public Optional<Unit> find(UnitCode code) {
                return tree.contains(code) ? Optional.of(tree.get(code)) : Optional.empty();
            }
        };
        Results results = new Results() {
            public List<Result> find(IndicatorCode indicator, Period period) {
                return List.of();
            }

            public List<Result> all() {
                return List.of(counts("2025-Q2", 30, 100), counts("2025", 50, 200), counts("2025-Q1", 20, 100));
            }
        };

        Trend trend = new ReadTrend(units, results).read(new TrendCommand(null, IndicatorCatalogue.builtIn(), null,
                "UBND huyện Lắk", null));

        assertThat(trend.unit().code()).isEqualTo(LAK);
        List<Trend.Point> points = trend.series().get(0).points();
        assertThat(points).extracting(p -> p.period().toString()).containsExactly("2025-Q1", "2025-Q2", "2025");
        assertThat(points.get(0).change()).isNull();
        assertThat(points.get(1).change()).isEqualByComparingTo("10");
        assertThat(points.get(2).change()).as("the first year on record").isNull();
    }
}
