package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The CLI's composition root builds only what a command line needs: the command it names (picocli builds
 * every command it knows before parsing), no Guice injector for a command that needs only files and the
 * output, and still every command for --help and a mistyped name.
 */
class StartupWiringTest {

    @Test
    void aCommandLineNamingACommandBuildsThatCommandOnly() {
        assertThat(Main.commandsNamedBy("indicators", "--units", "u.csv")).containsExactly(IndicatorsCommand.class);
        assertThat(Main.commandsNamedBy("--lang", "en", "score", "--help")).containsExactly(ScoreCommand.class);
        assertThat(Main.commandsNamedBy("--lang=en", "decision", "list")).containsExactly(DecisionCommand.class);
        assertThat(Main.commandsNamedBy("--version")).isEmpty();
        assertThat(Main.commandsNamedBy("--help")).isEqualTo(ChitieuCommand.COMMANDS);
        assertThat(Main.commandsNamedBy("--version", "--help")).isEqualTo(ChitieuCommand.COMMANDS);
        assertThat(Main.commandsNamedBy()).isEqualTo(ChitieuCommand.COMMANDS);
        assertThat(Main.commandsNamedBy("indicatorz")).isEqualTo(ChitieuCommand.COMMANDS);
    }

    @Test
    void versionHelpAndAMistypedCommandBehaveAsWithEveryCommandBuilt() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("chitieu 0.1.0");

        CliRun help = CliRun.english("--help");
        assertThat(help.exitCode()).isZero();
        for (Class<?> c : ChitieuCommand.COMMANDS) {
            assertThat(help.out()).contains(c.getAnnotation(CommandLine.Command.class).name());
        }

        CliRun typo = CliRun.english("indicatorz");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("indicatorz").contains("indicators");

        CliRun none = CliRun.english();
        assertThat(none.exitCode()).isEqualTo(2);
    }

    @Test
    void onlyCommandsNeedingNothingButFilesAndTheOutputAreWiredWithoutGuice() throws Exception {
        List<Class<?>> askedOfGuice = new java.util.ArrayList<>();
        PlainWiring plain = new PlainWiring(type -> {
            askedOfGuice.add(type);
            return null;
        });
        Set<String> wired = new java.util.TreeSet<>();
        for (Class<?> c : ChitieuCommand.COMMANDS) {
            if (plain.create(c) != null) {
                wired.add(c.getSimpleName());
            }
        }
        // DecisionCommand only groups its subcommands (it takes nothing); each of those needs the storage
        // score takes its storage and its use case over stored data through providers, which ask Guice when called
        assertThat(wired).containsExactlyInAnyOrder("ResolveCommand", "AllocateCommand", "CascadeCommand",
                "ImportAppendixCommand", "IndicatorsCommand", "DecisionCommand", "ScoreCommand");
        assertThat(askedOfGuice).isEmpty();
        // what needs the storage, a use case or the demo's steps is Guice's
        List<Class<?>> guice = ChitieuCommand.COMMANDS.stream().filter(c -> !wired.contains(c.getSimpleName())).toList();
        assertThat(guice.stream().map(Class::getSimpleName).collect(Collectors.toSet())).contains("ImportCommand",
                "DemoCommand", "TrendCommand", "ExportCommand");
        assertThat(plain.create(DecisionCommand.ListCommand.class)).isNull();
    }
}
