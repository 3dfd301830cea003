package vn.chitieu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.persistence.contract.Seeds;
import vn.chitieu.persistence.jdbi.TestPostgres;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.Units;

/** The Guice module gives an adapter the same ports over one store, in memory or in PostgreSQL. */
class PersistenceModuleTest {

    @Test
    void inMemoryPortsShareOneStore() {
        Injector injector = Guice.createInjector(PersistenceModule.inMemory());

        new ImportService(injector.getInstance(Storage.class), IndicatorCatalogue.builtIn()).importUnits(Seeds.dakLakUnits(), ImportOptions.by(Actor.of("Lan")));

        assertThat(injector.getInstance(Units.class).tree().size()).isEqualTo(34);
        assertThat(injector.getInstance(AuditLog.class).all()).hasSize(34);
    }

    @Test
    void postgresPortsUseTheDatabaseAtTheUrl() {
        TestPostgres.freshStorage();
        Injector injector = Guice.createInjector(
                PersistenceModule.postgres(StorageSettings.url(TestPostgres.database().jdbcUrl(), false)));

        new ImportService(injector.getInstance(Storage.class), IndicatorCatalogue.builtIn()).importUnits(Seeds.dakLakUnits(), ImportOptions.by(Actor.of("Lan")));

        assertThat(TestPostgres.database().storage().units().tree().size()).isEqualTo(34);
        assertThat(injector.getInstance(AuditLog.class).all()).hasSize(34);
    }
}
