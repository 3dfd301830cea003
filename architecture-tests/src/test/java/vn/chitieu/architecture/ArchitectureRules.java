package vn.chitieu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of the hexagon, as rules over a root package, so that the same rules check
 * the product ({@code vn.chitieu}) and, in {@code RulesFailWhenBrokenTest}, a deliberately broken
 * fixture tree. Adapters live in {@code <root>.cli}, {@code <root>.http} and
 * {@code <root>.persistence}; everything else under the root is the domain.
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

    static ArchRule persistenceDoesNotDependOnAdapters(String root) {
        return noClasses().that().resideInAPackage(root + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".cli..", root + ".http..")
                .as("persistence does not depend on the CLI or HTTP adapters");
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
