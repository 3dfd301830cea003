package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

class AppendixParserTest {

    private static final String SEED_000 = "appendix/seed-000-daklak-2022.txt";
    private static final String SEED_001 = "appendix/seed-001-dakha-2023.txt";
    private static final String SEED_002 = "appendix/seed-002-hoabinh-2022.txt";
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");
    private static final IndicatorCode DIGITIZATION = IndicatorCode.of("DIGITIZATION_RATE");
    private static final EnumSet<UnitKind> COMMUNE_LEVEL = EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);

    private static ParsedAppendix parse(String resource) {
        return AppendixParser.parse(resource, CsvTables.lines(resource));
    }

    private static ParsedAppendix seed000Resolved() {
        return AppendixImport.resolve(parse(SEED_000), new NameResolver(UnitTree.of(DakLakUnits.of2022())));
    }

    private static List<AppendixTarget> of(ParsedAppendix a, IndicatorCode indicator) {
        return a.targets().stream().filter(t -> t.indicator().equals(indicator)).toList();
    }

    private static Map<String, BigDecimal> expected(String column) {
        return CsvTables.resource("daklak-2022/expected-targets-2022.csv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("unit"), r -> NumberReader.percent(r.get(column)).orElseThrow()));
    }

    @Test
    void seed000ReadsBackAsSixtySixTargetsThirtyThreeOfEachIndicatorAsPrinted() {
        ParsedAppendix appendix = seed000Resolved();
        assertThat(appendix.year()).isEqualTo(2022);
        assertThat(appendix.targets()).hasSize(66);
        Map<String, BigDecimal> online = expected("target");
        Map<String, BigDecimal> digitization = expected("digitization_target");
        assertThat(of(appendix, ONLINE)).hasSize(33).allSatisfy(t ->
                assertThat(t.target()).as(t.unit()).isEqualByComparingTo(online.get(t.unit())));
        assertThat(of(appendix, DIGITIZATION)).hasSize(33).allSatisfy(t ->
                assertThat(t.target()).as(t.unit()).isEqualByComparingTo(digitization.get(t.unit())));
        assertThat(of(appendix, ONLINE)).extracting(AppendixTarget::unit).containsExactlyInAnyOrderElementsOf(online.keySet());
        assertThat(of(appendix, DIGITIZATION)).extracting(AppendixTarget::unit)
                .containsExactlyInAnyOrderElementsOf(digitization.keySet());
        assertThat(appendix.targets()).allSatisfy(t -> {
            assertThat(t.kinds()).isEmpty();
            assertThat(t.unitOfMeasure()).isEqualTo("%");
        });
    }

    @Test
    void seed000sDigitizationTargetsCiteTheDecisionTheirHeaderNames() {
        assertThat(of(parse(SEED_000), DIGITIZATION)).allSatisfy(t ->
                assertThat(t.legalBasis()).isEqualTo("Quyết định số 3478/QĐ-UBND ngày 10/12/2021"));
        assertThat(of(parse(SEED_000), ONLINE)).allSatisfy(t -> assertThat(t.legalBasis()).isNull());
    }

    @Test
    void seed000sProceduresAndBaselinesMatchTheBaselineFile() {
        Map<String, TableRow> baseline = CsvTables.resource("daklak-2022/baseline-2021.csv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("unit"), r -> r));
        ParsedAppendix appendix = seed000Resolved();
        for (AppendixTarget t : appendix.targets()) {
            TableRow b = baseline.get(t.unit());
            assertThat(t.procedures()).as(t.unit()).isEqualTo(Integer.valueOf(b.get("procedures")));
            if (t.indicator().equals(ONLINE)) {
                assertThat(t.baseline()).as(t.unit()).isEqualTo(NumberReader.percent(b.get("rate")).orElse(null));
            } else {
                assertThat(t.baseline()).as(t.unit()).isNull();
            }
        }
    }

    @Test
    void seed000sSectionsAreDepartmentsThenDistrictsAndItsColumnsAreReadByTheirHeaders() {
        ParsedAppendix appendix = parse(SEED_000);
        for (IndicatorCode i : List.of(ONLINE, DIGITIZATION)) {
            assertThat(of(appendix, i).stream().filter(e -> e.section() == AppendixSection.DEPARTMENTS)).hasSize(18);
            assertThat(of(appendix, i).stream().filter(e -> e.section() == AppendixSection.DISTRICTS)).hasSize(15);
        }
        assertThat(appendix.targets().get(0).heading()).isEqualTo("I. CÁC SỞ, BAN, NGÀNH");
        assertThat(appendix.targets().get(0).item()).isEqualTo("I.1");
        assertThat(appendix.columns()).extracting(AppendixColumn::role).containsExactly(AppendixColumn.Role.NUMBER,
                AppendixColumn.Role.UNIT, AppendixColumn.Role.PROCEDURES, AppendixColumn.Role.TARGET,
                AppendixColumn.Role.BASELINE, AppendixColumn.Role.TARGET);
        assertThat(appendix.columns()).extracting(AppendixColumn::indicator).containsExactly(null, null, null,
                DIGITIZATION, ONLINE, ONLINE);
    }

    @Test
    void seed001GivesItsSevenIndicatorRowsWithKindGroupsLeadCoordinatingUnitAndLegalBasis() {
        ParsedAppendix appendix = parse(SEED_001);
        assertThat(appendix.year()).isEqualTo(2023);
        assertThat(appendix.ofTasks()).isTrue();
        List<AppendixTarget> rows = appendix.targets();
        // golden values: the appendix of seed 001 as printed (I.1, I.2, II, III.1, III.2, IV.1, IV.2)
        assertThat(rows).extracting(AppendixTarget::item).containsExactly("I.1", "I.2", "II", "III.1", "III.2", "IV.1",
                "IV.2");
        assertThat(rows).extracting(t -> t.indicator().value()).containsExactly("DIGITIZATION_RATE", "DIGITIZATION_RATE",
                "FULL_ONLINE_RATE", "ONLINE_PAYMENT_PROCEDURES", "ONLINE_PAYMENT_DOSSIERS", "ON_TIME_RATE", "ON_TIME_RATE");
        assertThat(rows).extracting(t -> t.target().intValue()).containsExactly(25, 15, 60, 60, 30, 95, 95);
        assertThat(rows).extracting(AppendixTarget::name).containsExactly("Các cơ quan chuyên môn cấp huyện",
                "UBND cấp xã", "UBND huyện, UBND cấp xã", "UBND huyện, UBND cấp xã", "UBND huyện, UBND cấp xã",
                "Các cơ quan chuyên môn cấp huyện", "UBND cấp xã");
        EnumSet<UnitKind> districtAndCommunes = EnumSet.copyOf(COMMUNE_LEVEL);
        districtAndCommunes.add(UnitKind.DISTRICT);
        assertThat(rows).extracting(AppendixTarget::kinds).containsExactly(EnumSet.of(UnitKind.DISTRICT_OFFICE),
                COMMUNE_LEVEL, districtAndCommunes, districtAndCommunes, districtAndCommunes,
                EnumSet.of(UnitKind.DISTRICT_OFFICE), COMMUNE_LEVEL);
        assertThat(rows).allSatisfy(t -> {
            assertThat(t.unit()).isNull();
            assertThat(t.leadUnit()).isEqualTo(t.name());
            assertThat(t.coordinatingUnit()).isEqualTo("Văn phòng HĐND-UBND huyện");
            assertThat(t.unitOfMeasure()).isEqualTo("%");
            assertThat(t.legalBasis()).contains("Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ");
        });
        assertThat(rows.get(0).legalBasis())
                .isEqualTo("Mục 7.3.4 (Bảng 2 kèm theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ)");
        // II's legal basis and task go on over the next printed line
        assertThat(rows.get(2).legalBasis()).isEqualTo("Mục 7.3.6 (Bảng 2 kèm theo Quyết định số 876/QĐ-BNV ngày "
                + "10/11/2022 của Bộ Nội vụ); Mục III.4 (Phụ lục I kèm theo Chỉ thị số 01/CT-BTTTT ngày 20/01/2023 của "
                + "Bộ Thông tin và Truyền thông)");
        assertThat(rows.get(2).task()).contains("a là tổng số hồ sơ").contains("không sử dụng bản giấy");
        assertThat(rows.get(3).legalBasis()).contains("Mục số 71 (Phụ lục III kèm theo Nghị quyết số 01/NQ-CP");
        assertThat(rows.get(5).legalBasis()).startsWith("Mục 3.4.2 ");
        assertThat(rows.get(5).task()).contains("phải đạt tối thiểu 95%");
        assertThat(rows.get(6).legalBasis()).startsWith("Mục 3.4.3 ");
        assertThat(rows.get(2).heading()).isEqualTo("II. Tỷ lệ hồ sơ trực tuyến toàn trình");
    }

    @Test
    void seed001ResolvesTheCoordinatingUnitWhenTheRegistryHoldsItAndNeedsNoRegistryForGroups() {
        List<vn.chitieu.unit.Unit> units = List.of(
                new vn.chitieu.unit.Unit(vn.chitieu.unit.UnitCode.of("dak-ha"), "UBND huyện Đắk Hà", UnitKind.DISTRICT,
                        null, List.of()),
                new vn.chitieu.unit.Unit(vn.chitieu.unit.UnitCode.of("dak-ha-vp"), "Văn phòng HĐND-UBND huyện Đắk Hà",
                        UnitKind.DISTRICT_OFFICE, vn.chitieu.unit.UnitCode.of("dak-ha"), List.of("Văn phòng HĐND-UBND huyện")));
        ParsedAppendix resolved = AppendixImport.resolve(parse(SEED_001), new NameResolver(UnitTree.of(units)));
        assertThat(resolved.targets()).hasSize(7).allSatisfy(t -> {
            assertThat(t.coordinatingUnit()).isEqualTo("dak-ha-vp");
            assertThat(t.leadUnit()).isEqualTo(t.name());
            assertThat(t.kinds()).isNotEmpty();
        });
    }

    @Test
    void seed002GivesTwentySevenUnitsAtFiftyFivePercentAsPrinted() {
        ParsedAppendix appendix = parse(SEED_002);
        List<AppendixTarget> t = appendix.targets();
        assertThat(appendix.year()).isEqualTo(2022);
        assertThat(t).hasSize(27);
        assertThat(t).allSatisfy(e -> {
            assertThat(e.target()).isEqualByComparingTo("55");
            assertThat(e.indicator()).isEqualTo(ONLINE);
        });
        assertThat(t.get(16).name()).isEqualTo("Lĩnh vực Ngoại vụ - VPUBND tỉnh");
        assertThat(t.get(16).procedures()).isEqualTo(4);
        assertThat(t.get(17).unit()).isEqualTo("UBND TP. Hòa Bình");
        assertThat(t.get(17).section()).isEqualTo(AppendixSection.DISTRICTS);
        assertThat(t.get(17).heading()).isEqualTo("II. UBND các huyện, thành phố");
    }

    @Test
    void anUnknownIndicatorAMissingTargetAndATargetAbove100AreAllListedWithLineColumnAndValue() {
        List<String> lines = new ArrayList<>(CsvTables.lines(SEED_001));
        int paid = indexStarting(lines, "2\tTỷ lệ hồ sơ thanh toán trực tuyến");
        lines.set(paid, lines.get(paid).replace("Tỷ lệ hồ sơ thanh toán trực tuyến:", "Tỷ lệ hài lòng của người dân:")
                .replace("thanh toán trực tuyến", "x"));
        int digitization = indexStarting(lines, "1\tTỷ lệ số hóa");
        lines.set(digitization, lines.get(digitization).replace("\t%\t25\t", "\t%\t\t"));
        int onTime = indexStarting(lines, "2\t<p>Tỷ lệ hồ sơ TTHC do UBND cấp xã");
        lines.set(onTime, lines.get(onTime).replace("\t%\t95\t", "\t%\t195\t"));
        assertThatThrownBy(() -> AppendixParser.parse("seed-001.txt", lines))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isEqualTo(digitization + 1);
                        assertThat(p.column()).isEqualTo("target");
                        assertThat(p.reason()).contains("a target is required");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isEqualTo(paid + 1);
                        assertThat(p.column()).isEqualTo("task");
                        assertThat(p.value()).isEqualTo("Tỷ lệ hài lòng của người dân");
                        assertThat(p.reason()).contains("names no indicator");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isEqualTo(onTime + 1);
                        assertThat(p.value()).isEqualTo("195");
                        assertThat(p.reason()).contains("0–100");
                    });
                });
    }

    @Test
    void aTargetColumnWhoseHeaderNamesNoIndicatorIsRefusedNamingTheHeaderLine() {
        List<String> lines = List.of("TT\tCơ quan\tSố lượng TTHC\tChỉ tiêu giao", "1\tSở Y tế\t131\t55%");
        assertThatThrownBy(() -> AppendixParser.parse("a.txt", lines))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(1);
                            assertThat(p.value()).isEqualTo("Chỉ tiêu giao");
                        }));
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
        List<String> lines = List.of("TT\tCơ quan\tSố lượng TTHC\tTỷ lệ hồ sơ giải quyết trực tuyến",
                "1\tSở Y tế\t131\t55%", "x\tSở Nội vụ\t87\t55%");
        assertThatThrownBy(() -> AppendixParser.parse("a.txt", lines))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3)));
    }

    @Test
    void aRowMissingACellIsRefused() {
        List<String> lines = List.of("TT\tCơ quan\tSố lượng TTHC\tTỷ lệ hồ sơ giải quyết trực tuyến", "1\tSở Y tế\t131");
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

    @Test
    void kindGroupsAreReadFromTheirPrintedLabelsAndAUnitsNameIsNoGroup() {
        assertThat(AppendixKindGroups.of("UBND cấp xã")).contains(COMMUNE_LEVEL);
        assertThat(AppendixKindGroups.of("Ủy ban nhân dân cấp xã")).contains(COMMUNE_LEVEL);
        assertThat(AppendixKindGroups.of("Các cơ quan chuyên môn cấp huyện")).contains(EnumSet.of(UnitKind.DISTRICT_OFFICE));
        assertThat(AppendixKindGroups.of("UBND huyện, UBND cấp xã")).contains(EnumSet.of(UnitKind.DISTRICT,
                UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP));
        assertThat(AppendixKindGroups.of("UBND các xã, phường, thị trấn")).contains(COMMUNE_LEVEL);
        assertThat(AppendixKindGroups.of("Các sở, ban, ngành")).contains(EnumSet.of(UnitKind.DEPARTMENT));
        assertThat(AppendixKindGroups.of("UBND huyện Krông Pắc")).isEmpty();
        assertThat(AppendixKindGroups.of("Văn phòng HĐND-UBND huyện")).isEmpty();
        assertThat(AppendixKindGroups.of("Sở Lao động, Thương binh và Xã hội")).isEmpty();
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
