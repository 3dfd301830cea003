package vn.chitieu.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.persistence.contract.Seeds;
import vn.chitieu.port.out.ImportOptions;

/**
 * One process at a time runs the embedded server on a data directory: a second one is refused
 * with the first one's pid, and is never allowed to stop the first one's server; once the first
 * ends, however it ends, the directory opens again.
 */
class DataDirectoryLockTest {

    @Test
    void aDirectoryInUseInThisProcessIsRefusedAndTheFirstServerKeepsRunning(@TempDir Path dir) {
        Path data = dir.resolve("chitieu-data");
        try (Database first = Database.embedded(data)) {
            assertThatThrownBy(() -> Database.embedded(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(data.toAbsolutePath().toString())
                    .hasMessageContaining("in use");
            new ImportService(first.storage(), IndicatorCatalogue.builtIn()).importUnits(Seeds.dakLakUnits(), ImportOptions.by(Actor.of("Lan")));
            assertThat(first.storage().units().tree().size()).isEqualTo(34);
        }
        try (Database again = Database.embedded(data)) {
            assertThat(again.storage().units().tree().size()).isEqualTo(34);
        }
    }

    @Test
    void aDirectoryHeldByAnotherLiveProcessIsRefusedWithItsPidAndFreedWhenThatProcessIsKilled(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("chitieu-data").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), data.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> Database.embedded(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("pid " + holder.pid())
                    .hasMessageContaining("--data-dir");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Database db = Database.embedded(data)) {
            assertThat(db.appliedMigrations()).isNotEmpty();
        }
    }

    @Test
    void aSymbolicLinkToADirectoryInUseIsRefusedLikeTheDirectory(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("chitieu-data");
        Path link = Files.createSymbolicLink(dir.resolve("link-to-data"), data.toAbsolutePath());
        try (Database first = Database.embedded(data)) {
            assertThatThrownBy(() -> Database.embedded(link))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use");
            new ImportService(first.storage(), IndicatorCatalogue.builtIn()).importUnits(Seeds.dakLakUnits(), ImportOptions.by(Actor.of("Lan")));
            assertThat(first.storage().units().tree().size()).isEqualTo(34);
        }
        try (Database throughTheLink = Database.embedded(link)) {
            assertThat(throughTheLink.storage().units().tree().size()).isEqualTo(34);
        }
    }

    @Test
    void aSymbolicLinkToADirectoryHeldByAnotherProcessIsRefusedWithItsPid(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("chitieu-data")).toAbsolutePath();
        Path link = Files.createSymbolicLink(dir.resolve("link-to-data"), data);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), link.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> Database.embedded(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("pid " + holder.pid());
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Holds the lock of the directory in {@code args[0]} until killed. */
    public static final class LockHolder {

        private LockHolder() {
        }

        public static void main(String[] args) throws Exception {
            DirectoryLock lock = DirectoryLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            lock.close();
        }
    }
}
