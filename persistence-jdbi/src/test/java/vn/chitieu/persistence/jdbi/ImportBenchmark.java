package vn.chitieu.persistence.jdbi;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * Imports 1,000,000 result rows from a CSV file through {@code ImportService.importResults} (read and
 * parse the CSV, checks, sort by key, COPY into a staging table, merge, commit), then loads the same
 * file with a plain {@code COPY} on the same embedded database (a) into a bare table of the file's
 * columns, which is the "plain COPY", and (b) into a table with the primary key of
 * {@code results}, and (c) as (a) followed by building that key in one go (the cheapest way to end with
 * a keyed table); prints the rates and the ratios of the import to them, and which aim was reached. Not a test: run it with
 * {@code mvn -B -pl domain,persistence-jdbi -Pbench -DskipTests verify}.
 */
public final class ImportBenchmark {

    private static final int UNITS = 10_000;
    private static final int MONTHS = 100;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(JdbiResults.class))
                .setLevel(ch.qos.logback.classic.Level.DEBUG);
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        clean(work);
        Files.createDirectories(work);
        Path csv = work.resolve("results-1m.csv");
        long rows = generate(csv);
        System.out.printf("generated %,d result rows in %s (%,d bytes)%n", rows, csv, Files.size(csv));

        try (Database db = Database.embedded(work.resolve("pgdata"))) {
            JdbiStorage storage = db.storage();
            List<Lined<Unit>> units = new ArrayList<>();
            units.add(new Lined<>(2, new Unit(UnitCode.of("tinh"), "UBND tỉnh", UnitKind.PROVINCE, null)));
            for (int u = 0; u < UNITS; u++) {
                units.add(new Lined<>(u + 3, new Unit(unit(u), "Xã " + u, UnitKind.COMMUNE, UnitCode.of("tinh"))));
            }
            new ImportService(storage, IndicatorCatalogue.builtIn()).importUnits(new ImportFile<>("units.csv", units), ImportOptions.by(Actor.of("bench")));

            long t0 = System.nanoTime();
            ImportFile<Result> file = read(csv);
            long t1 = System.nanoTime();
            ImportSummary summary = new ImportService(storage, IndicatorCatalogue.builtIn()).importResults(file, ImportOptions.by(Actor.of("bench")));
            long t2 = System.nanoTime();
            if (summary.inserted() != rows) {
                throw new IllegalStateException("expected " + rows + " inserted, got " + summary);
            }
            ImportSummary again = new ImportService(storage, IndicatorCatalogue.builtIn()).importResults(file, ImportOptions.by(Actor.of("bench")));
            long t3 = System.nanoTime();
            if (again.unchanged() != rows) {
                throw new IllegalStateException("expected " + rows + " unchanged, got " + again);
            }

            double copySeconds = copy(db, csv, rows, "bench_copy", "");
            double keyAfterSeconds = copySeconds + keyAfter(db, "bench_copy");
            double keyedCopySeconds = copy(db, csv, rows, "bench_copy_keyed", ", PRIMARY KEY (unit, indicator, period)");

            double importSeconds = (t2 - t0) / 1e9;
            System.out.printf("import (read CSV %.2f s + store %.2f s):    %.2f s, %,.0f rows/s%n", (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, importSeconds, rows / importSeconds);
            System.out.printf("re-import of the same file (all unchanged): %.2f s, %,.0f rows/s%n", (t3 - t2) / 1e9,
                    rows / ((t3 - t2) / 1e9));
            System.out.printf("(a) plain COPY into a bare table of the file's columns:   %.2f s, %,.0f rows/s%n",
                    copySeconds, rows / copySeconds);
            System.out.printf("(b) plain COPY into a table with results' primary key:    %.2f s, %,.0f rows/s%n",
                    keyedCopySeconds, rows / keyedCopySeconds);
            System.out.printf("(c) (a), then its primary key built in one go:            %.2f s, %,.0f rows/s"
                    + " (a keyed table, nothing checked)%n", keyAfterSeconds, rows / keyAfterSeconds);
            double toBare = importSeconds / copySeconds;
            double toKeyed = importSeconds / keyedCopySeconds;
            System.out.printf("import / (a) = %.2f×  %s%n", toBare, toBare <= 2 ? "within 2× of (a): aim reached"
                    : "NOT within 2× of (a), the issue's aim");
            System.out.printf("import / (b) = %.2f×  %s%n", toKeyed, toKeyed <= 2 ? "within 2× of (b)"
                    : "NOT within 2× of (b)");
            System.out.printf("import / (c) = %.2f×;  (c) / (a) = %.2f×%n", importSeconds / keyAfterSeconds,
                    keyAfterSeconds / copySeconds);
        }
    }

    /** Seconds a plain COPY of {@code csv} into a new table of the file's columns takes. */
    private static double copy(Database db, Path csv, long rows, String table, String key) throws Exception {
        try (var connection = db.dataSource().getConnection()) {
            try (var s = connection.createStatement()) {
                s.execute("CREATE TABLE " + table + " (unit text, indicator text, period text, numerator bigint,"
                        + " denominator bigint" + key + ")");
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long c0 = System.nanoTime();
            long copied;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copied = copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            long c1 = System.nanoTime();
            if (copied != rows) {
                throw new IllegalStateException("COPY loaded " + copied + " rows");
            }
            return (c1 - c0) / 1e9;
        }
    }

    /** Seconds adding the primary key of {@code results} to {@code table} takes (one sort, one index build). */
    private static double keyAfter(Database db, String table) throws Exception {
        try (var connection = db.dataSource().getConnection(); var s = connection.createStatement()) {
            long c0 = System.nanoTime();
            s.execute("ALTER TABLE " + table + " ADD PRIMARY KEY (unit, indicator, period)");
            return (System.nanoTime() - c0) / 1e9;
        }
    }

    private static UnitCode unit(int i) {
        return UnitCode.of(String.format("xa-%05d", i));
    }

    private static long generate(Path csv) throws IOException {
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,numerator,denominator\n");
            for (int m = 0; m < MONTHS; m++) {
                String period = Period.month(2015 + m / 12, m % 12 + 1).toString();
                for (int u = 0; u < UNITS; u++) {
                    long denominator = 50 + (u * 7919L + m * 104729L) % 2000;
                    long numerator = (denominator * ((u + m) % 101)) / 100;
                    w.write(unit(u).value() + ",ONLINE_RATE," + period + "," + numerator + "," + denominator + "\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    private static ImportFile<Result> read(Path csv) throws IOException {
        // a reader sees the same few codes and periods again and again: parse each once
        Map<String, UnitCode> units = new HashMap<>();
        Map<String, IndicatorCode> indicators = new HashMap<>();
        Map<String, Period> periods = new HashMap<>();
        List<Lined<Result>> lines = new ArrayList<>(1_000_000);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                lines.add(new Lined<>((int) r.getStartingLineNumber(), Result.ofCounts(
                        units.computeIfAbsent(r.getField(0), UnitCode::of),
                        indicators.computeIfAbsent(r.getField(1), IndicatorCode::of),
                        periods.computeIfAbsent(r.getField(2), Period::parse),
                        Long.parseLong(r.getField(3)), Long.parseLong(r.getField(4)))));
            }
        }
        return new ImportFile<>(csv.getFileName().toString(), lines);
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
