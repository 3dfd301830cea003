package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.persistence.jdbi.TestPostgres;
import vn.chitieu.port.out.Storage;

/**
 * Dossiers sent before any procedure is stored are refused, as a new user meets it: the message says how to
 * import the catalogue from the CLI and over HTTP (it named the CLI's command only, and in English under
 * {@code --lang vi}), exit 2, nothing stored.
 */
class DossiersBeforeProceduresTest {

    @TempDir
    Path dir;

    @Test
    void dossiersIntoAStoreWithoutProceduresAreRefusedSayingHowToImportThemInTheUsersLanguage() throws IOException {
        Storage storage = TestPostgres.freshStorage();
        String db = TestPostgres.database().jdbcUrl();
        Path units = write("units.csv", "code,name,kind,parent\ndak-lak,UBND tỉnh Đắk Lắk,PROVINCE,\n"
                + "krong-ana,UBND huyện Krông Ana,DISTRICT,dak-lak\n");
        assertThat(CliRun.of("import", "units", units.toString(), "--db-url", db).exitCode()).isZero();
        Path dossiers = write("dossiers.csv", "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,"
                + "digitized,eResult\nD1,P1,krong-ana,2,2022-06-01 08:00:00,2022-06-10,2022-06-05 10:00:00,10,1,0,1,1\n");

        CliRun vi = CliRun.of("import", "dossiers", dossiers.toString(), "--db-url", db, "--lang", "vi");
        CliRun en = CliRun.of("import", "dossiers", dossiers.toString(), "--db-url", db, "--lang", "en");

        assertThat(vi.exitCode()).isEqualTo(2);
        assertThat(vi.err()).contains("dossiers.csv", "chưa lưu TTHC nào", "chitieu import procedures TỆP",
                "POST /api/v1/procedures").doesNotContain("no procedures", "import the");
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("no procedures are stored", "chitieu import procedures FILE", "POST /api/v1/procedures");
        assertThat(storage.dossiers().size()).isZero();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
