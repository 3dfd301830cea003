package vn.chitieu.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Every rule of {@link ArchitectureRules} fails on a tree that breaks it: the rules are not vacuous. */
class RulesFailWhenBrokenTest {

    private static final String BROKEN = "vn.chitieu.architecture.broken";
    private static final JavaClasses BROKEN_TREE = new ClassFileImporter().importPackages(BROKEN);

    private static void assertBroken(ArchRule rule, String offender) {
        assertThat(rule.evaluate(BROKEN_TREE).hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(rule.evaluate(BROKEN_TREE).getFailureReport().toString()).contains(offender);
    }

    @Test
    void aDomainClassUsingGuiceOrAnAdapterBreaksTheDependencyRule() {
        assertBroken(ArchitectureRules.domainDependsOnTheJdkOnly(BROKEN), "com.google.inject.Inject");
        assertBroken(ArchitectureRules.domainDependsOnTheJdkOnly(BROKEN), "LeakyCli");
    }

    @Test
    void adaptersUsingEachOtherBreakTheirRules() {
        assertBroken(ArchitectureRules.cliDoesNotDependOnHttp(BROKEN), "LeakyHttp");
        assertBroken(ArchitectureRules.httpDoesNotDependOnCli(BROKEN), "LeakyCli");
        assertBroken(ArchitectureRules.storageDependsOnPortsAndModelOnly(BROKEN), "LeakyRepository");
    }

    @Test
    void aStorageUsingTheApplicationBreaksTheStorageRuleAndTheLayers() {
        assertBroken(ArchitectureRules.storageDependsOnPortsAndModelOnly(BROKEN), "StorageDecidingSameness");
        assertBroken(ArchitectureRules.layers(BROKEN), "StorageDecidingSameness");
    }

    @Test
    void aModelClassUsingAUseCaseBreaksTheModelRuleAndTheLayers() {
        assertBroken(ArchitectureRules.modelDoesNotDependOnTheApplication(BROKEN), "ModelCallingAUseCase");
        assertBroken(ArchitectureRules.layers(BROKEN), "ModelCallingAUseCase");
    }

    @Test
    void anAdapterCalledByAnotherLayerBreaksTheLayers() {
        assertBroken(ArchitectureRules.layers(BROKEN), "LeakyRepository");
    }

    @Test
    void anAdapterUsingAStorageImplementationOutsideItsCompositionRootIsFound() {
        assertBroken(ArchitectureRules.cliUsesStorageImplementationsOnlyInItsCompositionRoot(BROKEN), "CliOpeningJdbi");
        assertBroken(ArchitectureRules.httpUsesStorageImplementationsOnlyInItsCompositionRoot(BROKEN),
                "HttpOpeningTheEmbeddedDatabase");
    }

    @Test
    void theCompositionRootsMayUseTheStorageImplementations() {
        String cli = ArchitectureRules.cliUsesStorageImplementationsOnlyInItsCompositionRoot(BROKEN)
                .evaluate(BROKEN_TREE).getFailureReport().toString();
        String http = ArchitectureRules.httpUsesStorageImplementationsOnlyInItsCompositionRoot(BROKEN)
                .evaluate(BROKEN_TREE).getFailureReport().toString();
        assertThat(cli).doesNotContain("cli.CliModule").doesNotContain("cli.Main");
        assertThat(http).doesNotContain("http.ServerStorage");
    }

    @Test
    void aCycleBetweenPackagesIsFound() {
        assertBroken(ArchitectureRules.noCyclesBetweenFeatures(BROKEN), "Cycle");
    }

    @Test
    void namesThatDoNotCarryTheRoleAreFound() {
        assertBroken(ArchitectureRules.commandsAreNamedCommand(BROKEN), "Reporter");
        assertBroken(ArchitectureRules.rowsLiveInPersistence(BROKEN), "UnitRow");
        assertBroken(ArchitectureRules.jsonDtosLiveInHttp(BROKEN), "UnitJson");
    }

    @Test
    void aRuleThatMatchesNoClassFailsInsteadOfPassingSilently() {
        JavaClasses nothing = new ClassFileImporter().importPackages("vn.chitieu.architecture.nothing.here");
        assertThatThrownBy(() -> ArchitectureRules.cliDoesNotDependOnHttp("vn.chitieu.architecture.nothing.here").check(nothing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
