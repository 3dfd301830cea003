package vn.chitieu.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import vn.chitieu.application.dossier.DossierImports;
import vn.chitieu.application.dossier.ImportDossiersCommand;
import vn.chitieu.application.dossier.ImportProceduresCommand;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.cli.dossier.DossierGenerator;
import vn.chitieu.cli.dossier.GeneratedDossier;
import vn.chitieu.cli.io.DossierFiles;
import vn.chitieu.dossier.DossierReader;
import vn.chitieu.dossier.Procedure;
import vn.chitieu.dossier.ProcedureLevel;
import vn.chitieu.dossier.Procedures;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.table.DelimitedText;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * Benchmark, not a test: {@code import dossiers} of N generated dossiers (default 2,000,000) into the embedded
 * PostgreSQL, beside a plain {@code COPY} of the same CSV into a table with the same key, in the same run and
 * the same database. The import is the use case the CLI command runs ({@link DossierImports}, through the
 * CLI's file reader {@link DossierFiles}): every record checked, codes looked up, dossiers written by
 * {@code COPY} into the partitioned table, counts per (unit, procedure, month) written, batch and audit
 * recorded; the JVM start and the registry are not timed. Prints:
 * <ul>
 * <li>(a) COPY into a plain table of the file's columns with primary key (code, received) — the aim's anchor;</li>
 * <li>(b) COPY into a table laid out as {@code dossiers} (partitioned by received month, partitions made
 * beforehand), same key;</li>
 * <li>(c) COPY into a table as (a) made in the COPY's own transaction: the embedded server ({@code wal_level=minimal})
 * fills it without WAL and syncs it at commit, as it does the partitions an import makes for its new months;</li>
 * <li>the import, the re-import of the same file (all unchanged), and the ratios import / (a), (b), (c).</li>
 * </ul>
 * Province of 1 + 20 departments + 30 districts × 20 communes (651 units), 2,000 procedures, dossiers received
 * from May to early July 2025 (three partitions), times written {@code yyyy-MM-dd HH:mm:ss} so that COPY reads
 * them. Run with {@code mvn -B -q -Pbench-import-dossiers -DskipTests -pl adapter-cli -am verify}
 * ({@code -Dbench.size=500000} for another size).
 */
public final class DossierImportBench {

    private static final int DISTRICTS = 30;
    private static final int COMMUNES = 20;
    private static final int DEPARTMENTS = 20;
    private static final int PROCEDURES = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String COLUMNS = "(code text, procedure text, unit text, channel smallint, received timestamp, "
            + "due timestamp, finished timestamp, status smallint, paid_online smallint, fee numeric, digitized boolean, "
            + "e_result boolean, PRIMARY KEY (code, received))";

    private DossierImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim().replace("_", "")) : 2_000_000;
        System.out.printf(Locale.ROOT, "import dossiers benchmark: %,d dossiers, %d cores, load average %.1f%n", n,
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        Path dir = Files.createTempDirectory("chitieu-import-dossiers-bench");
        try {
            run(dir, n);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int n) throws Exception {
        List<Unit> units = units();
        List<String> procedures = new ArrayList<>();
        for (int p = 0; p < PROCEDURES; p++) {
            procedures.add(String.format(Locale.ROOT, "1.%06d.000.00.00.H12", p));
        }
        Path csv = dir.resolve("dossiers.csv");
        long g0 = System.nanoTime();
        generate(csv, n, units, procedures);
        System.out.printf(Locale.ROOT, "generated %,d dossiers (%,d bytes) in %.1f s%n", n, Files.size(csv),
                (System.nanoTime() - g0) / 1e9);
        try (Database db = Database.embedded(dir.resolve("pgdata"))) {
            var storage = db.storage();
            ImportOptions options = ImportOptions.by(Actor.of("bench"));
            List<Lined<Unit>> lined = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                lined.add(new Lined<>(i + 2, units.get(i)));
            }
            new ImportService(storage, IndicatorCatalogue.builtIn()).importUnits(new ImportFile<>("units.csv", lined), options);
            DossierImports imports = new DossierImports(storage);
            StringBuilder p = new StringBuilder("code,name,level,onlinePayment\n");
            for (int i = 0; i < procedures.size(); i++) {
                p.append(procedures.get(i)).append(",Thủ tục ").append(i).append(',')
                        .append(new String[] {"FULL", "PARTIAL", "NONE"}[i % 3]).append(',').append(i % 2 == 0).append('\n');
            }
            imports.importProcedures(new ImportProceduresCommand("procedures.csv", table("procedures.csv", p.toString()), null,
                    options));

            double[] parse = parseOnly(csv, units, procedures);
            long postmaster = postmaster(db);
            double[] c0 = cpu(postmaster);
            long t0 = System.nanoTime();
            ImportSummary first = imports.importDossiers(new ImportDossiersCommand(new DossierFiles().open(csv), null, options));
            long t1 = System.nanoTime();
            double[] c1 = cpu(postmaster);
            if (first.inserted() != n) {
                throw new IllegalStateException("expected " + n + " inserted, got " + first);
            }
            ImportSummary again = imports.importDossiers(new ImportDossiersCommand(new DossierFiles().open(csv), null, options));
            long t2 = System.nanoTime();
            double[] c2 = cpu(postmaster);
            if (again.unchanged() != n) {
                throw new IllegalStateException("expected " + n + " unchanged, got " + again);
            }
            double[] c3 = cpu(postmaster);
            double plain = copy(db, csv, n, "bench_copy", COLUMNS, List.of());
            double[] c4 = cpu(postmaster);
            double partitioned = copy(db, csv, n, "bench_copy_parted", COLUMNS + " PARTITION BY RANGE (received)",
                    List.of("2025-04-01", "2025-05-01", "2025-06-01", "2025-07-01", "2025-08-01"));
            double[] c5 = cpu(postmaster);
            double made = copy(db, csv, n, "bench_copy_made", COLUMNS, List.of(), true);
            double[] c6 = cpu(postmaster);
            System.out.printf(Locale.ROOT, "CPU seconds (user+sys)             chitieu JVM   PostgreSQL   total%n");
            cpuLine("parse only (reader, no storage)", parse[1], 0);
            cpuLine("import dossiers", c1[0] - c0[0], c1[1] - c0[1]);
            cpuLine("re-import (all unchanged)", c2[0] - c1[0], c2[1] - c1[1]);
            cpuLine("(a) COPY", c4[0] - c3[0], c4[1] - c3[1]);
            cpuLine("(b) COPY partitioned", c5[0] - c4[0], c5[1] - c4[1]);
            cpuLine("(c) COPY, table made with it", c6[0] - c5[0], c6[1] - c5[1]);
            double cpuRatio = (c1[0] - c0[0] + c1[1] - c0[1]) / (c4[0] - c3[0] + c4[1] - c3[1]);
            System.out.printf(Locale.ROOT, "import / (a) in CPU seconds = %.2f×; parse only took %.2f s wall%n", cpuRatio,
                    parse[0]);
            double imported = (t1 - t0) / 1e9;
            System.out.printf(Locale.ROOT, "import dossiers:                                   %6.2f s, %,10.0f dossiers/s%n",
                    imported, n / imported);
            System.out.printf(Locale.ROOT, "re-import of the same file (all unchanged):        %6.2f s, %,10.0f dossiers/s%n",
                    (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9));
            System.out.printf(Locale.ROOT, "(a) COPY into a table with key (code, received):   %6.2f s, %,10.0f rows/s%n", plain,
                    n / plain);
            System.out.printf(Locale.ROOT, "(b) COPY into (a) partitioned by received month:   %6.2f s, %,10.0f rows/s%n",
                    partitioned, n / partitioned);
            System.out.printf(Locale.ROOT, "(c) COPY into (a) made in the COPY's transaction: %6.2f s, %,10.0f rows/s (no WAL, as the"
                    + " import's new partitions)%n", made, n / made);
            double ratio = imported / plain;
            System.out.printf(Locale.ROOT, "import / (a) = %.2f×  %s%n", ratio, ratio <= 1.5 ? "within 1.5×: aim reached"
                    : "NOT within 1.5× of COPY (the issue's aim)");
            System.out.printf(Locale.ROOT, "import / (b) = %.2f×, import / (c) = %.2f×%n", imported / partitioned, imported / made);
        }
    }

    private static void cpuLine(String what, double jvm, double pg) {
        System.out.printf(Locale.ROOT, "  %-32s %10.2f %12.2f %7.2f%n", what, jvm, pg, jvm + pg);
    }

    /** Wall and JVM CPU seconds of reading the file with the import's reader and no storage (the parse share). */
    private static double[] parseOnly(Path csv, List<Unit> units, List<String> procedures) {
        UnitTree tree = UnitTree.of(units);
        List<Procedure> list = new ArrayList<>();
        for (String p : procedures) {
            list.add(new Procedure(p, p, ProcedureLevel.FULL, true));
        }
        double c0 = jvmCpu();
        long t0 = System.nanoTime();
        long[] seen = new long[1];
        new DossierReader(tree, new NameResolver(tree), Procedures.of(list)).count(new DossierFiles().open(csv),
                Period.year(2000), (line, code, fee, unit, procedure, channel, status, received, due, finished, paid, digitized,
                        eResult) -> seen[0] += unit);
        return new double[] {(System.nanoTime() - t0) / 1e9, jvmCpu() - c0};
    }

    private static double jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The pid of the embedded server's postmaster (the parent of a backend), 0 when /proc cannot tell. */
    private static long postmaster(Database db) throws Exception {
        try (var c = db.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            String[] stat = stat(Path.of("/proc/" + rs.getInt(1) + "/stat"));
            return stat == null ? 0 : Long.parseLong(stat[1]);
        }
    }

    /** JVM CPU seconds and the CPU seconds of the postmaster and its children (backends, WAL writer…) so far. */
    private static double[] cpu(long postmaster) throws IOException {
        long ticks = 0;
        if (postmaster > 0) {
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String[] stat = stat(p.resolve("stat"));
                    if (stat != null && (name.equals(Long.toString(postmaster)) || stat[1].equals(Long.toString(postmaster)))) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            }
        }
        return new double[] {jvmCpu(), ticks / 100.0};
    }

    /** The fields of /proc/PID/stat after the command: [0] state, [1] ppid, … [11] utime, [12] stime; null if gone. */
    private static String[] stat(Path file) {
        try {
            String text = Files.readString(file);
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Table table(String name, String text) {
        var lines = text.lines().toList();
        Table.Builder b = Table.builder(name, List.of(lines.get(0).split(",", -1)));
        for (int i = 1; i < lines.size(); i++) {
            b.row(i + 1, List.of(lines.get(i).split(",", -1)));
        }
        return b.build();
    }

    /** Seconds a COPY of {@code csv} into a new table {@code table} takes. */
    private static double copy(Database db, Path csv, long rows, String table, String columns, List<String> months)
            throws Exception {
        return copy(db, csv, rows, table, columns, months, false);
    }

    /**
     * As {@link #copy(Database, Path, long, String, String, List)}; {@code oneTransaction}: the table made in the COPY's
     * transaction, which the server (wal_level minimal) then fills without WAL and syncs at commit, the commit timed.
     */
    private static double copy(Database db, Path csv, long rows, String table, String columns, List<String> months,
            boolean oneTransaction) throws Exception {
        try (var connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(!oneTransaction);
            try (var s = connection.createStatement()) {
                s.execute("CREATE TABLE " + table + " " + columns);
                for (int i = 0; i + 1 < months.size(); i++) {
                    s.execute("CREATE TABLE " + table + "_" + i + " PARTITION OF " + table + " FOR VALUES FROM ('"
                            + months.get(i) + "') TO ('" + months.get(i + 1) + "')");
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long c0 = System.nanoTime();
            long copied;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copied = copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            if (oneTransaction) {
                connection.commit();
            }
            long c1 = System.nanoTime();
            if (copied != rows) {
                throw new IllegalStateException("COPY loaded " + copied + " rows");
            }
            return (c1 - c0) / 1e9;
        }
    }

    private static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        UnitCode province = UnitCode.of("tinh");
        units.add(new Unit(province, "UBND tỉnh", UnitKind.PROVINCE, null));
        for (int d = 0; d < DEPARTMENTS; d++) {
            units.add(new Unit(UnitCode.of("so-" + d), "Sở " + d, UnitKind.DEPARTMENT, province));
        }
        for (int d = 0; d < DISTRICTS; d++) {
            UnitCode district = UnitCode.of("huyen-" + d);
            units.add(new Unit(district, "UBND huyện " + d, UnitKind.DISTRICT, province));
            for (int c = 0; c < COMMUNES; c++) {
                units.add(new Unit(UnitCode.of("xa-" + d + "-" + c), "Xã " + d + "-" + c, UnitKind.COMMUNE, district));
            }
        }
        return units;
    }

    /** English headers, unit codes, every time as yyyy-MM-dd HH:mm:ss (a form COPY reads too), received always given. */
    private static void generate(Path csv, int n, List<Unit> units, List<String> procedures) throws IOException {
        DossierGenerator g = new DossierGenerator(7);
        List<String> codes = units.stream().map(u -> u.code().value()).toList();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(String.join(",", DossierGenerator.ENGLISH));
            w.write('\n');
            StringBuilder s = new StringBuilder(200);
            for (int i = 0; i < n; i++) {
                GeneratedDossier d = g.dossier(i, codes, null, procedures, 2025, 6);
                s.setLength(0);
                s.append(d.code()).append(',').append(d.procedure()).append(',').append(d.unit()).append(',')
                        .append(d.channel()).append(',').append(time(d.received())).append(',').append(time(d.due()))
                        .append(',').append(time(d.finished())).append(',').append(d.status()).append(',')
                        .append(d.paidOnline()).append(',').append(d.fee()).append(',').append(d.digitized() ? 1 : 0)
                        .append(',').append(d.eResult() ? 1 : 0).append('\n');
                w.write(s.toString());
            }
        }
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.format(TIME);
    }
}
