package vn.chitieu.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsColumns;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.TargetsColumns;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.table.Table;
import vn.chitieu.text.FormulaGuard;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsColumns;
import vn.chitieu.unit.UnitsTable;

/** What each kind's column contract writes, its reader reads back as the same values. */
class ColumnContractsTest {

    private static final Period Q1 = Period.parse("2018-Q1");
    private static final IndicatorCode ON_TIME = IndicatorCode.of("ON_TIME_RATE");
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");

    private final UnitTree tree = UnitTree.of(List.of(
            new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null, List.of("Đắk Lắk", "Tỉnh Đắk Lắk")),
            new Unit(UnitCode.of("so-noi-vu"), "=Sở Nội vụ, tỉnh", UnitKind.DEPARTMENT, UnitCode.of("daklak")),
            new Unit(UnitCode.of("buon-don"), "UBND huyện Buôn Đôn", UnitKind.DISTRICT, UnitCode.of("daklak"))));
    private final ResultsTableReader results = new ResultsTableReader(new NameResolver(tree), IndicatorCatalogue.builtIn());

    /** The rows as a CSV file would carry them back: numbers plain, text guarded, empty for null. */
    private static Table table(List<ReportColumn> columns, List<List<Object>> rows) {
        Table.Builder b = Table.builder("export.csv", columns.stream().map(ReportColumn::key).toList());
        int line = 2;
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : row) {
                cells.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString()
                        : v instanceof Number ? v.toString() : FormulaGuard.neutralise(v.toString()));
            }
            b.row(line++, cells);
        }
        return b.build();
    }

    private static List<List<Object>> cells(List<Result> rs) {
        return rs.stream().map(ResultsColumns::cells).toList();
    }

    @Test
    void resultsWithTheirOnTimeColumnsRatesProceduresAndNotAvailableReadBackTheSame() {
        List<Result> written = List.of(
                new Result(UnitCode.of("buon-don"), ON_TIME, Q1, 153L, 160L, null, null,
                        new OnTimeDetail(227, 160, 153, 7, new BigDecimal("95.7"), new BigDecimal("4.3"))),
                new Result(UnitCode.of("so-noi-vu"), ON_TIME, Q1, 0L, 110L, null, null,
                        new OnTimeDetail(149, 0, 0, 110, null, null)),
                new Result(UnitCode.of("so-noi-vu"), ONLINE, Period.parse("2021"), null, null, new BigDecimal("99.96"), 118,
                        null),
                new Result(UnitCode.of("daklak"), ONLINE, Period.parse("2021"), null, null, null, 9, null),
                Result.ofCounts(UnitCode.of("daklak"), ONLINE, Period.parse("2022-06"), 450, 1000));

        List<Result> read = results.read(table(ResultsColumns.WRITTEN, cells(written)), null);

        assertThat(read).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactlyElementsOf(written);
        assertThat(ResultsTableReader.isWide(table(ResultsColumns.WRITTEN, cells(written)))).isFalse();
    }

    @Test
    void theOnTimeColumnsOfALongRowMustAgreeWithItsCountsAndBelongToOnTimeRate() {
        List<Object> disagree = new ArrayList<>(ResultsColumns.cells(new Result(UnitCode.of("buon-don"), ON_TIME, Q1,
                153L, 160L, null, null, new OnTimeDetail(227, 160, 153, 7, null, null))));
        disagree.set(3, 150L);
        List<Object> online = new ArrayList<>(disagree);
        online.set(1, "ONLINE_RATE");
        online.set(3, 153L);

        assertThatThrownBy(() -> results.read(table(ResultsColumns.WRITTEN, List.of(disagree)), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("export.csv:2")
                .hasMessageContaining("numerator").hasMessageContaining("onTime / (onTime + late) = 153 / 160");
        assertThatThrownBy(() -> results.read(table(ResultsColumns.WRITTEN, List.of(online)), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("belong to ON_TIME_RATE");
    }

    @Test
    void aLongRowMayGiveOnlyTheOnTimeColumnsAndTheyComeTogether() {
        Table.Builder b = Table.builder("r.csv", List.of("unit", "indicator", "period", "received", "resolved", "onTime", "late"));
        b.row(2, List.of("buon-don", "ON_TIME_RATE", "2018-Q1", "227", "160", "153", "7"));
        assertThat(results.read(b.build(), null)).singleElement()
                .satisfies(r -> assertThat(List.of(r.numerator(), r.denominator())).containsExactly(153L, 160L));

        Table.Builder partial = Table.builder("r.csv", List.of("unit", "indicator", "period", "numerator", "denominator",
                "received", "late"));
        partial.row(2, List.of("buon-don", "ON_TIME_RATE", "2018-Q1", "153", "160", "227", "7"));
        assertThatThrownBy(() -> results.read(partial.build(), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("resolved, onTime (received, resolved, onTime and late come together)");
    }

    @Test
    void unitsWithAliasesAndFormulaLikeNamesReadBackTheSame() {
        List<List<Object>> rows = tree.units().stream().map(UnitsColumns::cells).toList();

        List<Unit> read = UnitsTable.units(table(UnitsColumns.WRITTEN, rows));

        assertThat(read).containsExactlyElementsOf(tree.units());
    }

    @Test
    void targetsWithTheirReasonsReadBackTheSameAndTheDecisionColumnsAreIgnored() {
        Decision d = Decision.draft(UnitCode.of("daklak"), 2018, "Giao chỉ tiêu").assignAll(List.of(
                new Assignment(UnitCode.of("buon-don"), ONLINE, Period.parse("2018"), new BigDecimal("62.50"), null, null,
                        null, null, null, "+xã khó khăn"),
                new Assignment(UnitCode.of("so-noi-vu"), ON_TIME, Q1, new BigDecimal("95"), null, null, null, null, null,
                        null)));
        List<List<Object>> rows = d.assignments().stream().map(a -> TargetsColumns.cells(d, a)).toList();

        List<Assignment> read = new TargetsTableReader(new NameResolver(tree), IndicatorCatalogue.builtIn())
                .read(table(TargetsColumns.WRITTEN, rows), null);

        assertThat(read).hasSize(2);
        for (int i = 0; i < read.size(); i++) {
            Assignment a = d.assignments().get(i);
            assertThat(Arrays.asList(read.get(i).unit(), read.get(i).indicator(), read.get(i).period(), read.get(i).reason()))
                    .containsExactly(a.unit(), a.indicator(), a.period(), a.reason());
            assertThat(read.get(i).target()).isEqualByComparingTo(a.target());
        }
        assertThat(rows.get(0)).endsWith(d.id().toString(), "DRAFT");
    }
}
