package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 #7 in the CLI: a number with a huge exponent or far too many digits, in a spreadsheet
 * cell, a CSV cell, the policy or an option, exits 2 at once naming the file, line, column and
 * value; it used to burn CPU for tens of seconds in the cascade.
 */
class HugeNumbersTest {

    /** Stands for the number in the workbook until the sheet's XML is rewritten to hold the real one. */
    private static final String PLACEHOLDER = "0.123456789";

    @TempDir
    Path dir;

    private CliRun cascade(String target, Path children, Path policy) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.english("cascade", "--parent", "buon-ho",
                "--target", target, "--children", children.toString(), "--policy", policy.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1E-10000000", "1E-999999999", "1E+999999999", "1E+2147483647"})
    void aSpreadsheetCellWithAHugeExponentExits2NamingFileLineColumnAndValue(String number) throws IOException {
        Path children = xlsxChildren(number);

        CliRun run = cascade("60", children, CascadeCommandTest.POLICY);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(children + ":3: column 'readiness', value '" + number + "'")
                .containsAnyOf("too many decimals", "too large").doesNotContain("Exception");
    }

    @Test
    void aCsvCellWithAHundredThousandDigitsExits2() throws IOException {
        Path children = write("children.csv", "unit,kind,weight,baseline,readiness\np1,WARD,100,50,1\n"
                + "x1,COMMUNE,10,20,\"0," + "0".repeat(100_000) + "1\"\n");

        CliRun run = cascade("60", children, CascadeCommandTest.POLICY);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(children + ":3: column 'readiness'").contains("too long: 100003 characters");
    }

    @Test
    void aCsvCellWithMoreThanTwentyDecimalsExits2() throws IOException {
        Path children = write("children.csv", "unit,kind,weight,baseline,readiness\n"
                + "x1,COMMUNE,10,20,\"0,0000000000000000000001\"\n");

        CliRun run = cascade("60", children, CascadeCommandTest.POLICY);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(children + ":2: column 'readiness', value '0,0000000000000000000001'")
                .contains("at most 20 digits after the decimal point");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"growth: 1e-999999999", "granularity: 1.0e-10000000", "cap: 1e999999999",
        "uniform: 1E+2147483647", "floors: {WARD: 1.0e-100000}"})
    void aPolicyValueWithAHugeExponentExits2NamingTheKeyAndItsLine(String setting) throws IOException {
        Path policy = write("policy.yaml", "indicator: ONLINE_RATE\nrounding: CEIL\n" + setting + "\n");
        Path children = write("children.csv", "unit,kind,weight,baseline\nx1,COMMUNE,10,20\n");
        String key = setting.startsWith("floors") ? "floors.WARD" : setting.substring(0, setting.indexOf(':'));

        CliRun run = cascade("60", children, policy);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(policy + ":3: column '" + key + "'")
                .containsAnyOf("too many decimals", "too large").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e-999999999", "0,0000000000000000000001"})
    void aTargetOptionOutOfBoundsExits2(String target) throws IOException {
        Path children = write("children.csv", "unit,kind,weight,baseline\nx1,COMMUNE,10,20\n");

        CliRun run = cascade(target, children, CascadeCommandTest.POLICY);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(target);
    }

    /** children.xlsx whose second child's readiness cell holds {@code number} as a number cell. */
    private Path xlsxChildren(String number) throws IOException {
        Path written = dir.resolve("written.xlsx");
        try (OutputStream out = Files.newOutputStream(written)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] header = {"unit", "kind", "weight", "baseline", "readiness"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "p1");
            ws.value(1, 1, "WARD");
            ws.value(1, 2, 100);
            ws.value(1, 3, 50);
            ws.value(1, 4, 1);
            ws.value(2, 0, "x1");
            ws.value(2, 1, "COMMUNE");
            ws.value(2, 2, 10);
            ws.value(2, 3, 20);
            ws.value(2, 4, new BigDecimal(PLACEHOLDER));
            wb.finish();
        }
        Path xlsx = dir.resolve("children.xlsx");
        try (ZipFile in = new ZipFile(written.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream entry = in.getInputStream(e)) {
                    bytes = entry.readAllBytes();
                }
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(xml).contains(PLACEHOLDER);
                    bytes = xml.replace(PLACEHOLDER, number).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return xlsx;
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
