package vn.chitieu.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.TargetsTable;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

class ResultsTableTest {

    private static final NameResolver DAK_LAK = new NameResolver(UnitTree.of(List.of(
            new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("so-y-te"), "Sở Y tế", UnitKind.DEPARTMENT, UnitCode.of("daklak")),
            new Unit(UnitCode.of("m-drak"), "UBND huyện M'Drắk", UnitKind.DISTRICT, UnitCode.of("daklak")))));
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

    private static Table table(List<String> headers, List<List<String>> rows) {
        Table.Builder b = Table.builder("results.csv", headers);
        for (int i = 0; i < rows.size(); i++) {
            b.row(i + 2, rows.get(i));
        }
        return b.build();
    }

    @Test
    void readsRatesAsPrintedAndNamesAsUnits() {
        Table t = table(List.of("unit", "indicator", "period", "rate", "procedures"), List.of(
                List.of("Sở Y tế", "ONLINE_RATE", "2021", "99,96%", "118"),
                List.of("M Đrăk", "ONLINE_RATE", "2021", "Không có hồ sơ phát sinh", "9")));

        List<Result> results = ResultsTable.read(t, DAK_LAK, CATALOGUE);

        assertThat(results.get(0).unit()).isEqualTo(UnitCode.of("so-y-te"));
        assertThat(results.get(0).rate()).isEqualByComparingTo("99.96");
        assertThat(results.get(0).procedures()).isEqualTo(118);
        assertThat(results.get(1).unit()).isEqualTo(UnitCode.of("m-drak"));
        assertThat(results.get(1).value()).isNull();
    }

    @Test
    void readsCountsAndKeepsARateRowOfAMixedFile() {
        Table t = table(List.of("unit", "indicator", "period", "numerator", "denominator", "rate"), List.of(
                List.of("so-y-te", "ON_TIME_RATE", "2018-Q1", "38.122", "38.138", ""),
                List.of("m-drak", "ONLINE_RATE", "2021", "", "", "40")));

        List<Result> results = ResultsTable.read(t, DAK_LAK, CATALOGUE);

        assertThat(results.get(0).numerator()).isEqualTo(38_122);
        assertThat(results.get(0).denominator()).isEqualTo(38_138);
        assertThat(results.get(0).period()).isEqualTo(Period.quarter(2018, 1));
        assertThat(results.get(1).rate()).isEqualByComparingTo("40");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() {
        Table t = table(List.of("unit", "indicator", "period", "numerator", "denominator"), List.of(
                List.of("so-y-te", "ONLINE_RATE", "2021", "800", "1000"),
                List.of("Sở Không Có", "ONLINE_RATE", "2021", "1", "2"),
                List.of("so-y-te", "ONLINE_RATE", "2021-Q5", "1", "2"),
                List.of("so-y-te", "ONLINE_RATE", "2022", "1006 3", "2")));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ResultsTable.read(t, DAK_LAK, CATALOGUE));

        assertThat(e.problems()).extracting(InputProblem::line).containsExactly(3, 4, 5);
        assertThat(e.problems()).extracting(InputProblem::column).containsExactly("unit", "period", "numerator");
    }

    @Test
    void targetsArePercentagesWithTheirReason() {
        Table t = table(List.of("unit", "indicator", "period", "target", "reason"), List.of(
                List.of("so-y-te", "ONLINE_RATE", "2022", "98%", "Mức giao theo đề xuất của đơn vị"),
                List.of("m-drak", "ONLINE_RATE", "2022", "40", "")));

        List<Assignment> targets = TargetsTable.read(t, DAK_LAK, CATALOGUE);

        assertThat(targets.get(0).target()).isEqualByComparingTo(new BigDecimal("98"));
        assertThat(targets.get(0).reason()).isEqualTo("Mức giao theo đề xuất của đơn vị");
        assertThat(targets.get(1).reason()).isNull();
    }

    @Test
    void aTargetThatCannotBeReadIsRefused() {
        Table t = table(List.of("unit", "indicator", "period", "target"), List.of(
                List.of("so-y-te", "ONLINE_RATE", "2022", "chín mươi"),
                List.of("so-y-te", "ONLINE_RATE", "2023", "")));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TargetsTable.read(t, DAK_LAK, CATALOGUE));

        assertThat(e.problems()).extracting(InputProblem::line).containsExactly(2, 3);
    }
}
