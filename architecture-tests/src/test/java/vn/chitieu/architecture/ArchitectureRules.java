package vn.chitieu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The dependency rule of the hexagon, as rules over a root package, so that the same rules check
 * the product ({@code vn.chitieu}) and, in {@code RulesFailWhenBrokenTest}, a deliberately broken
 * fixture tree. Adapters live in {@code <root>.cli}, {@code <root>.http} and
 * {@code <root>.persistence}; the use cases in {@code <root>.application}; everything else under the
 * root is the domain model and its ports ({@code <root>.port.out}).
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    private static String[] adapters(String root) {
        return new String[] {root + ".cli..", root + ".http..", root + ".persistence.."};
    }

    /** The domain uses the JDK and itself, nothing else: no Guice, Jackson, Jdbi, MapStruct, picocli. */
    static ArchRule domainDependsOnTheJdkOnly(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(adapters(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + "..")
                .andShould().onlyDependOnClassesThat().resideOutsideOfPackages(adapters(root))
                .as("the domain depends on java.* and on itself only");
    }

    static ArchRule cliDoesNotDependOnHttp(String root) {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(root + ".http..")
                .as("the CLI adapter does not depend on the HTTP adapter");
    }

    static ArchRule httpDoesNotDependOnCli(String root) {
        return noClasses().that().resideInAPackage(root + ".http..")
                .should().dependOnClassesThat().resideInAPackage(root + ".cli..")
                .as("the HTTP adapter does not depend on the CLI adapter");
    }

    /**
     * The layers: the adapters (CLI, HTTP) call the application's use cases, which work on the domain
     * model through the ports; the storage implementations serve the ports. Nothing calls an adapter,
     * only the adapters call the application, and only the adapters' wiring knows the storage.
     */
    static ArchRule layers(String root) {
        DescribedPredicate<JavaClass> model = JavaClass.Predicates.resideInAPackage(root + "..")
                .and(JavaClass.Predicates.resideOutsideOfPackages(root + ".application..", root + ".cli..",
                        root + ".http..", root + ".persistence.."))
                .as("the domain model and ports");
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Adapters").definedBy(root + ".cli..", root + ".http..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Model").definedBy(model)
                .layer("Storage").definedBy(root + ".persistence..")
                .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Adapters")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Adapters", "Application", "Storage")
                .as("adapters -> application -> domain model and ports; storage implements the ports");
    }

    /** The domain model and the ports know no use case: the application depends on them, not back. */
    static ArchRule modelDoesNotDependOnTheApplication(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".application..", root + ".cli..", root + ".http..",
                        root + ".persistence..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..")
                .as("the domain model and the ports do not depend on the application layer");
    }

    /**
     * A storage implementation depends on the ports and the domain model only: what an import or a
     * change decides (checks, counts, sameness, audit text) is decided above it, never by a storage.
     */
    static ArchRule storageDependsOnPortsAndModelOnly(String root) {
        return noClasses().that().resideInAPackage(root + ".persistence..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".cli..", root + ".http..")
                .as("storage implementations depend on the ports and the domain model only, "
                        + "not on the application layer nor on the CLI or HTTP adapters");
    }

    /**
     * An adapter reaches a storage implementation ({@code persistence.jdbi}, {@code .embedded},
     * {@code .memory}) only in its composition root; everywhere else it has the ports. The
     * {@code persistence} package itself is the storage's face to the wiring: the settings, the Guice
     * module, the storage of a command and the refusals an adapter's error place maps
     * ({@code DatabaseRefusal}, {@code DatabaseUnavailableException}).
     */
    private static ArchRule storageImplementationsOnlyIn(String root, String adapter, String... compositionRoot) {
        String roots = Pattern.quote(root + "." + adapter + ".")
                + "(" + String.join("|", compositionRoot) + ")(\\$.*)?";
        return noClasses().that().resideInAPackage(root + "." + adapter + "..")
                .and().haveNameNotMatching(roots)
                .should().dependOnClassesThat().resideInAnyPackage(root + ".persistence.jdbi..",
                        root + ".persistence.embedded..", root + ".persistence.memory..")
                .as("the " + adapter + " adapter uses storage implementations only in its composition root "
                        + String.join(", ", compositionRoot));
    }

    static ArchRule cliUsesStorageImplementationsOnlyInItsCompositionRoot(String root) {
        return storageImplementationsOnlyIn(root, "cli", "CliModule", "Main", "GuiceFactory");
    }

    static ArchRule httpUsesStorageImplementationsOnlyInItsCompositionRoot(String root) {
        return storageImplementationsOnlyIn(root, "http", "HttpModule", "ServerMain", "ServerStorage");
    }

    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no package cycles between the features and adapters under " + root);
    }

    static ArchRule commandsAreNamedCommand(String root) {
        return classes().that().resideInAPackage(root + ".cli..")
                .and().areAnnotatedWith("picocli.CommandLine$Command")
                .should().haveSimpleNameEndingWith("Command")
                .as("picocli commands are named *Command");
    }

    static ArchRule rowsLiveInPersistence(String root) {
        return classes().that().haveSimpleNameEndingWith("Row").and().resideInAPackage(root + "..")
                .and().areAssignableTo(Record.class).and().areNotNestedClasses()
                .should().resideInAPackage(root + ".persistence..")
                .as("*Row records are database rows and live in persistence");
    }

    static ArchRule jsonDtosLiveInHttp(String root) {
        return classes().that().haveSimpleNameEndingWith("Json").and().resideInAPackage(root + "..")
                .should().resideInAPackage(root + ".http..")
                .as("*Json DTOs live in the HTTP adapter");
    }
}
