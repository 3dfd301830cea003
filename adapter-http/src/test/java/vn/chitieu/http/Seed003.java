package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The server loaded as a province would load it, through the API: the units of Đắk Lắk 2018 and
 * the wards and communes of thị xã Buôn Hồ (the CLI's sample files, read where they live), seed
 * 003's on-time results of 2018-Q1 as printed (domain test-jar), and one issued decision of the
 * province giving every unit its 2018-Q1 target of seed 003.
 */
final class Seed003 {

    static final Path SAMPLES = Path.of("..", "adapter-cli", "src", "main", "resources", "samples");
    static final String INDICATOR = "ON_TIME_RATE";
    static final String PERIOD = "2018-Q1";
    static final String DECISION_NUMBER = "01/QĐ-UBND";
    static final String DECISION_TITLE = "Giao chỉ tiêu giải quyết hồ sơ đúng hạn quý I năm 2018";

    private Seed003() {
    }

    /** Loads everything; returns the id of the issued decision. */
    static String load(ApiClient api) {
        Api steps = new Api(api);
        steps.loadUnits(sample("units-daklak-2018.csv"));
        StringBuilder wards = new StringBuilder("code,name,kind,parent\n");
        children().forEach(c -> wards.append(c.getField("unit")).append(',').append(c.getField("name")).append(',')
                .append(c.getField("kind")).append(",buon-ho\n"));
        steps.loadUnits(wards.toString());

        ApiResponse results = api.send("POST", "/api/v1/results?period=" + PERIOD, TestServer.ADMIN_TOKEN, "text/csv",
                resource("/seed003/results-2018-Q1.txt"), Map.of());
        assertThat(results.status()).as(results.body()).isEqualTo(200);

        String id = steps.draft(TestServer.ADMIN_TOKEN, "daklak", 2018, DECISION_TITLE)
                .json().get("id").asText();
        long version = 0;
        for (NamedCsvRecord t : records(sample("targets-2018-Q1.csv"))) {
            ApiResponse r = steps.setTarget(TestServer.ADMIN_TOKEN, id, t.getField("unit"), t.getField("indicator"),
                    "\"v" + version + "\"", Map.of("target", new java.math.BigDecimal(t.getField("target")),
                            "period", t.getField("period"), "reason", "seed 003"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            version++;
        }
        ApiResponse issued = api.send("POST", "/api/v1/decisions/" + id + "/issue", TestServer.ADMIN_TOKEN,
                "application/json", ApiClient.json(Map.of("number", DECISION_NUMBER, "signer", "Chủ tịch UBND tỉnh",
                        "signedOn", "2018-01-15")), Map.of("If-Match", "\"v" + version + "\""));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    static List<NamedCsvRecord> children() {
        return records(sample("children-buon-ho-2022.csv"));
    }

    static String sample(String name) {
        try {
            return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = Seed003.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " from the domain's test-jar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<NamedCsvRecord> records(String csv) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(csv)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
