package vn.chitieu.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the CLI benchmarks share: a command run in a fresh JVM under {@code /usr/bin/time}, a folder deleted. */
final class Bench {

    private Bench() {
    }

    /** Wall seconds, peak resident memory (KB) and CPU seconds (user + system) of one run. */
    record Measured(double seconds, long peakKb, double cpuSeconds) {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classpath() {
        return System.getProperty("java.class.path");
    }

    /**
     * The command that starts the CLI in a fresh JVM with {@code jvmOptions}: {@code java -jar chitieu.jar}, as a
     * user runs it, when {@code -Dbench.jar} names the packaged jar (the bench profiles pass it: the verify phase
     * runs after package); otherwise the main class on this benchmark's class path (65 entries, DuckDB's 84 MB jar
     * among them: about 0.1 s more to start).
     */
    static List<String> cli(String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(jvmOptions));
        String jar = System.getProperty("bench.jar");
        if (jar != null && Files.isRegularFile(Path.of(jar))) {
            command.addAll(List.of("-jar", jar));
        } else {
            command.addAll(List.of("-cp", classpath(), "vn.chitieu.cli.Main"));
        }
        return command;
    }

    /** How {@link #cli} starts the CLI, for a benchmark's first line. */
    static String cliStarted() {
        String jar = System.getProperty("bench.jar");
        return jar != null && Files.isRegularFile(Path.of(jar)) ? "chitieu started as java -jar " + jar
                : "chitieu started from the class path (no -Dbench.jar)";
    }

    /** {@link #cli} followed by {@code args}. */
    static List<String> cli(List<String> jvmOptions, String... args) {
        List<String> command = cli(jvmOptions.toArray(String[]::new));
        command.addAll(List.of(args));
        return command;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Runs {@code command} under /usr/bin/time in {@code dir}: wall seconds, peak resident KB, CPU seconds. */
    static Measured measure(Path dir, List<String> command) throws IOException, InterruptedException {
        Path rss = dir.resolve("rss.txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
        timed.addAll(command);
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(timed).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + code + "): "
                    + Files.readString(dir.resolve("out.txt")));
        }
        List<String> lines = Files.readAllLines(rss);
        String[] m = lines.get(lines.size() - 1).trim().split(" ");
        return new Measured(seconds, Long.parseLong(m[0]), Double.parseDouble(m[1]) + Double.parseDouble(m[2]));
    }

    /** Deletes {@code dir} and what it holds, unless -Dbench.keep is set. */
    static void delete(Path dir) throws IOException {
        if (System.getProperty("bench.keep") != null) {
            System.out.println("kept " + dir);
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
