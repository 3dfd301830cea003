package vn.chitieu.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Scorer;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * Benchmark, not a test: writes a long-form results file of 1,000,000 (unit, indicator, period)
 * rows (5,000 communes × 5 indicators × 40 months) into a temporary directory, then reads it as
 * the CLI does (TableFiles → ResultsTableReader, names resolved) and scores it against a target
 * per row, printing the time and rows/s of each phase. Run with
 * {@code mvn -B -q -Pbench -DskipTests -pl adapter-cli -am verify}.
 */
public final class ScoreBench {

    private static final String[] INDICATORS = {"ONLINE_RATE", "DIGITIZATION_RATE", "ON_TIME_RATE",
        "ONLINE_PAYMENT_DOSSIERS", "FULL_ONLINE_RATE"};

    private ScoreBench() {
    }

    public static void main(String[] args) throws IOException {
        int communes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int months = 40;
        Path dir = Files.createTempDirectory("chitieu-bench");
        try {
            run(dir, communes, months);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void run(Path dir, int communes, int months) throws IOException {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(UnitCode.of("tinh"), "UBND tỉnh", UnitKind.PROVINCE, null));
        for (int d = 0; d < 50; d++) {
            units.add(new Unit(UnitCode.of("huyen-" + d), "UBND huyện " + d, UnitKind.DISTRICT, UnitCode.of("tinh")));
        }
        for (int c = 0; c < communes; c++) {
            units.add(new Unit(UnitCode.of("xa-" + c), "UBND xã " + c, UnitKind.COMMUNE, UnitCode.of("huyen-" + c % 50)));
        }
        UnitTree tree = UnitTree.of(units);

        long t0 = System.nanoTime();
        long[] cpu = new long[6];
        long[] gc = new long[6];
        cpu[0] = cpu();
        gc[0] = gcMillis();
        Path file = dir.resolve("results.csv");
        Random random = new Random(42);
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,numerator,denominator\n");
            for (int m = 0; m < months; m++) {
                String period = Period.month(2020 + m / 12, m % 12 + 1).toString();
                for (int c = 0; c < communes; c++) {
                    for (String indicator : INDICATORS) {
                        int a = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(2_000);
                        int b = a == 0 ? 0 : random.nextInt(a + 1);
                        w.write("xa-" + c + "," + indicator + "," + period + "," + b + "," + a + "\n");
                        rows++;
                    }
                }
            }
        }
        long t1 = System.nanoTime();
        cpu[1] = cpu();
        gc[1] = gcMillis();
        System.out.printf("generated %,d rows (%,d bytes) in %.2f s%n", rows, Files.size(file), secs(t0, t1));

        Table table = new TableFiles().read(file);
        long t2 = System.nanoTime();
        cpu[2] = cpu();
        gc[2] = gcMillis();
        List<Result> results = new ResultsTableReader(new NameResolver(tree), IndicatorCatalogue.builtIn())
                .read(table, null);
        table = null; // as in the score command, the table is garbage once read
        long t3 = System.nanoTime();
        cpu[3] = cpu();
        gc[3] = gcMillis();
        List<Assignment> targets = new ArrayList<>(results.size());
        BigDecimal target = new BigDecimal("80");
        for (Result r : results) {
            targets.add(Assignment.of(r.unit(), r.indicator(), r.period(), target));
        }
        long t4 = System.nanoTime();
        cpu[4] = cpu();
        gc[4] = gcMillis();
        Scoreboard board = new Scorer(tree).score(results, targets, List.of());
        long t5 = System.nanoTime();
        cpu[5] = cpu();
        gc[5] = gcMillis();
        System.out.printf("%-50s %10s %14s %10s %10s%n", "phase", "wall", "rows/s (wall)", "main CPU", "GC");
        report("read CSV into a table", rows, t1, t2, cpu[2] - cpu[1], gc[2] - gc[1]);
        report("read table into results", rows, t2, t3, cpu[3] - cpu[2], gc[3] - gc[2]);
        report("score (value, met, needed, flags, ranks, totals)", rows, t4, t5, cpu[5] - cpu[4], gc[5] - gc[4]);
        report("total: file to scoreboard", rows, t1, t5 - (t4 - t3),
                cpu[5] - cpu[1] - (cpu[4] - cpu[3]), gc[5] - gc[1] - (gc[4] - gc[3]));
        System.out.printf("(%d processors; on a shared machine compare main CPU, which other processes do not inflate)%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("check: %,d rows scored, %,d met, %,d not available%n", board.rows().size(),
                board.totals().met(), board.totals().notAvailable());
    }

    private static void report(String phase, long rows, long from, long to, long cpuNanos, long gcMillis) {
        System.out.printf("%-50s %8.2f s %,14.0f %8.2f s %8.2f s%n", phase, secs(from, to), rows / secs(from, to),
                cpuNanos / 1e9, gcMillis / 1e3);
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }
}
