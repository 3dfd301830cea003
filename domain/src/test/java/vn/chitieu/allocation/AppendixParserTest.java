package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;

class AppendixParserTest {

    private static final String SEED_000 = "appendix/seed-000-daklak-2022.txt";
    private static final String SEED_002 = "appendix/seed-002-hoabinh-2022.txt";

    private static ParsedAppendix parse(String resource) {
        return AppendixParser.parse(resource, CsvTables.lines(resource));
    }

    @Test
    void seed000sAppendixReadsBackAsTheDecisionsThirtyThreeTargets() {
        ParsedAppendix appendix = AppendixImport.resolve(parse(SEED_000), new NameResolver(UnitTree.of(DakLakUnits.of2022())));
        Map<String, BigDecimal> expected = CsvTables.resource("daklak-2022/expected-targets-2022.csv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("unit"), r -> NumberReader.percent(r.get("target")).orElseThrow()));
        assertThat(appendix.year()).isEqualTo(2022);
        assertThat(appendix.entries()).hasSize(33);
        for (AppendixEntry e : appendix.entries()) {
            assertThat(e.target()).as(e.unit()).isEqualByComparingTo(expected.get(e.unit()));
        }
        assertThat(appendix.entries()).extracting(AppendixEntry::unit).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void seed000sProceduresAndBaselinesMatchTheBaselineFile() {
        Map<String, TableRow> baseline = CsvTables.resource("daklak-2022/baseline-2021.csv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("unit"), r -> r));
        ParsedAppendix appendix = AppendixImport.resolve(parse(SEED_000), new NameResolver(UnitTree.of(DakLakUnits.of2022())));
        for (AppendixEntry e : appendix.entries()) {
            TableRow b = baseline.get(e.unit());
            assertThat(e.procedures()).as(e.unit()).isEqualTo(Integer.valueOf(b.get("procedures")));
            assertThat(e.baseline()).as(e.unit()).isEqualTo(NumberReader.percent(b.get("rate")).orElse(null));
        }
    }

    @Test
    void seed000sSectionsAreDepartmentsThenDistricts() {
        List<AppendixEntry> entries = parse(SEED_000).entries();
        assertThat(entries.stream().filter(e -> e.section() == AppendixSection.DEPARTMENTS)).hasSize(18);
        assertThat(entries.stream().filter(e -> e.section() == AppendixSection.DISTRICTS)).hasSize(15);
        assertThat(entries.get(0).digitizationTarget()).isEqualByComparingTo("50");
    }

    @Test
    void seed002GivesTwentySevenUnitsAtFiftyFivePercentAsPrinted() {
        ParsedAppendix appendix = parse(SEED_002);
        assertThat(appendix.year()).isEqualTo(2022);
        assertThat(appendix.entries()).hasSize(27);
        assertThat(appendix.entries()).allSatisfy(e -> assertThat(e.target()).isEqualByComparingTo("55"));
        assertThat(appendix.entries().get(16).name()).isEqualTo("Lĩnh vực Ngoại vụ - VPUBND tỉnh");
        assertThat(appendix.entries().get(16).procedures()).isEqualTo(4);
        assertThat(appendix.entries().get(17).unit()).isEqualTo("UBND TP. Hòa Bình");
        assertThat(appendix.entries().get(17).section()).isEqualTo(AppendixSection.DISTRICTS);
    }

    @Test
    void anOcrSplitNumberIsRefusedNamingItsLineAndColumn() {
        List<String> lines = new ArrayList<>(CsvTables.lines(SEED_002));
        int at = lines.indexOf("1\tSở Công Thương\t114\t55%");
        lines.set(at, "1\tSở Công Thương\t1006 3\t55%");
        assertThatThrownBy(() -> AppendixParser.parse("seed-002.txt", lines))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(at + 1);
                            assertThat(p.column()).isEqualTo("procedures");
                            assertThat(p.value()).isEqualTo("1006 3");
                        }));
    }

    @Test
    void aRowThatIsNeitherNumberedNorASectionIsRefused() {
        List<String> lines = List.of("TT\tCơ quan\tSố lượng TTHC\tTỷ lệ", "1\tSở Y tế\t131\t55%", "x\tSở Nội vụ\t87\t55%");
        assertThatThrownBy(() -> AppendixParser.parse("a.txt", lines))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3)));
    }

    @Test
    void aRowMissingACellIsRefused() {
        List<String> lines = List.of("TT\tCơ quan\tSố lượng TTHC\tTỷ lệ", "1\tSở Y tế\t131");
        assertThatThrownBy(() -> AppendixParser.parse("a.txt", lines)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a.txt:2");
    }

    @Test
    void aNameTheRegistryDoesNotKnowIsRefusedWithItsLine() {
        ParsedAppendix hoaBinh = parse(SEED_002);
        NameResolver dakLak = new NameResolver(UnitTree.of(DakLakUnits.of2022()));
        assertThatThrownBy(() -> AppendixImport.resolve(hoaBinh, dakLak)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Hòa Bình");
    }
}
