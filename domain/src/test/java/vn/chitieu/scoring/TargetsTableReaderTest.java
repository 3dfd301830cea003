package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

class TargetsTableReaderTest {

    private final TargetsTableReader reader = new TargetsTableReader(new NameResolver(Seed003.units()),
            IndicatorCatalogue.builtIn());

    private static final NameResolver DAK_LAK = new NameResolver(UnitTree.of(List.of(
            new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("so-y-te"), "Sở Y tế", UnitKind.DEPARTMENT, UnitCode.of("daklak")),
            new Unit(UnitCode.of("m-drak"), "UBND huyện M'Drắk", UnitKind.DISTRICT, UnitCode.of("daklak")))));
    private final TargetsTableReader dakLak = new TargetsTableReader(DAK_LAK, IndicatorCatalogue.builtIn());

    private static Table table(List<String> headers, List<List<String>> rows) {
        Table.Builder b = Table.builder("targets.csv", headers);
        for (int i = 0; i < rows.size(); i++) {
            b.row(i + 2, rows.get(i));
        }
        return b.build();
    }

    @Test
    void aTargetsFileWithVietnameseHeadersReadsAsTheEnglishOne() {
        Table english = table(List.of("unit", "indicator", "period", "target", "reason"),
                List.of(List.of("so-y-te", "ONLINE_RATE", "2018-Q1", "80", "chỉ tiêu tỉnh")));
        Table vietnamese = table(List.of("Đơn vị", "Chỉ tiêu", "Kỳ", "Chỉ tiêu giao (%)", "Lý do"),
                List.of(List.of("Sở Y tế", "ONLINE_RATE", "2018-Q1", "80", "chỉ tiêu tỉnh")));

        assertThat(dakLak.read(vietnamese, null)).isEqualTo(dakLak.read(english, null)).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("chỉ tiêu tỉnh"));
    }

    @Test
    void targetsNameUnitsByCodeOrByMessyNameAndReadVietnamesePercentages() {
        List<Assignment> targets = reader.read(Seed003.parse("targets.csv", String.join("\n",
                "unit;indicator;period;target;reason",
                "krong-pac;ON_TIME_RATE;2018-Q1;95;",
                "UBND huyện M Đrăk;ON_TIME_RATE;2018-Q1;95,5%;giao bổ sung")), null);
        assertThat(targets).extracting(a -> a.unit().value()).containsExactly("krong-pac", "m-drak");
        assertThat(targets.get(1).target()).isEqualByComparingTo("95.5");
        assertThat(targets.get(1).reason()).isEqualTo("giao bổ sung");
        assertThat(targets.get(0).period()).isEqualTo(Period.parse("2018-Q1"));
    }

    @Test
    void everyBadTargetLineIsReportedAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read(Seed003.parse("targets.csv", String.join("\n",
                        "unit;indicator;period;target",
                        "krong-pac;ON_TIME_RATE;2018-Q1;-5",
                        "Huyện Không Có;ON_TIME_RATE;2018-Q1;95",
                        "krong-pac;ON_TIME;2018-Q1;95",
                        "lak;ON_TIME_RATE;2018-Q1;chín mươi")), null));
        assertThat(e.problems()).extracting(InputProblem::line).containsExactly(2, 3, 4, 5);
        assertThat(e.problems()).extracting(InputProblem::column).containsExactly("target", "unit", "indicator", "target");
    }

    @Test
    void targetsArePercentagesWithTheirReason() {
        Table t = table(List.of("unit", "indicator", "period", "target", "reason"), List.of(
                List.of("so-y-te", "ONLINE_RATE", "2022", "98%", "Mức giao theo đề xuất của đơn vị"),
                List.of("m-drak", "ONLINE_RATE", "2022", "40", "")));

        List<Assignment> targets = dakLak.read(t, null);

        assertThat(targets.get(0).target()).isEqualByComparingTo(new BigDecimal("98"));
        assertThat(targets.get(0).reason()).isEqualTo("Mức giao theo đề xuất của đơn vị");
        assertThat(targets.get(1).reason()).isNull();
    }

    @Test
    void aTargetThatCannotBeReadIsRefused() {
        Table t = table(List.of("unit", "indicator", "period", "target"), List.of(
                List.of("so-y-te", "ONLINE_RATE", "2022", "chín mươi"),
                List.of("so-y-te", "ONLINE_RATE", "2023", "")));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> dakLak.read(t, null));

        assertThat(e.problems()).extracting(InputProblem::line).containsExactly(2, 3);
        assertThat(e.problems().get(1).reason()).contains("target is required");
    }

    @Test
    void theTargetOfACountIndicatorIsANumberNotAPercentage() {
        Table t = table(List.of("unit", "indicator", "period", "target"), List.of(
                List.of("so-y-te", "EDOC_SENT", "2022", "1.234,5")));

        assertThat(dakLak.read(t, null)).singleElement()
                .satisfies(a -> assertThat(a.target()).isEqualByComparingTo("1234.5"));
    }

    @Test
    void aTargetGivenTwiceIsRefusedNamingTheFirstLine() {
        Table t = table(List.of("unit", "indicator", "period", "target"), List.of(
                List.of("so-y-te", "ONLINE_RATE", "2022", "98"),
                List.of("Sở Y tế", "ONLINE_RATE", "2022", "95")));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> dakLak.read(t, null));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("duplicate").contains("line 2");
        });
    }

    @Test
    void eachTargetComesWithTheLineOfItsRowAndBlankRowsAreSkipped() {
        Table t = table(List.of("unit", "target"), List.of(
                List.of("so-y-te", "98"),
                List.of("", ""),
                List.of("m-drak", "40")));

        List<Lined<Assignment>> lined = dakLak.readLined(t, Period.parse("2022"), IndicatorCode.of("ONLINE_RATE"));

        assertThat(lined).extracting(Lined::line).containsExactly(2, 4);
        assertThat(lined).extracting(l -> l.value().indicator().value()).containsOnly("ONLINE_RATE");
        assertThat(lined).extracting(l -> l.value().period()).containsOnly(Period.parse("2022"));
    }

    @Test
    void missingColumnsAreAllNamedAtOnce() {
        Table t = table(List.of("unit", "reason"), List.of(List.of("so-y-te", "")));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> dakLak.read(t, null));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("indicator").contains("period").contains("target"));
    }
}
