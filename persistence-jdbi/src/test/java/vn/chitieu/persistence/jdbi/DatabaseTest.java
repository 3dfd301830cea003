package vn.chitieu.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.persistence.DatabaseUnavailableException;
import vn.chitieu.persistence.contract.Seeds;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.persistence.embedded.PendingMigrationsException;
import vn.chitieu.port.out.ImportOptions;

/** The embedded default keeps its data across restarts; a database at a URL is not migrated unless asked. */
class DatabaseTest {

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dir) {
        try (Database first = Database.embedded(dir.resolve("chitieu-data"))) {
            new ImportService(first.storage(), IndicatorCatalogue.builtIn()).importUnits(Seeds.dakLakUnits(), ImportOptions.by(Actor.of("Lan")));
        }

        try (Database again = Database.embedded(dir.resolve("chitieu-data"))) {
            assertThat(again.storage().units().tree().size()).isEqualTo(34);
            assertThat(again.appliedMigrations()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        }
    }

    @Test
    void aStartOnASchemaMigratedWithTheSameScriptsDoesNotRunFlywayAndOtherScriptsDo(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("chitieu-data");
        try (Database first = Database.embedded(data)) {
            assertThat(first.appliedMigrations()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        }
        Path stamp = data.resolve("chitieu-schema");
        assertThat(Files.readString(stamp)).contains("V1__schema.sql").contains("V4__audit_token_actions.sql")
                .contains("V5__period_locks.sql");

        // the stamp says the scripts are those of this build: Flyway is not even started
        // (it would refuse a schema without its history table)
        try (Database second = Database.embedded(data)) {
            second.storage().jdbi().useHandle(h -> h.execute("DROP TABLE flyway_schema_history"));
        }
        try (Database third = Database.embedded(data)) {
            assertThat(third.appliedMigrations()).isEmpty();
            assertThat(third.storage().units().tree().size()).isZero();
        }

        // scripts that differ from the stamp: Flyway runs (here, and refuses the schema without history)
        Files.writeString(stamp, "V1__schema.sql 1 0\n");
        assertThatThrownBy(() -> Database.embedded(data).close()).hasMessageContaining("schema history");
    }

    @Test
    void anUnreachableDatabaseAtAUrlIsRefusedAtOnceWithItsPasswordHidden() {
        assertThatThrownBy(() -> Database.external("jdbc:postgresql://127.0.0.1:1/x?user=u&password=s3cret", null, null, false))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot connect to the database at jdbc:postgresql://127.0.0.1:1/x?user=u&password=***")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aDatabaseAtAUrlWithPendingMigrationsIsRefusedUnlessToldToMigrate() throws Exception {
        String name = "pending_" + System.nanoTime();
        var server = TestPostgres.database().storage().jdbi();
        server.useHandle(h -> h.execute("CREATE DATABASE " + name));
        // the embedded server's URL carries its password (the server refuses connections without it)
        String url = TestPostgres.database().jdbcUrl().replaceFirst("/postgres\\?", "/" + name + "?");
        try {
            assertThatThrownBy(() -> Database.external(url, null, null, false))
                    .isInstanceOf(PendingMigrationsException.class)
                    .hasMessageContaining("--migrate");

            try (Database migrated = Database.external(url, null, null, true)) {
                assertThat(migrated.appliedMigrations()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
            }
            try (Database upToDate = Database.external(url, null, null, false)) {
                assertThat(upToDate.storage().units().tree().size()).isZero();
            }
        } finally {
            server.useHandle(h -> h.execute("DROP DATABASE " + name + " WITH (FORCE)"));
        }
    }
}
