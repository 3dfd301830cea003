package vn.chitieu.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
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

class ResultsTableReaderTest {

    private static final Period Q1 = Period.parse("2018-Q1");

    private final UnitTree units = UnitTree.of(List.of(
            new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("so-noi-vu"), "Sở Nội vụ", UnitKind.DEPARTMENT, UnitCode.of("daklak")),
            new Unit(UnitCode.of("krong-nang"), "UBND huyện Krông Năng", UnitKind.DISTRICT, UnitCode.of("daklak")),
            new Unit(UnitCode.of("krong-pac"), "UBND huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("daklak"))));
    private final ResultsTableReader reader = new ResultsTableReader(new NameResolver(units), IndicatorCatalogue.builtIn());

    /** The registry of the long-form cases (seed 000/001 names, one of them typed without its diacritics). */
    private static final NameResolver DAK_LAK = new NameResolver(UnitTree.of(List.of(
            new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("so-y-te"), "Sở Y tế", UnitKind.DEPARTMENT, UnitCode.of("daklak")),
            new Unit(UnitCode.of("m-drak"), "UBND huyện M'Drắk", UnitKind.DISTRICT, UnitCode.of("daklak")))));
    private final ResultsTableReader dakLak = new ResultsTableReader(DAK_LAK, IndicatorCatalogue.builtIn());

    private static Table table(String... lines) {
        Table.Builder b = Table.builder("results.csv", Arrays.asList(lines[0].split(";", -1)));
        for (int i = 1; i < lines.length; i++) {
            b.row(i + 1, Arrays.asList(lines[i].split(";", -1)));
        }
        return b.build();
    }

    private static List<InputProblem> problems(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void theWideFormYieldsOnTimeRateOverOnTimePlusLateAndKeepsTheColumns() {
        List<Result> rs = reader.read(table("unit,period,received,resolved,onTime,late,onTimeRate,lateRate".replace(',', ';'),
                "UBND huyện Krông Pắc;2018-Q1;1.495;1669;1061;608;63,6;36.4"), null);
        assertThat(rs).singleElement().satisfies(r -> {
            assertThat(r.unit()).isEqualTo(UnitCode.of("krong-pac"));
            assertThat(r.indicator()).isEqualTo(IndicatorCode.of("ON_TIME_RATE"));
            assertThat(r.period()).isEqualTo(Q1);
            assertThat(r.numerator()).isEqualTo(1061);
            assertThat(r.denominator()).isEqualTo(1669);
            assertThat(r.detail().received()).isEqualTo(1495);
            assertThat(r.detail().statedOnTimeRate()).isEqualByComparingTo("63.6");
            assertThat(r.detail().statedLateRate()).isEqualByComparingTo("36.4");
        });
    }

    @Test
    void theOcrSplitCountOfKrongNangIsRefusedWithItsLineAndColumn() {
        List<InputProblem> ps = problems(() -> reader.read(table(ResultsColumns.WIDE_HEADER_VI,
                "Sở Nội vụ;149;0;0;0;110;100",
                "UBND huyện Krông Năng;10284;10225;1006 3;98.4;162;1.6"), Q1));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Đúng hạn SL");
            assertThat(p.value()).isEqualTo("1006 3");
            assertThat(p.reason()).contains("space inside the number");
        });
    }

    @Test
    void everyBadLineIsReportedAtOnce() {
        List<InputProblem> ps = problems(() -> reader.read(table(ResultsColumns.WIDE_HEADER_VI,
                "Sở Nội vụ;149;-3;0;0;110;100",
                "Sở Nội Vụ Tỉnh Gia Lai;1;1;1;100;0;0",
                "UBND huyện Krông Pắc;1495;1669;1061;63.6;608;36.4",
                "UBND huyện Krông Năng;10284;10225;1006 3;98.4;162;1.6"), Q1));
        assertThat(ps).extracting(InputProblem::line).containsExactly(2, 3, 5);
        assertThat(ps.get(0).reason()).contains("negative");
        assertThat(ps.get(1).reason()).contains("unknown unit");
        assertThat(ps.get(1).value()).isEqualTo("Sở Nội Vụ Tỉnh Gia Lai");
    }

    @Test
    void missingColumnsAreAllNamedAtOnce() {
        List<InputProblem> ps = problems(() -> reader.read(table("Tên cơ quan;Số lượng tiếp nhận;Đúng hạn SL",
                "Sở Nội vụ;149;0"), Q1));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains("resolved").contains("late");
        });
    }

    @Test
    void theTwoRowHeaderAsPrintedIsReadWithItsRepeatedPageHeaders() {
        List<Result> rs = reader.read(table(
                "ST T;TÊN CƠ QUAN;SỐ LƯỢNG TIẾP NHẬN;ĐÃ GIẢI QUYẾT;ĐÚNG HẠN;;TRỄ HẠN;",
                ";;;;SL;TL (%);SL;TL (%)",
                "12;Sở Nội vụ;149;0;0;0;110;100",
                "ST T;TÊN CƠ QUAN;SỐ LƯỢNG TIẾP NHẬN;ĐÃ GIẢI QUYẾT;ĐÚNG HẠN;;TRỄ HẠN;",
                ";;;;SL;TL (%);SL;TL (%)",
                "24;UBND huyện Krông Pắc;1495;1669;1061;63.6;608;36.4"), Q1);
        assertThat(rs).extracting(r -> r.unit().value()).containsExactly("so-noi-vu", "krong-pac");
        assertThat(rs.get(1).detail().onTime()).isEqualTo(1061);
        assertThat(rs.get(1).detail().late()).isEqualTo(608);
        assertThat(rs.get(1).detail().statedOnTimeRate()).isEqualByComparingTo("63.6");
        assertThat(rs.get(1).detail().statedLateRate()).as("the late rate's column has no name").isNull();
    }

    @Test
    void aGroupHeaderWithoutItsSecondRowIsRefusedWithTheHeaderToUse() {
        List<InputProblem> ps = problems(() -> reader.read(table(
                "STT;TÊN CƠ QUAN;SỐ LƯỢNG TIẾP NHẬN;ĐÃ GIẢI QUYẾT;ĐÚNG HẠN;;TRỄ HẠN;",
                "12;Sở Nội vụ;149;0;0;0;110;100"), Q1));
        assertThat(ps).singleElement().satisfies(p -> assertThat(p.reason()).contains(ResultsColumns.WIDE_HEADER_VI));
    }

    @Test
    void repeatedHeadersBlankRowsSectionRowsAndTheTotalsRowAreSkipped() {
        List<Result> rs = reader.read(table(ResultsColumns.WIDE_HEADER_VI,
                "I. CÁC SỞ, BAN, NGÀNH;;;;;;",
                "Sở Nội vụ;149;0;0;0;110;100",
                ";;;;;;",
                "Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;Đúng hạn TL (%);Trễ hạn SL;Trễ hạn TL (%)",
                "II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ;;;;;;",
                "UBND huyện Krông Pắc;1495;1669;1061;63.6;608;36.4",
                "Tổng cộng;1644;1669;1061;;718;"), Q1);
        assertThat(rs).extracting(r -> r.unit().value()).containsExactly("so-noi-vu", "krong-pac");
    }

    /** The totals and header words are found whatever their case, accents or leading marks; other short names are units. */
    @Test
    void longFormTotalsAndRepeatedHeaderRowsAreSkippedInAnySpelling() {
        List<Result> rs = reader.read(table("unit;indicator;period;numerator;denominator",
                "so-noi-vu;ON_TIME_RATE;2018-Q1;1;2",
                "UNIT;indicator;period;numerator;denominator",
                " Unit ;indicator;period;numerator;denominator",
                "TOTAL;ON_TIME_RATE;2018-Q1;3;4",
                "- Tổng;ON_TIME_RATE;2018-Q1;3;4",
                "Cộng;ON_TIME_RATE;2018-Q1;3;4",
                "(Tổng số);ON_TIME_RATE;2018-Q1;3;4",
                "krong-pac;ON_TIME_RATE;2018-Q1;2;4"), null);
        assertThat(rs).extracting(r -> r.unit().value()).containsExactly("so-noi-vu", "krong-pac");
    }

    @Test
    void aFileWithoutPeriodNeedsThePeriodFromTheCaller() {
        List<InputProblem> ps = problems(() -> reader.read(table(ResultsColumns.WIDE_HEADER_VI,
                "Sở Nội vụ;149;0;0;0;110;100"), null));
        assertThat(ps).singleElement().satisfies(p -> assertThat(p.reason()).contains("period"));
    }

    @Test
    void theLongFormReadsCountsRatesAndNotAvailable() {
        List<Result> rs = reader.read(table("unit;indicator;period;numerator;denominator;rate",
                "so-noi-vu;ONLINE_RATE;2022;800;1000;",
                "krong-pac;online_rate;2022;;;99,96%",
                "krong-nang;ONLINE_RATE;2022;;;Không có hồ sơ phát sinh"), null);
        assertThat(rs).extracting(Result::value).satisfiesExactly(
                v -> assertThat(v).isEqualByComparingTo("80"),
                v -> assertThat(v).isEqualByComparingTo("99.96"),
                v -> assertThat(v).isNull());
    }

    @Test
    void theLongFormRefusesUnknownIndicatorsHalfCountsAndDuplicates() {
        List<InputProblem> ps = problems(() -> reader.read(table("unit;indicator;period;numerator;denominator",
                "so-noi-vu;ONLINE_RATE;2022;800;1000",
                "so-noi-vu;NOT_AN_INDICATOR;2022;1;2",
                "krong-pac;ONLINE_RATE;2022;5;",
                "so-noi-vu;ONLINE_RATE;2022;1;2",
                "krong-pac;ONLINE_RATE;2022-Q5;1;2"), null));
        assertThat(ps).extracting(InputProblem::line).containsExactly(3, 4, 5, 6);
        assertThat(ps.get(0).reason()).contains("unknown indicator");
        assertThat(ps.get(1).column()).isEqualTo("denominator");
        assertThat(ps.get(2).reason()).contains("duplicate").contains("line 2");
        assertThat(ps.get(3).column()).isEqualTo("period");
    }

    @Test
    void aRateThatContradictsItsCountsIsRefusedRatherThanSilentlyPickingOne() {
        List<InputProblem> ps = problems(() -> reader.read(table("unit;indicator;period;numerator;denominator;rate",
                "so-noi-vu;ONLINE_RATE;2022;800;1000;75"), null));
        assertThat(ps).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("rate"));
    }

    @Test
    void anAmbiguousNameIsReportedWithItsCandidatesNotGuessed() {
        UnitTree twoProvinces = UnitTree.of(List.of(
                new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
                new Unit(UnitCode.of("gialai"), "UBND tỉnh Gia Lai", UnitKind.PROVINCE, null),
                new Unit(UnitCode.of("dl-so-noi-vu"), "Sở Nội vụ", UnitKind.DEPARTMENT, UnitCode.of("daklak")),
                new Unit(UnitCode.of("gl-so-noi-vu"), "Sở Nội vụ", UnitKind.DEPARTMENT, UnitCode.of("gialai"))));
        ResultsTableReader r = new ResultsTableReader(new NameResolver(twoProvinces), IndicatorCatalogue.builtIn());
        List<InputProblem> ps = problems(() -> r.read(table(ResultsColumns.WIDE_HEADER_VI,
                "Sở Nội vụ;149;0;0;0;110;100",
                "dl-so-noi-vu;149;0;0;0;110;100"), Q1));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("dl-so-noi-vu").contains("gl-so-noi-vu");
        });
    }

    @Test
    void readsRatesAsPrintedAndNamesAsUnits() {
        List<Result> results = dakLak.read(table("unit;indicator;period;rate;procedures",
                "Sở Y tế;ONLINE_RATE;2021;99,96%;118",
                "M Đrăk;ONLINE_RATE;2021;Không có hồ sơ phát sinh;9"), null);

        assertThat(results.get(0).unit()).isEqualTo(UnitCode.of("so-y-te"));
        assertThat(results.get(0).rate()).isEqualByComparingTo("99.96");
        assertThat(results.get(0).procedures()).isEqualTo(118);
        assertThat(results.get(1).unit()).isEqualTo(UnitCode.of("m-drak"));
        assertThat(results.get(1).value()).isNull();
    }

    @Test
    void readsCountsAndKeepsARateRowOfAMixedFile() {
        List<Result> results = dakLak.read(table("unit;indicator;period;numerator;denominator;rate",
                "so-y-te;ON_TIME_RATE;2018-Q1;38.122;38.138;",
                "m-drak;ONLINE_RATE;2021;;;40"), null);

        assertThat(results.get(0).numerator()).isEqualTo(38_122);
        assertThat(results.get(0).denominator()).isEqualTo(38_138);
        assertThat(results.get(0).period()).isEqualTo(Period.quarter(2018, 1));
        assertThat(results.get(1).rate()).isEqualByComparingTo("40");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() {
        List<InputProblem> ps = problems(() -> dakLak.read(table("unit;indicator;period;numerator;denominator",
                "so-y-te;ONLINE_RATE;2021;800;1000",
                "Sở Không Có;ONLINE_RATE;2021;1;2",
                "so-y-te;ONLINE_RATE;2021-Q5;1;2",
                "so-y-te;ONLINE_RATE;2022;1006 3;2"), null));

        assertThat(ps).extracting(InputProblem::line).containsExactly(3, 4, 5);
        assertThat(ps).extracting(InputProblem::column).containsExactly("unit", "period", "numerator");
        assertThat(ps).extracting(InputProblem::file).containsOnly("results.csv");
        assertThat(ps).extracting(InputProblem::value).containsExactly("Sở Không Có", "2021-Q5", "1006 3");
    }

    @Test
    void eachLongFormResultComesWithTheLineOfItsRow() {
        List<Lined<Result>> lined = dakLak.readLined(table("unit;indicator;period;rate",
                "so-y-te;ONLINE_RATE;2021;99,96%",
                ";;;",
                "m-drak;ONLINE_RATE;2021;40"), null);

        assertThat(lined).extracting(Lined::line).containsExactly(2, 4);
        assertThat(lined).extracting(l -> l.value().unit().value()).containsExactly("so-y-te", "m-drak");
    }

    @Test
    void eachWideFormResultComesWithTheLineOfItsRowPastSectionHeaderAndTotalsRows() {
        List<Lined<Result>> lined = reader.readLined(table(ResultsColumns.WIDE_HEADER_VI,
                "I. CÁC SỞ, BAN, NGÀNH;;;;;;",
                "Sở Nội vụ;149;0;0;0;110;100",
                "Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;Đúng hạn TL (%);Trễ hạn SL;Trễ hạn TL (%)",
                "II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ;;;;;;",
                "UBND huyện Krông Pắc;1495;1669;1061;63.6;608;36.4",
                "Tổng cộng;1644;1669;1061;;718;"), Q1);

        assertThat(lined).extracting(Lined::line).containsExactly(3, 6);
        assertThat(lined).extracting(l -> l.value().unit().value()).containsExactly("so-noi-vu", "krong-pac");
        assertThat(reader.read(table(ResultsColumns.WIDE_HEADER_VI, "Sở Nội vụ;149;0;0;0;110;100"), Q1))
                .as("read gives the same results without their lines")
                .containsExactly(reader.readLined(table(ResultsColumns.WIDE_HEADER_VI,
                        "Sở Nội vụ;149;0;0;0;110;100"), Q1).get(0).value());
    }
}
