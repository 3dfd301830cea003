package vn.chitieu.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/** lineage.csv read and checked against a registry over time, and counts restated through it (domain.md §10). */
class LineageTest {

    /** Three old communes a, b, c merge into abc; d splits 0.6 / 0.4 into d1, d2; all on 1 July 2025. */
    static final UnitTree REGISTRY = UnitsTable.read(CsvTables.of("units.csv", List.of(
            "code,name,kind,parent,aliases,validFrom,validTo",
            "tinh,UBND tỉnh Tân Lộc,PROVINCE,,,,",
            "so-noi-vu,Sở Nội vụ,DEPARTMENT,tinh,,,",
            "huyen,UBND huyện Phú Giáo,DISTRICT,tinh,,,2025-06-30",
            "a,Xã An Bình,COMMUNE,huyen,,,2025-06-30",
            "b,Xã Bình Minh,COMMUNE,huyen,,,2025-06-30",
            "c,Xã Cát Tiên,COMMUNE,huyen,,,2025-06-30",
            "d,Xã Đồng Xoài,COMMUNE,huyen,,,2025-06-30",
            "abc,Xã An Bình Mới,COMMUNE,tinh,,2025-07-01,",
            "d1,Xã Đồng Xoài Bắc,COMMUNE,tinh,,2025-07-01,",
            "d2,Xã Đồng Xoài Nam,COMMUNE,tinh,,2025-07-01,")));

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static Lineage lineage(String... rows) {
        List<String> lines = new java.util.ArrayList<>(List.of("from,to,share,date"));
        lines.addAll(List.of(rows));
        return LineageTable.read(CsvTables.of("lineage.csv", lines), REGISTRY);
    }

    private static final Lineage GOOD = lineage(
            "a,abc,,2025-07-01",
            "b,abc,1,2025-07-01",
            "Xã Cát Tiên,abc,,01/07/2025",
            "d,d1,0.6,2025-07-01",
            "d,d2,\"0,4\",2025-07-01");

    private static UnitCode code(String c) {
        return UnitCode.of(c);
    }

    @Test
    void aMergerOfThreeGivesTheRatioOfTheSummedCountsNotTheMeanOfTheRates() {
        // a 45/60 (75 %), b 30/50 (60 %), c 9/10 (90 %): by hand 84 / 120 = 70 %; the mean of the rates would be 75 %
        Restatement.Outcome out = Restatement.restate(List.of(UnitCounts.of(code("a"), 45, 60),
                UnitCounts.of(code("b"), 30, 50), UnitCounts.of(code("c"), 9, 10)), GOOD, REGISTRY.asOf(AS_OF), AS_OF);

        Restated abc = out.byUnit().get(code("abc"));
        assertThat(abc.numerator()).isEqualByComparingTo("84");
        assertThat(abc.denominator()).isEqualByComparingTo("120");
        assertThat(abc.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70"));
        assertThat(abc.describeSources()).isEqualTo("a, b, c");
        assertThat(out.withoutSuccessor()).isEmpty();
    }

    @Test
    void aSplitRestatesTheCountsByTheSharesKeepingFractionsExact() {
        // d 7 of 10: d1 gets 0.6 × (7, 10) = (4.2, 6), d2 0.4 × (7, 10) = (2.8, 4)
        Restatement.Outcome out = Restatement.restate(List.of(UnitCounts.of(code("d"), 7, 10)), GOOD,
                REGISTRY.asOf(AS_OF), AS_OF);

        assertThat(out.byUnit()).containsOnlyKeys(code("d1"), code("d2"));
        assertThat(out.byUnit().get(code("d1")).numerator()).isEqualByComparingTo("4.2");
        assertThat(out.byUnit().get(code("d1")).denominator()).isEqualByComparingTo("6");
        assertThat(out.byUnit().get(code("d2")).numerator()).isEqualByComparingTo("2.8");
        assertThat(out.byUnit().get(code("d2")).denominator()).isEqualByComparingTo("4");
        assertThat(out.byUnit().get(code("d1")).describeSources()).isEqualTo("d×0.6");
    }

    @Test
    void aRateWithoutCountsIsReportedNotRestatable() {
        Restatement.Outcome out = Restatement.restate(List.of(UnitCounts.of(code("a"), 45, 60),
                UnitCounts.rateOnly(code("b"), new BigDecimal("60")), UnitCounts.of(code("c"), 9, 10)), GOOD,
                REGISTRY.asOf(AS_OF), AS_OF);

        Restated abc = out.byUnit().get(code("abc"));
        assertThat(abc.isRestatable()).isFalse();
        assertThat(abc.withoutCounts()).containsExactly(code("b"));
        assertThat(abc.value()).isEmpty();
        assertThat(abc.numerator()).isNull();
        assertThat(out.notRestatable()).containsExactly(abc);
    }

    @Test
    void beforeTheLinksDateTheOldUnitsStayTheirOwn() {
        LocalDate before = LocalDate.of(2025, 3, 1);
        Restatement.Outcome out = Restatement.restate(List.of(UnitCounts.of(code("a"), 45, 60)), GOOD,
                REGISTRY.asOf(before), before);

        assertThat(out.byUnit()).containsOnlyKeys(code("a"));
        assertThat(out.byUnit().get(code("a")).isOwn()).isTrue();
    }

    @Test
    void sharesOfASplitThatDoNotSumToOneAreRefusedNamingTheLines() {
        assertThatThrownBy(() -> lineage("a,abc,,2025-07-01", "d,d1,0.6,2025-07-01", "d,d2,0.3,2025-07-01"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(InputProblem::line).containsExactly(3, 4);
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.column()).isEqualTo("share"));
                    assertThat(e.getMessage()).contains("lineage.csv:3", "sum to 0.9 (lines 3, 4), not 1");
                });
    }

    @Test
    void aCycleIsRefusedNamingTheLineThatClosesIt() {
        // so-noi-vu and tinh are valid at every date, so only the cycle is wrong
        assertThatThrownBy(() -> lineage("a,abc,,2025-07-01", "so-noi-vu,tinh,,2025-07-01", "tinh,so-noi-vu,,2025-07-01"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.line()).isEqualTo(4);
                        assertThat(p.column()).isEqualTo("to");
                        assertThat(p.reason()).contains("cycle", "so-noi-vu → tinh → so-noi-vu");
                    });
                });
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsLineColumnAndValue() {
        assertThatThrownBy(() -> lineage(
                "a,abc,,2025-01-01",        // 2: abc is not valid on 2025-01-01
                "abc,d1,,2025-07-01",       // 3: abc is not valid the day before 2025-07-01
                "xyz,abc,,2025-07-01",      // 4: unknown unit
                "b,abc,1.5,2025-07-01",     // 5: share above 1
                "c,abc,,31/02/2025",        // 6: not a date
                "c,c,,2025-07-01",          // 7: c is not valid on 2025-07-01 (and would be itself)
                "b,abc,0,2025-08-01"))      // 8: share 0
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column()).contains(
                            "2:to", "3:from", "4:from", "5:share", "6:date", "7:to", "8:share");
                    assertThat(e.getMessage()).contains("lineage.csv:2: column 'to', value 'abc'",
                            "abc is valid 2025-07-01 – …, not on 2025-01-01", "lineage.csv:4: column 'from', value 'xyz'",
                            "lineage.csv:5: column 'share', value '1.5'");
                });
    }

    @Test
    void aLinkGivenTwiceIsRefused() {
        assertThatThrownBy(() -> lineage("a,abc,,2025-07-01", "a,abc,,2025-07-01"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lineage.csv:3")
                .hasMessageContaining("first on line 2");
    }
}
