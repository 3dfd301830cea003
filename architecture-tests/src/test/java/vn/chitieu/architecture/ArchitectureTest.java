package vn.chitieu.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's architecture: the hexagon's dependency rule, no cycles, names that carry the role. */
class ArchitectureTest {

    private static final String ROOT = "vn.chitieu";
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theDomainDependsOnTheJdkOnly() {
        ArchitectureRules.domainDependsOnTheJdkOnly(ROOT).check(product);
    }

    @Test
    void theCliDoesNotDependOnTheHttpAdapter() {
        ArchitectureRules.cliDoesNotDependOnHttp(ROOT).check(product);
    }

    @Test
    void theHttpAdapterDoesNotDependOnTheCli() {
        ArchitectureRules.httpDoesNotDependOnCli(ROOT).check(product);
    }

    @Test
    void adaptersCallTheApplicationWhichUsesTheModelAndPorts() {
        ArchitectureRules.layers(ROOT).check(product);
    }

    @Test
    void theModelAndThePortsDoNotDependOnTheApplication() {
        ArchitectureRules.modelDoesNotDependOnTheApplication(ROOT).check(product);
    }

    @Test
    void storageDependsOnThePortsAndTheModelOnly() {
        ArchitectureRules.storageDependsOnPortsAndModelOnly(ROOT).check(product);
    }

    @Test
    void adaptersUseStorageImplementationsOnlyInTheirCompositionRoots() {
        ArchitectureRules.cliUsesStorageImplementationsOnlyInItsCompositionRoot(ROOT).check(product);
        ArchitectureRules.httpUsesStorageImplementationsOnlyInItsCompositionRoot(ROOT).check(product);
    }

    @Test
    void thereAreNoPackageCycles() {
        ArchitectureRules.noCyclesBetweenFeatures(ROOT).check(product);
    }

    @Test
    void commandsAreNamedCommand() {
        ArchitectureRules.commandsAreNamedCommand(ROOT).check(product);
    }

    @Test
    void rowsLiveInPersistenceAndJsonDtosInHttp() {
        ArchitectureRules.rowsLiveInPersistence(ROOT).check(product);
        ArchitectureRules.jsonDtosLiveInHttp(ROOT).check(product);
    }
}
