package vn.chitieu.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** What the table model refuses while it is built, for every adapter alike (CLI files, HTTP bodies). */
class TableTest {

    private static final List<String> HEADER = List.of("unit", "indicator", "period", "numerator", "denominator");

    private static List<String> cells(String line) {
        return Arrays.asList(line.split(",", -1));
    }

    private static InvalidInputException refusal(Runnable build) {
        try {
            build.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aFieldPastTheHeaderIsRefusedWithItsLineColumnAndValueNeverDropped() {
        InvalidInputException e = refusal(() -> Table.builder("results.csv", HEADER)
                .row(2, cells("so-y-te,ONLINE_RATE,2018-Q2,1.234,5,10")).build());

        InputProblem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo("results.csv");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo("#6");
        assertThat(p.value()).isEqualTo("10");
        assertThat(p.reason()).contains("past the last column of the header (it has 5)");
    }

    @Test
    void emptyFieldsPastTheHeaderAreKeptQuiet() {
        Table t = Table.builder("results.csv", HEADER).row(2, cells("so-y-te,ONLINE_RATE,2018-Q2,5,10,,")).build();

        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).get("denominator")).isEqualTo("10");
    }

    @Test
    void aRowWithFewerFieldsHasItsMissingCellsEmpty() {
        Table t = Table.builder("results.csv", HEADER).row(2, cells("so-y-te,ONLINE_RATE,2018-Q2,5")).build();

        assertThat(t.rows().get(0).get("denominator")).isNull();
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefusedNamingBoth() {
        InvalidInputException e = refusal(() -> Table.builder("results.csv", 3,
                List.of("unit", "indicator", "period", "numerator", "denominator", " Numerator ")));

        InputProblem p = e.problems().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo("Numerator");
        assertThat(p.reason()).contains("'numerator' (column 4)", "'Numerator' (column 6)");
    }

    @Test
    void unnamedColumnsMayRepeat() {
        // the printed two-row header of seed 003 leaves the rate columns unnamed
        Table t = Table.builder("on-time.csv", List.of("Tên cơ quan", "ĐÚNG HẠN", "", "TRỄ HẠN", "")).build();

        assertThat(t.headers()).hasSize(5);
    }

    @Test
    void aControlCharacterInACellIsRefusedAndShownEscaped() {
        InvalidInputException e = refusal(() -> Table.builder("units.csv", List.of("code", "name"))
                .row(4, List.of("so-y-te", "Sở Y\u0000 tế")).build());

        InputProblem p = e.problems().get(0);
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo("name");
        assertThat(p.value()).isEqualTo("Sở Y\\u0000 tế");
        assertThat(p.reason()).contains("control character U+0000");
    }

    @Test
    void tabsAndLineBreaksInsideACellAreText() {
        Table t = Table.builder("units.csv", List.of("code", "name")).row(2, List.of("so-y-te", "Sở\tY\r\ntế")).build();

        assertThat(t.rows().get(0).get("name")).isEqualTo("Sở Y tế");
    }

    @Test
    void aCellOverTheLimitIsRefusedWithItsLengthAndTheLimit() {
        InvalidInputException e = refusal(() -> Table.builder("units.csv", List.of("code", "name"))
                .row(2, List.of("so-y-te", "x".repeat(20_000))).build());

        InputProblem p = e.problems().get(0);
        assertThat(p.column()).isEqualTo("name");
        assertThat(p.reason()).contains("20000 characters", "at most 10000");
        assertThat(p.value()).hasSizeLessThan(100);
    }

    @Test
    void cellsAreReadAsNfc() {
        String decomposed = "Xa\u0303 Ea Kly"; // "Xã" with a combining tilde, as macOS writes it
        Table t = Table.builder("units.csv", List.of("code", "name")).row(2, List.of("ea-kly", decomposed)).build();

        assertThat(t.rows().get(0).get("name")).isEqualTo("X\u00e3 Ea Kly");
    }

    @Test
    void rowsPastTheLimitStopTheReading() {
        Table.Builder b = Table.builder("units.csv", List.of("code")).maxRows(2);
        b.row(2, List.of("a")).row(3, List.of("b"));

        assertThatThrownBy(() -> b.row(4, List.of("c")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("units.csv:4: too many rows: a file holds at most 2 data rows");
    }

    @Test
    void aRefusalListsTheFirstHundredProblemsAndCountsTheRest() {
        Table.Builder b = Table.builder("units.csv", List.of("code"));
        for (int i = 0; i < 1000; i++) {
            b.row(i + 2, List.of("a", "extra"));
        }

        InvalidInputException e = refusal(b::build);

        assertThat(e.problems()).hasSize(100);
        assertThat(e.problems().get(0).line()).isEqualTo(2);
        assertThat(e.total()).isEqualTo(1000);
        assertThat(e.omitted()).isEqualTo(900);
        assertThat(e.getMessage()).endsWith("… and 900 more");
    }

    @Test
    void aMillionBadRowsAreRefusedQuicklyWithAShortList() {
        // a thousand unknown units: looking for the closest names is done for the first ones only
        List<Unit> list = new ArrayList<>();
        list.add(new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null));
        for (int i = 0; i < 300; i++) {
            list.add(new Unit(UnitCode.of("xa-" + i), "Xã Ea Kly số " + i, UnitKind.COMMUNE, UnitCode.of("dak-lak")));
        }
        ResultsTableReader reader = new ResultsTableReader(new NameResolver(UnitTree.of(list)), IndicatorCatalogue.builtIn());
        Table.Builder b = Table.builder("results.csv", HEADER);
        for (int i = 0; i < 1_000_000; i++) {
            b.row(i + 2, List.of("khong-co-" + i % 1000, "ONLINE_RATE", "2018-Q1", "1", "2"));
        }
        Table table = b.build();

        InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> refusal(() -> reader.read(table, Period.parse("2018-Q1"))));

        assertThat(e.problems()).hasSize(100);
        assertThat(e.total()).isEqualTo(1_000_000);
        assertThat(e.getMessage()).hasSizeLessThan(100_000).endsWith("… and 999,900 more");
    }

    @Test
    void aHeaderOnlyFileIsRefusedWhereRowsAreExpected() {
        Table t = Table.builder("results.csv", HEADER).build();

        assertThatThrownBy(() -> t.requireRows("results"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("results.csv: no rows: the file has a header but no results");
    }
}
