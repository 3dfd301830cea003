package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.demo.Samples;

/**
 * The demo's commend and criticise lists beside seed 003's letter (Công văn 2999/UBND-KGVX, items 1
 * and 2): the criticised are exactly the letter's (Sở Nội vụ, UBND huyện Lắk); every commended unit
 * is one the letter commends, and the demo names the letter's others and says why they differ.
 */
class DemoLetterListsTest {

    /** Item 1 of the letter, by registry code. */
    private static final List<String> LETTER_COMMENDS = List.of("krong-nang", "buon-ma-thuot", "cu-m-gar",
            "van-phong-ubnd-tinh", "so-cong-thuong", "so-xay-dung", "so-thong-tin-va-truyen-thong", "so-ngoai-vu",
            "so-tu-phap", "so-nong-nghiep-va-phat-trien-nong-thon");
    /** Item 2. */
    private static final List<String> LETTER_CRITICISES = List.of("so-noi-vu", "lak");

    @TempDir
    Path dir;

    private JsonNode scoreWithTheDemosRules() throws IOException {
        Path units = Files.write(dir.resolve("units.csv"), Samples.bytes("units-daklak-2018.csv"));
        Path targets = Files.write(dir.resolve("targets.csv"), Samples.bytes("targets-2018-Q1.csv"));
        Path results = Files.write(dir.resolve("results.csv"), Samples.bytes("results-2018-Q1.csv"));
        CliRun run = CliRun.of("score", "--units", units.toString(), "--targets", targets.toString(), "--results",
                results.toString(), "--commend", "met,mostDossiers=3", "--criticise", "below=1|kind=DISTRICT,dossiersBelow=100",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> units(JsonNode selected) {
        List<String> out = new ArrayList<>();
        selected.forEach(s -> out.add(s.get("unit").asText()));
        return out;
    }

    @Test
    void theRulesCriticiseTheLettersTwoAndCommendOnlyUnitsTheLetterCommends() throws IOException {
        JsonNode doc = scoreWithTheDemosRules();
        assertThat(units(doc.get("criticise"))).containsExactlyInAnyOrderElementsOf(LETTER_CRITICISES);
        List<String> commended = units(doc.get("commend"));
        assertThat(commended).isSubsetOf(LETTER_COMMENDS).doesNotContain("lak")
                .contains("buon-ma-thuot", "cu-m-gar", "krong-nang");
    }

    @Test
    void theDemoPrintsTheLettersListsAndWhyTheyDiffer() throws IOException {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        String letter = out.substring(out.indexOf("So với Công văn 2999/UBND-KGVX"));
        List<String> commended = units(scoreWithTheDemosRules().get("commend"));
        assertThat(letter).contains("chọn đúng các đơn vị thư phê bình").contains("Sở Nội vụ").contains("UBND huyện Lắk");
        assertThat(letter).contains("chọn " + commended.size() + " trong 10 đơn vị thư biểu dương");
        String others = letter.substring(letter.indexOf("thư còn biểu dương"));
        assertThat(others).contains("Văn phòng UBND tỉnh").contains("Phụ lục 1");
        assertThat(letter).doesNotContain("quy tắc chọn thêm");
        CliRun en = CliRun.of("demo", "--lang", "en");
        assertThat(en.out()).contains("selects exactly the units the letter criticises")
                .contains("the letter also commends");
    }
}
