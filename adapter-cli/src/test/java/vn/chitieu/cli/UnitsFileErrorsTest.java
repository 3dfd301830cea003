package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad units files exit 2 with file, line and reason on stderr, and --out is not created. */
class UnitsFileErrorsTest {

    @TempDir
    Path dir;

    private CliRun resolveWith(Path units) throws IOException {
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "Sở Y tế\n");
        // the reasons' content, in their English form (LanguageEverywhereTest reads them in Vietnamese)
        return CliRun.of("resolve", "--units", units.toString(), "--names", names.toString(),
                "--out", dir.resolve("out.json").toString(), "--lang", "en");
    }

    private Path units(String content) throws IOException {
        Path p = dir.resolve("units.csv");
        Files.writeString(p, content);
        return p;
    }

    private void assertRefused(CliRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(fragments);
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void aDuplicateCodeNamesBothLines() throws IOException {
        Path units = units("""
                code,name,kind,parent
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,
                so-y-te,Sở Y tế,DEPARTMENT,daklak
                so-y-te,Sở Y tế (2),DEPARTMENT,daklak
                """);
        assertRefused(resolveWith(units), units + ":4: column 'code'", "duplicate code 'so-y-te'");
    }

    @Test
    void aNameOrAliasesPastTheirBoundAreRefusedWithTheirLengths() throws IOException {
        Path units = units("code,name,kind,parent,aliases\n"
                + "daklak,UBND tỉnh Đắk Lắk,PROVINCE,,\n"
                + "so-y-te,Sở " + "Y".repeat(600) + ",DEPARTMENT,daklak,\n"
                + "so-tai-chinh,Sở Tài chính,DEPARTMENT,daklak," + "STC|".repeat(600) + "\n");
        assertRefused(resolveWith(units), units + ":3: column 'name'", "a unit name has at most 500 characters (603 given)",
                units + ":4: column 'aliases'", "a unit's aliases have at most 2000 characters (2400 given)");
    }

    @Test
    void anUnknownKindListsTheKnownOnes() throws IOException {
        Path units = units("""
                code,name,kind,parent
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,
                so-y-te,Sở Y tế,MINISTRY,daklak
                """);
        assertRefused(resolveWith(units), units + ":3: column 'kind', value 'MINISTRY'", "unknown kind", "DEPARTMENT");
    }

    @Test
    void anUnknownParentIsNamed() throws IOException {
        Path units = units("""
                code,name,kind,parent
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,
                so-y-te,Sở Y tế,DEPARTMENT,dak-lak
                """);
        assertRefused(resolveWith(units), units + ":3: column 'parent', value 'dak-lak'", "unknown parent 'dak-lak'");
    }

    @Test
    void aCycleIsNamedWithItsPath() throws IOException {
        Path units = units("""
                code,name,kind,parent
                a,UBND huyện A,DISTRICT,b
                b,UBND huyện B,DISTRICT,a
                """);
        assertRefused(resolveWith(units), units + ":2:", "cycle in parents: a → b → a");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertRefused(resolveWith(units("")), units("") + ": the file is empty");
    }

    @Test
    void aHeaderWithoutRowsIsRefused() throws IOException {
        Path units = units("code,name,kind,parent\n");
        assertRefused(resolveWith(units), "no units");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path units = units("""
                code,name,parent
                daklak,UBND tỉnh Đắk Lắk,
                """);
        assertRefused(resolveWith(units), units + ":1: missing column kind");
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path units = dir.resolve("units.csv");
        byte[] latin1 = "code,name,kind,parent\ndaklak,UBND tỉnh Đắk Lắk,PROVINCE,\nso-y-te,Sở Y tế,DEPARTMENT,daklak\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8Head = "code,name,kind,parent\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8Head.length + 3];
        System.arraycopy(utf8Head, 0, bytes, 0, utf8Head.length);
        bytes[utf8Head.length] = (byte) 'a';
        bytes[utf8Head.length + 1] = (byte) 0xE1;
        bytes[utf8Head.length + 2] = (byte) ',';
        Files.write(units, bytes);
        assertThat(latin1).isNotEmpty();
        assertRefused(resolveWith(units), units + ":2:", "not valid UTF-8");
    }

    @Test
    void everyProblemOfTheFileIsListedAtOnce() throws IOException {
        Path units = units("""
                code,name,kind,parent
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,
                so y te,Sở Y tế,DEPARTMENT,daklak
                so-tu-phap,,DEPARTMENT,daklak
                so-xay-dung,Sở Xây dựng,THON,daklak
                """);
        CliRun run = resolveWith(units);
        assertRefused(run, ":3: column 'code'", ":4: column 'name'", ":5: column 'kind'");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.of("resolve", "--units", dir.resolve("nope.csv").toString(), "--names",
                dir.resolve("names.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.csv", "không có tệp này");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("resolve", "--unitz", "x");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
