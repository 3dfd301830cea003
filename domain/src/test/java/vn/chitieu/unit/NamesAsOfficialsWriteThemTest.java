package vn.chitieu.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.allocation.AppendixImport;
import vn.chitieu.allocation.AppendixParser;
import vn.chitieu.allocation.AppendixTarget;
import vn.chitieu.allocation.ParsedAppendix;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.fixtures.DakLakUnits;

/**
 * Names as officials print them (issue 14 item 3): kind words narrow the units, department
 * abbreviations stand for their words, "X, huyện Y" is X under Y, suggestions are near and of the
 * kind named. The registries hold official names only, no aliases.
 */
class NamesAsOfficialsWriteThemTest {

    private static final String SEED_002 = "appendix/seed-002-hoabinh-2022.txt";

    private static UnitTree hoaBinh() {
        return UnitsTable.read(CsvTables.resource("hoabinh-2022/units.csv"));
    }

    private static final NameResolver DAK_LAK = new NameResolver(DakLakUnits.of2018());
    private static final NameResolver HOA_BINH = new NameResolver(hoaBinh());

    private static String code(Resolution r) {
        assertThat(r.status()).as(r.explain()).isEqualTo(ResolutionStatus.MATCHED);
        return r.unit().code().value();
    }

    private static List<String> codes(List<Unit> units) {
        return units.stream().map(u -> u.code().value()).toList();
    }

    @Test
    void theRegistriesUsedHereHaveNoAliases() {
        assertThat(hoaBinh().units()).hasSize(28).allSatisfy(u -> assertThat(u.aliases()).isEmpty());
        assertThat(DakLakUnits.of2018().units()).allSatisfy(u -> assertThat(u.aliases()).isEmpty());
    }

    @Test
    void seed002sAppendixResolvesAllTwentySevenUnitsOfHoaBinhWithoutAliases() {
        ParsedAppendix parsed = AppendixParser.parse(SEED_002, CsvTables.lines(SEED_002));
        ParsedAppendix resolved = AppendixImport.resolve(parsed, HOA_BINH);
        // the unit each printed name means, in the appendix's order (read by hand from seed 002)
        assertThat(resolved.targets()).extracting(AppendixTarget::unit).containsExactly(
                "so-cong-thuong", "so-van-hoa-the-thao-du-lich", "so-giao-thong-van-tai", "so-giao-duc-dao-tao",
                "so-ke-hoach-dau-tu", "so-khoa-hoc-cong-nghe", "so-lao-dong-tbxh", "so-nong-nghiep-ptnt",
                "so-noi-vu", "so-tai-chinh", "so-tai-nguyen-moi-truong", "so-thong-tin-truyen-thong",
                "so-tu-phap", "so-xay-dung", "so-y-te", "ban-quan-ly-cac-kcn", "van-phong-ubnd-tinh",
                "tp-hoa-binh", "cao-phong", "tan-lac", "lac-son", "yen-thuy", "mai-chau", "kim-boi",
                "lac-thuy", "da-bac", "luong-son");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND TP. Hòa Bình          | tp-hoa-binh
            UBND Tp Hòa Bình           | tp-hoa-binh
            Thành phố Hoà Bình         | tp-hoa-binh
            TP Hòa Bình                | tp-hoa-binh
            UBND tỉnh Hòa Bình         | hoabinh
            Ủy ban nhân dân tỉnh Hoà Bình | hoabinh
            Tỉnh Hòa Bình              | hoabinh
            """)
    void theKindWordsSayWhetherHoaBinhIsTheCityOrTheProvince(String name, String unit) {
        assertThat(code(HOA_BINH.resolve(name))).isEqualTo(unit);
    }

    @Test
    void hoaBinhWithoutAKindWordIsAmbiguousBetweenTheProvinceAndTheCity() {
        Resolution r = HOA_BINH.resolve("Hòa Bình");
        assertThat(r.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(codes(r.candidates())).containsExactlyInAnyOrder("hoabinh", "tp-hoa-binh");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở NN&PTNT      | so-nong-nghiep-va-phat-trien-nong-thon
            Sở LĐ-TB&XH     | so-lao-dong-thuong-binh-va-xa-hoi
            Sở TT&TT        | so-thong-tin-va-truyen-thong
            Sở VH-TT&DL     | so-van-hoa-the-thao-va-du-lich
            Sở GD&ĐT        | so-giao-duc-va-dao-tao
            Sở KH&CN        | so-khoa-hoc-va-cong-nghe
            Sở TN&MT        | so-tai-nguyen-va-moi-truong
            Sở KH&ĐT        | so-ke-hoach-va-dau-tu
            Sở GTVT         | so-giao-thong-van-tai
            BQL các KCN     | ban-quan-ly-cac-khu-cong-nghiep-tinh
            VP UBND tỉnh    | van-phong-ubnd-tinh
            VPUBND tỉnh     | van-phong-ubnd-tinh
            Sở Nông nghiệp và PTNT | so-nong-nghiep-va-phat-trien-nong-thon
            Sở Lao động - TB&XH    | so-lao-dong-thuong-binh-va-xa-hoi
            Sở Văn hóa và Thể thao và DL | so-van-hoa-the-thao-va-du-lich
            Ban QL các KCN tỉnh    | ban-quan-ly-cac-khu-cong-nghiep-tinh
            Sở Y tế tỉnh Đắk Lắk   | so-y-te
            Thành phố BMT          | buon-ma-thuot
            """)
    void theStandardAbbreviationsResolveToTheirDepartmentsWithoutAliases(String name, String unit) {
        assertThat(code(DAK_LAK.resolve(name))).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở NN&PTNT      | so-nong-nghiep-ptnt
            Sở LĐ-TB&XH     | so-lao-dong-tbxh
            Sở TT&TT        | so-thong-tin-truyen-thong
            Sở VH-TT&DL     | so-van-hoa-the-thao-du-lich
            Sở GD&ĐT        | so-giao-duc-dao-tao
            Sở KH&CN        | so-khoa-hoc-cong-nghe
            Sở TN&MT        | so-tai-nguyen-moi-truong
            Sở KH&ĐT        | so-ke-hoach-dau-tu
            Sở GTVT         | so-giao-thong-van-tai
            BQL các KCN     | ban-quan-ly-cac-kcn
            VP UBND tỉnh    | van-phong-ubnd-tinh
            """)
    void theSameAbbreviationsResolveInHoaBinh(String name, String unit) {
        assertThat(code(HOA_BINH.resolve(name))).isEqualTo(unit);
    }

    @Test
    void aMadeUpNameIsUnknownWithTheClosestUnitsOfTheKindItNamesFirst() {
        Resolution tai = DAK_LAK.resolve("Sở Tài");
        assertThat(tai.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(tai.suggestions()).isNotEmpty();
        assertThat(tai.suggestions().get(0).code().value()).isEqualTo("so-tai-chinh");

        Resolution typo = DAK_LAK.resolve("Thành phố Buôn Ma Thuộc");
        assertThat(typo.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(typo.suggestions().get(0).code().value()).isEqualTo("buon-ma-thuot");

        Resolution abbreviation = DAK_LAK.resolve("Thành phố BMTT");
        assertThat(abbreviation.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(abbreviation.suggestions()).isNotEmpty();
        assertThat(abbreviation.suggestions().get(0).code().value()).isEqualTo("buon-ma-thuot");
        assertThat(codes(abbreviation.suggestions())).doesNotContain("lak");
        assertThat(abbreviation.suggestions()).allSatisfy(u -> assertThat(u.kind()).isEqualTo(UnitKind.DISTRICT));
        assertThat(tai.suggestions()).allSatisfy(u -> assertThat(u.kind()).isEqualTo(UnitKind.DEPARTMENT));

        Resolution department = HOA_BINH.resolve("Sở Xây dựngg");
        assertThat(department.suggestions()).isNotEmpty();
        assertThat(department.suggestions().get(0).code().value()).isEqualTo("so-xay-dung");
        assertThat(department.suggestions().get(0).kind()).isEqualTo(UnitKind.DEPARTMENT);
    }

    private static final UnitTree EA_KAR = UnitTree.of(List.of(
            new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("ea-kar"), "UBND huyện Ea Kar", UnitKind.DISTRICT, UnitCode.of("daklak")),
            new Unit(UnitCode.of("tt-ea-kar"), "Thị trấn Ea Kar", UnitKind.TOWNSHIP, UnitCode.of("ea-kar"))));

    @Test
    void suggestionsPutTheKindTheNameSaysFirst() {
        NameResolver r = new NameResolver(EA_KAR);
        Resolution township = r.resolve("Thị trấn Ea Kả");
        assertThat(township.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(codes(township.suggestions())).containsExactly("tt-ea-kar");
        // a kind word that fits no close unit: the closest of any kind
        assertThat(codes(r.resolve("Phường Ea Kả").suggestions())).containsExactlyInAnyOrder("ea-kar", "tt-ea-kar");
        assertThat(codes(r.resolve("Huyện Ea Kả").suggestions())).first().isEqualTo("ea-kar");
    }

    @Test
    void aKindWordThatFitsNoCandidateFallsBackToAllKindsAndStillReportsAmbiguity() {
        // no ward is called Buôn Hồ: the document misnamed the town's kind, and only one unit fits
        assertThat(code(DAK_LAK.resolve("Phường Buôn Hồ"))).isEqualTo("buon-ho");
        // no commune is called Ea Kar: both units of that name stay candidates, nothing is guessed
        Resolution r = new NameResolver(EA_KAR).resolve("Xã Ea Kar");
        assertThat(r.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(codes(r.candidates())).containsExactlyInAnyOrder("ea-kar", "tt-ea-kar");
    }

    private static UnitTree twoBinhThanhs() {
        List<Unit> units = new ArrayList<>(hoaBinh().units());
        units.add(new Unit(UnitCode.of("binh-thanh-cp"), "Xã Bình Thanh", UnitKind.COMMUNE, UnitCode.of("cao-phong")));
        units.add(new Unit(UnitCode.of("binh-thanh-ls"), "Xã Bình Thanh", UnitKind.COMMUNE, UnitCode.of("lac-son")));
        units.add(new Unit(UnitCode.of("tc-cp"), "Phòng Tài chính - Kế hoạch", UnitKind.DISTRICT_OFFICE, UnitCode.of("cao-phong")));
        units.add(new Unit(UnitCode.of("tc-ls"), "Phòng Tài chính - Kế hoạch", UnitKind.DISTRICT_OFFICE, UnitCode.of("lac-son")));
        return UnitTree.of(units);
    }

    @Test
    void aNameThatFitsTwoUnitsOfTheSameKindIsAmbiguousWithBoth() {
        NameResolver r = new NameResolver(twoBinhThanhs());
        Resolution commune = r.resolve("Xã Bình Thanh");
        assertThat(commune.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(codes(commune.candidates())).containsExactlyInAnyOrder("binh-thanh-cp", "binh-thanh-ls");
        Resolution office = r.resolve("Phòng TC-KH");
        assertThat(office.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(codes(office.candidates())).containsExactlyInAnyOrder("tc-cp", "tc-ls");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'Xã Bình Thanh, huyện Cao Phong'    | binh-thanh-cp
            'Xã Bình Thanh, huyện Lạc Sơn'      | binh-thanh-ls
            Bình Thanh - Lạc Sơn                | binh-thanh-ls
            Xã Bình Thanh (huyện Cao Phong)     | binh-thanh-cp
            'xã Bình Thanh, UBND huyện Cao Phong' | binh-thanh-cp
            Phòng TC-KH - huyện Lạc Sơn         | tc-ls
            'Phòng Tài chính - Kế hoạch, huyện Cao Phong' | tc-cp
            """)
    void aQualifiedNameIsTheUnitOfThatNameUnderTheQualifier(String name, String unit) {
        assertThat(code(new NameResolver(twoBinhThanhs()).resolve(name))).isEqualTo(unit);
    }

    @Test
    void aQualifierWithoutSuchAUnitBelowItIsNoGuess() {
        NameResolver r = new NameResolver(twoBinhThanhs());
        assertThat(r.resolve("Xã Bình Thanh, huyện Mai Châu").status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(r.resolve("Xã Bình Thanh, huyện Không Có").status()).isNotEqualTo(ResolutionStatus.MATCHED);
    }

    @Test
    void aFieldOfWorkOfAUnitIsThatUnit() {
        assertThat(code(HOA_BINH.resolve("Lĩnh vực Ngoại vụ - VPUBND tỉnh"))).isEqualTo("van-phong-ubnd-tinh");
        // Đắk Lắk has a Sở Ngoại vụ, but the line names the field inside the office, not the department
        assertThat(code(DAK_LAK.resolve("Lĩnh vực Ngoại vụ - VPUBND tỉnh"))).isEqualTo("van-phong-ubnd-tinh");
    }

    @Test
    void aResolverWithinASubtreeDoesNotReachOutThroughAQualifier() {
        UnitTree tree = twoBinhThanhs();
        NameResolver caoPhong = NameResolver.within(tree, UnitCode.of("cao-phong"));
        assertThat(caoPhong.resolve("Xã Bình Thanh").unit().code().value()).isEqualTo("binh-thanh-cp");
        assertThat(caoPhong.resolve("Xã Bình Thanh, huyện Lạc Sơn").status()).isNotEqualTo(ResolutionStatus.MATCHED);
    }

    @Test
    void anAbbreviationInTheRegistryMatchesTheWordsSpelledOut() {
        UnitTree tree = UnitTree.of(List.of(
                new Unit(UnitCode.of("hoabinh"), "UBND tỉnh Hòa Bình", UnitKind.PROVINCE, null),
                new Unit(UnitCode.of("bql"), "Ban QL các KCN", UnitKind.DEPARTMENT, UnitCode.of("hoabinh"))));
        assertThat(code(new NameResolver(tree).resolve("Ban Quản lý các khu công nghiệp tỉnh Hòa Bình"))).isEqualTo("bql");
    }

    @Test
    void onlyOneKindWordIsDroppedSoAPlaceNameStartingWithOneIsKept() {
        UnitTree tree = UnitTree.of(List.of(
                new Unit(UnitCode.of("phutho"), "UBND tỉnh Phú Thọ", UnitKind.PROVINCE, null),
                new Unit(UnitCode.of("phu-tho-tx"), "UBND thị xã Phú Thọ", UnitKind.DISTRICT, UnitCode.of("phutho")),
                new Unit(UnitCode.of("phong-chau"), "Phường Phong Châu", UnitKind.WARD, UnitCode.of("phu-tho-tx")),
                new Unit(UnitCode.of("ban-chau"), "Ban Châu", UnitKind.DEPARTMENT, UnitCode.of("phutho")),
                new Unit(UnitCode.of("xa-so"), "Xã Sơn", UnitKind.COMMUNE, UnitCode.of("phu-tho-tx"))));
        NameResolver r = new NameResolver(tree);
        assertThat(code(r.resolve("Phường Phong Châu"))).isEqualTo("phong-chau");
        assertThat(code(r.resolve("Phong Châu"))).isEqualTo("phong-chau");
        assertThat(code(r.resolve("UBND phường Phong Châu"))).isEqualTo("phong-chau");
        assertThat(code(r.resolve("Ban Châu"))).isEqualTo("ban-chau");
        assertThat(code(r.resolve("Thị xã Phú Thọ"))).isEqualTo("phu-tho-tx");
        assertThat(code(r.resolve("UBND tỉnh Phú Thọ"))).isEqualTo("phutho");
    }

    @Test
    void aLargeRegistryResolvesEveryUnitByItsNameAndQualifiedName() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(UnitCode.of("p"), "UBND tỉnh Thử", UnitKind.PROVINCE, null));
        for (int d = 0; d < 100; d++) {
            units.add(new Unit(UnitCode.of("d" + d), "UBND huyện Số " + d, UnitKind.DISTRICT, UnitCode.of("p")));
            for (int c = 0; c < 100; c++) {
                units.add(new Unit(UnitCode.of("d" + d + "-c" + c), "Xã Thôn " + c, UnitKind.COMMUNE, UnitCode.of("d" + d)));
            }
        }
        NameResolver r = new NameResolver(UnitTree.of(units));
        for (int d = 0; d < 100; d += 7) {
            for (int c = 0; c < 100; c += 3) {
                assertThat(code(r.resolve("Xã Thôn " + c + ", huyện Số " + d))).isEqualTo("d" + d + "-c" + c);
            }
        }
        Resolution ambiguous = r.resolve("Xã Thôn 5");
        assertThat(ambiguous.candidates()).hasSize(100);
        assertThat(r.resolve("Xã Thônn 5").suggestions()).hasSize(3);
    }
}
