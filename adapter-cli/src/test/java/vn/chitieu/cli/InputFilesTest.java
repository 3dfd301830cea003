package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.demo.Samples;

/**
 * Input files that used to be stored damaged, or to crash the CLI with a stack trace, exit 2
 * naming the file, the line, the column and the limit or reason (issue 10: #6, #5, #12, #18, low).
 */
class InputFilesTest {

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        return Files.write(dir.resolve(name), Samples.bytes(name));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private CliRun score(Path results) throws IOException {
        return CliRun.english("score", "--units", sample("units-daklak-2018.csv").toString(), "--targets",
                sample("targets-2018-Q1.csv").toString(), "--results", results.toString());
    }

    /** {@code allocate} of the 2022 sample with {@code policy}, its arguments (add {@code --lang en} with CliRun.english). */
    private String[] allocate(Path policy) throws IOException {
        return new String[] {"allocate", "--units", sample("units-daklak-2022.csv").toString(), "--baseline",
            sample("baseline-daklak-2021.csv").toString(), "--policy", policy.toString(), "--year", "2022"};
    }

    private CliRun resolve(Path units, Path names) {
        return CliRun.english("resolve", "--units", units.toString(), "--names", names.toString());
    }

    private static void assertRefused(CliRun run, String... parts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(parts).doesNotContain("\tat ", "Exception", "lỗi nội bộ", "internal error");
    }

    @Test
    void aResultRowWithAFieldMoreThanTheHeaderIsRefusedNotCut() throws IOException {
        Path results = write("results.csv", "unit,indicator,period,numerator,denominator\n"
                + "ban-dan-toc,ON_TIME_RATE,2018-Q1,1.234,5,10\n");

        assertRefused(score(results), results + ":2: column '#6', value '10': a field past the last column of the header");
    }

    @Test
    void aResultRowWithAFieldLessIsRefusedForTheMissingCount() throws IOException {
        Path results = write("results.csv", "unit,indicator,period,numerator,denominator\n"
                + "ban-dan-toc,ON_TIME_RATE,2018-Q1,5\n");

        assertRefused(score(results), results + ":2: column 'denominator'", "a count is required");
    }

    @Test
    void aHeaderNamingNumeratorTwiceIsRefusedNamingBothColumns() throws IOException {
        Path results = write("results.csv", "\uFEFFunit,indicator,period,numerator,denominator, NUMERATOR\n"
                + "ban-dan-toc,ON_TIME_RATE,2018-Q1,3,3,2\n");

        assertRefused(score(results), results + ":1: column 'NUMERATOR'", "'numerator' (column 4)",
                "'NUMERATOR' (column 6)");
    }

    @Test
    void aMisspeltStatedRateColumnExitsTwoInsteadOfScoringWithoutIt() throws IOException {
        Path results = write("results.csv", new String(Samples.bytes("results-2018-Q1.csv"), StandardCharsets.UTF_8)
                .replaceFirst("onTimeRate", "onTimRate"));

        assertRefused(score(results), results + ":1: column 'onTimRate'", "did you mean 'onTimeRate'?");
    }

    @Test
    void aNulByteInAUnitNameIsRefusedWithItsLineAndColumn() throws IOException {
        Path units = write("units.csv", "code,name,kind,parent\ndaklak,UBND tỉnh Đắk Lắk,PROVINCE,\n"
                + "so-y-te,Sở Y\u0000 tế,DEPARTMENT,daklak\n");

        assertRefused(resolve(units, write("names.txt", "Sở Y tế\n")),
                units + ":3: column 'name', value 'Sở Y\\u0000 tế': contains the control character U+0000");
    }

    @Test
    void aCellOfTwentyThousandCharactersIsRefusedWithTheLimit() throws IOException {
        Path units = write("units.csv", "code,name,kind,parent\ndaklak," + "Đ".repeat(20_000) + ",PROVINCE,\n");

        assertRefused(resolve(units, write("names.txt", "Sở Y tế\n")),
                units + ":2: column 'name'", "too long: 20000 characters; a cell holds at most 10000");
    }

    @Test
    void aDeviceIsNotReadAsAUnitsFile() {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> resolve(Path.of("/dev/zero"), write("names.txt", "Sở Y tế\n")));

        assertRefused(run, "/dev/zero: not a regular file");
    }

    @Test
    void aNamesFileWithoutNamesIsRefused() throws IOException {
        Path names = write("names.txt", "# only a comment\n\n");

        assertRefused(resolve(sample("units-daklak-2018.csv"), names), names + ": no names");
    }

    @Test
    void aNulInAPlainNamesFileIsRefusedWithItsLine() throws IOException {
        Path names = write("names.txt", "# names\nSở Y tế\nBan Dân\u0001 tộc\n");

        assertRefused(resolve(sample("units-daklak-2018.csv"), names), names + ":3: column 'name'", "U+0001");
    }

    @Test
    void aPlainNameWithARepeatedPartIsStillAName() throws IOException {
        Path names = write("names.txt", "Ban Dân tộc, Ban Dân tộc\nSở Y tế\n");

        CliRun run = resolve(sample("units-daklak-2018.csv"), names);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ban Dân tộc, Ban Dân tộc");
    }

    @Test
    void aKeyGivenTwiceInAPolicyIsRefusedNamingTheKeyAndItsLine() throws IOException {
        Path policy = write("policy.yaml", "indicator: ONLINE_RATE\ngrowth: 1\ncap: 99\ngrowth: 5\n");

        CliRun run = CliRun.english(allocate(policy));

        assertRefused(run, policy + ":4: column 'growth'", "duplicate key 'growth'");
    }

    @Test
    void aPolicyThatIsNotKeysAndValuesIsRefusedInTheUsersLanguageWithoutClassNames() throws IOException {
        // found by hand: a CSV given as --policy printed Jackson's "Cannot construct instance of `vn.chitieu.cli.io…`"
        Path policy = write("policy.yaml", "code,name,kind,parent\nx,X,HAMLET,\n");
        String[] args = allocate(policy);

        CliRun en = CliRun.english(args);
        CliRun vi = CliRun.of(args);

        assertRefused(en, policy + ":1:", "the file must hold keys and values");
        assertRefused(vi, policy + ":1:", "tệp phải gồm các khóa và giá trị");
        assertThat(en.err() + vi.err()).doesNotContain("vn.chitieu", "Cannot construct", "Creator");
    }

    @Test
    void aYamlSyntaxErrorReadsInVietnameseWithItsLineAndNoParserEnglish() throws IOException {
        Path policy = write("policy.yaml", "indicator: ONLINE_RATE\ngrowth: 'unclosed\ncap: 99\n");
        String[] args = allocate(policy);

        CliRun en = CliRun.english(args);
        CliRun vi = CliRun.of(args);

        assertRefused(en, policy + ":", "not valid YAML");
        assertRefused(vi, policy + ":", "không phải YAML hợp lệ");
        assertThat(vi.err()).doesNotContainPattern("(?i)\\b(expected|while|found|parsing|flow|sequence)\\b");
    }

    @Test
    void aListWhereANumberIsExpectedSaysSoWithoutJavaTypeNames() throws IOException {
        Path policy = write("policy.yaml", "indicator: ONLINE_RATE\ngrowth: [1, 2]\ncap: 99\n");
        String[] args = allocate(policy);

        CliRun en = CliRun.english(args);
        CliRun vi = CliRun.of(args);

        assertRefused(en, policy + ":2: column 'growth'", "expected one number here");
        assertRefused(vi, policy + ":2: cột 'growth'", "ở đây cần một số");
        assertThat(en.err() + vi.err()).doesNotContain("java.", "JsonToken", "Cannot deserialize");
    }

    @Test
    void aDatabaseThatRefusesTheConnectionIsSaidInVietnameseDriverWordsIncluded() {
        // found by hand: the PostgreSQL driver's English sentence stood inside the Vietnamese reason
        String[] args = {"score", "--db-url", "jdbc:postgresql://127.0.0.1:1/x?user=a&password=b", "--indicator",
            "ON_TIME_RATE", "--period", "2018-Q1", "--target", "90"};

        CliRun vi = CliRun.of(args);
        CliRun en = CliRun.english(args);

        assertThat(vi.exitCode()).as(vi.err()).isEqualTo(1);
        assertThat(vi.err()).contains("127.0.0.1:1", "từ chối kết nối").doesNotContain("refused", "Check", "password=b");
        assertThat(en.err()).contains("Connection to 127.0.0.1:1 refused");
    }

    @Test
    void aKeyGivenTwiceInAProfileIsRefused() throws IOException {
        Path profile = write("profile.yaml", new String(Samples.bytes("profile-766.yaml"), StandardCharsets.UTF_8)
                + "name: twice\n");

        CliRun run = CliRun.english("score", "--units", sample("units-daklak-2018.csv").toString(), "--targets",
                sample("targets-2018-Q1.csv").toString(), "--results", sample("results-2018-Q1.csv").toString(),
                "--profile", profile.toString());

        assertRefused(run, profile.toString(), "duplicate key 'name'");
    }

    @Test
    void headerOnlyTargetsResultsAndBaselinesAreRefused() throws IOException {
        Path targets = write("targets.csv", "unit,indicator,period,target\n");
        Path results = write("results.csv", "unit,indicator,period,numerator,denominator\n");
        Path baseline = write("baseline.csv", "unit,indicator,period,rate\n");
        Path units = sample("units-daklak-2018.csv");

        assertRefused(CliRun.english("score", "--units", units.toString(), "--targets", targets.toString(), "--results",
                sample("results-2018-Q1.csv").toString()), targets + ": no rows");
        assertRefused(score(results), results + ": no rows");
        assertRefused(CliRun.english("allocate", "--units", sample("units-daklak-2022.csv").toString(), "--baseline",
                baseline.toString(), "--policy", sample("policy-daklak-2022.yaml").toString(), "--year", "2022"),
                baseline + ": no rows");
    }

    @Test
    void twoMillionBadLinesGiveTheFirstHundredErrorsAndACount() throws IOException {
        Path results = dir.resolve("results.csv");
        try (OutputStream out = Files.newOutputStream(results)) {
            out.write("unit,indicator,period,numerator,denominator\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "x\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 2_000_000; i++) {
                out.write(line);
            }
        }

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of("score", "--units",
                sample("units-daklak-2018.csv").toString(), "--targets", sample("targets-2018-Q1.csv").toString(),
                "--results", results.toString()));

        assertRefused(run, results + ":2: ", "lỗi nữa", "lỗi; không có gì được ghi.");
        assertThat(run.err().lines().count()).isLessThan(110);
        assertThat(run.err()).hasSizeLessThan(100_000);
    }

    @Test
    void aWorkbookWhoseSharedStringsUnpackToMoreThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        // 1.5 GB in the issue; 70 MB of one letter is enough to pass the limit, and packs to some 70 KB
        Path xlsx = dir.resolve("units.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst><si><t>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 70; i++) {
                zip.write(chunk);
            }
            zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(xlsx)).isLessThan(1_000_000);

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> resolve(xlsx, write("names.txt", "Sở Y tế\n")));

        assertRefused(run, xlsx + ": the workbook's xl/sharedStrings.xml unpacks to more than 64 MiB");
    }

    @Test
    void aWorkbookCellOverTheLimitIsRefusedWithItsRow() throws IOException {
        Path xlsx = dir.resolve("units.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] header = {"code", "name", "kind", "parent"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "daklak");
            ws.value(1, 1, "x".repeat(20_000));
            ws.value(1, 2, "PROVINCE");
            wb.finish();
        }

        assertRefused(resolve(xlsx, write("names.txt", "Sở Y tế\n")), xlsx + ":2: column 'name'", "at most 10000");
    }

    @Test
    void aUnitsWorkbookOverTheRowLimitStopsAtTheLimit() throws IOException {
        Path xlsx = dir.resolve("units.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "code");
            ws.value(0, 1, "name");
            ws.value(0, 2, "kind");
            ws.value(0, 3, "parent");
            for (int r = 1; r <= 100_001; r++) {
                ws.value(r, 0, "u" + r);
                ws.value(r, 1, "Xã " + r);
                ws.value(r, 2, "COMMUNE");
            }
            wb.finish();
        }

        assertRefused(resolve(xlsx, write("names.txt", "Sở Y tế\n")),
                xlsx + ":100002: too many rows: a file holds at most 100,000 data rows");
    }

    @Test
    void anOutOfMemoryErrorIsOneLineWithoutAStackTrace() {
        StringWriter err = new StringWriter();
        int code = ErrorHandler.outOfMemory(new PrintWriter(err, true), "resolve", "--lang", "en");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "error: out of memory; the input is too large: split it, or run java with a larger -Xmx");
        assertThat(ErrorHandler.outOfMemory(new IllegalStateException(new OutOfMemoryError("Java heap space")))).isTrue();
    }
}
