package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A database that cannot be reached or cannot write is one line on stderr (exit 1), never a stack
 * trace: an unreachable {@code --db-url} (its password hidden), a full disk under an import.
 */
class StorageFailuresTest {

    @TempDir
    Path dir;

    @Test
    void anUnreachableDbUrlIsOneLineWithItsPasswordHiddenAndExit1() throws Exception {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "code,name,kind,parent\ndak-lak,Tỉnh Đắk Lắk,PROVINCE,\n", StandardCharsets.UTF_8);

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("import", "units", units.toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/chitieu?user=lan&password=s3cret-value"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("lỗi: không kết nối được cơ sở dữ liệu tại jdbc:postgresql://127.0.0.1:1/chitieu")
                .contains("password=***").doesNotContain("s3cret-value").doesNotContain("\tat ")
                .doesNotContain("internal error").doesNotContain("lỗi nội bộ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aFullDiskUnderAnImportIsOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Nothing());
        cmd.setErr(new PrintWriter(err, true));
        SQLException full = new SQLException("ERROR: could not extend file \"base/5/16390\": No space left on device\n"
                + "  Hint: Check free disk space.", "53100");

        int code = new ErrorHandler().handleExecutionException(
                new UnableToExecuteStatementException(full, null), cmd, cmd.parseArgs());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("lỗi: cơ sở dữ liệu không ghi được (ổ đĩa đầy?): "
                + "ERROR: could not extend file \"base/5/16390\": No space left on device");
    }

    @Command(name = "nothing")
    static final class Nothing implements Runnable {
        @Override
        public void run() {
        }
    }
}
