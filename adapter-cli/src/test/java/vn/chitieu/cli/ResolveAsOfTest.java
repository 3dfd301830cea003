package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolve --as-of}: a document's names are matched among the units valid on its date (domain.md §10). */
class ResolveAsOfTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // units-khanhhoa-2024-2026.csv: cu-xa-ninh-hung and cu-xa-ninh-loc end 2025-06-30; xa-ninh-hung (same name
    // as the old commune) starts 2025-07-01; Ninh Lộc has no successor of its name
    private static final Path UNITS = LineageCommandTest.UNITS;

    @TempDir
    Path dir;

    private JsonNode resolve(String... more) throws IOException {
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "UBND xã Ninh Hưng\nUBND xã Ninh Lộc\n");
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"resolve", "--units", UNITS.toString(), "--names", names.toString(), "--format=json"},
                0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get("rows");
    }

    @Test
    void aNameIsMatchedAmongTheUnitsOfTheDocumentsDate() throws IOException {
        assertThat(Files.readString(UNITS)).contains("cu-xa-ninh-hung,UBND xã Ninh Hưng,COMMUNE,cu-thi-xa-ninh-hoa,,,2025-06-30",
                "xa-ninh-hung,UBND xã Ninh Hưng,COMMUNE,khanh-hoa,,2025-07-01,",
                "cu-xa-ninh-loc,UBND xã Ninh Lộc,COMMUNE,cu-thi-xa-ninh-hoa,,,2025-06-30");

        JsonNode always = resolve();
        assertThat(always.get(0).get("status").asText()).isEqualTo("AMBIGUOUS");
        assertThat(always.get(0).get("candidates").toString()).contains("cu-xa-ninh-hung", "xa-ninh-hung");

        JsonNode before = resolve("--as-of", "2024-12-31");
        assertThat(before.get(0).get("unit").asText()).isEqualTo("cu-xa-ninh-hung");
        assertThat(before.get(1).get("unit").asText()).isEqualTo("cu-xa-ninh-loc");

        JsonNode after = resolve("--as-of", "2026-01-01");
        assertThat(after.get(0).get("unit").asText()).isEqualTo("xa-ninh-hung");
        assertThat(after.get(1).get("status").asText()).isEqualTo("UNKNOWN");
    }
}
