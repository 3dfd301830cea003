package vn.chitieu.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.fixtures.DakLakUnits;

class NameResolverTest {

    private final NameResolver resolver = new NameResolver(DakLakUnits.of2018());

    @Test
    void resolvesEveryUnitNamePrintedInSeed003WithoutAliases() throws IOException {
        List<String[]> cases = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/seed-003/names-and-units.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(line.split("\t"));
                }
            }
        }
        assertThat(cases).hasSize(58);
        for (String[] c : cases) {
            Resolution r = resolver.resolve(c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(ResolutionStatus.MATCHED);
            assertThat(r.unit().code().value()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND huyện M'Drắk                          | UBND huyện M Đrăk
            UBND huyện M'Drắk                          | M'Đrắk
            UBND huyện Krông Búk                       | Krông Buk
            UBND huyện Ea H'leo                        | Ea H'Leo
            UBND huyện Cư M'gar                        | Cư Mgar
            UBND thành phố Buôn Ma Thuột               | UBND Tp. Buôn Ma Thuột
            UBND huyện Krông Ana                       | Krông A Na
            Sở Nông nghiệp và Phát triển nông thôn     | Sở Nông nghiệp và Phát triển nông Thôn
            Sở Văn hóa, Thể thao và Du lịch            | Sở Văn hóa - Thể thao và Du Lịch
            Văn phòng UBND tỉnh                        | Văn phòng Ủy ban nhân dân tỉnh
            """)
    void foldsEverySpellingPairOfTheDomainNotes(String official, String spelling) {
        Resolution expected = resolver.resolve(official);
        Resolution actual = resolver.resolve(spelling);
        assertThat(expected.status()).isEqualTo(ResolutionStatus.MATCHED);
        assertThat(actual.status()).as(spelling).isEqualTo(ResolutionStatus.MATCHED);
        assertThat(actual.unit()).isEqualTo(expected.unit());
    }

    @Test
    void readsDecomposedUnicodeAsTheSameName() {
        String nfd = Normalizer.normalize("Ủy ban nhân dân huyện Krông Pắc", Normalizer.Form.NFD);
        assertThat(resolver.resolve(nfd).unit().code()).isEqualTo(UnitCode.of("krong-pac"));
    }

    @Test
    void aUnitCodeResolvesToItsUnit() {
        assertThat(resolver.resolve("so-y-te").unit().name()).isEqualTo("Sở Y tế");
    }

    @Test
    void aNameThatFitsTwoUnitsIsAmbiguousWithBothCandidates() {
        UnitTree tree = UnitTree.of(List.of(
                new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
                new Unit(UnitCode.of("ea-kar"), "UBND huyện Ea Kar", UnitKind.DISTRICT, UnitCode.of("daklak")),
                new Unit(UnitCode.of("tt-ea-kar"), "Thị trấn Ea Kar", UnitKind.TOWNSHIP, UnitCode.of("ea-kar"))));
        NameResolver twoEaKars = new NameResolver(tree);

        Resolution r = twoEaKars.resolve("Ea Kar");

        assertThat(r.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(r.candidates()).extracting(u -> u.code().value()).containsExactlyInAnyOrder("ea-kar", "tt-ea-kar");
        assertThat(twoEaKars.resolve("UBND huyện Ea Kar").unit().code().value()).isEqualTo("ea-kar");
        assertThat(twoEaKars.resolve("Thị trấn Ea Kar").unit().code().value()).isEqualTo("tt-ea-kar");
    }

    @Test
    void aMadeUpNameIsUnknownWithTheClosestSuggestions() {
        Resolution r = resolver.resolve("UBND huyện Krông Pa");

        assertThat(r.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(r.suggestions()).isNotEmpty();
        assertThat(r.suggestions().get(0).code().value()).isEqualTo("krong-pac");
        assertThat(r.explain()).contains("unknown unit", "krong-pac");
    }

    @Test
    void aNameFarFromEveryUnitIsUnknownWithoutSuggestions() {
        Resolution r = resolver.resolve("Bộ Quốc phòng Hoa Kỳ");
        assertThat(r.status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(r.suggestions()).isEmpty();
    }

    @Test
    void aResolverWithinASubtreeMatchesAndSuggestsOnlyItsUnits() {
        UnitTree tree = UnitTree.of(List.of(
                new Unit(UnitCode.of("daklak"), "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
                new Unit(UnitCode.of("ea-kar"), "UBND huyện Ea Kar", UnitKind.DISTRICT, UnitCode.of("daklak")),
                new Unit(UnitCode.of("tt-ea-kar"), "Thị trấn Ea Kar", UnitKind.TOWNSHIP, UnitCode.of("ea-kar")),
                new Unit(UnitCode.of("krong-pac"), "UBND huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("daklak")),
                new Unit(UnitCode.of("ea-kly"), "Xã Ea Kly", UnitKind.COMMUNE, UnitCode.of("krong-pac"))));
        NameResolver krongPac = NameResolver.within(tree, UnitCode.of("krong-pac"));

        assertThat(krongPac.resolve("Xã Ea Kly").unit().code().value()).isEqualTo("ea-kly");
        assertThat(krongPac.resolve("Ea Kar").status()).isEqualTo(ResolutionStatus.UNKNOWN);
        assertThat(krongPac.resolve("Ea Kar").explain()).doesNotContain("ea-kar").doesNotContain("Thị trấn");
        assertThat(krongPac.resolve("Xã Ea Kar").suggestions()).extracting(u -> u.code().value())
                .doesNotContain("ea-kar", "tt-ea-kar");
        // a code is the caller's own text: it resolves, and the caller is told it lies outside
        assertThat(krongPac.resolve("ea-kar").unit().code().value()).isEqualTo("ea-kar");
    }

    @Test
    void aliasesAreUsed() {
        UnitTree tree = UnitTree.of(List.of(
                new Unit(UnitCode.of("hoabinh"), "UBND tỉnh Hòa Bình", UnitKind.PROVINCE, null),
                new Unit(UnitCode.of("so-nn"), "Sở Nông nghiệp và Phát triển nông thôn", UnitKind.DEPARTMENT,
                        UnitCode.of("hoabinh"), List.of("Sở Nông nghiệp và PTNT"))));
        assertThat(new NameResolver(tree).resolve("Sở Nông nghiệp và PTNT").unit().code().value()).isEqualTo("so-nn");
    }
}
