package vn.chitieu.cli.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark, not a test: {@code chitieu score} on a long-form results file of N (unit, indicator,
 * period) rows (5,000 communes × 5 indicators × N / 25,000 months; default 1,000,000 rows; more sizes as
 * arguments, e.g. {@code 250000 1000000}, to see the memory against the row count) against a uniform
 * target of 80 %, beside DuckDB running the same scoring as SQL over the same CSV in the same run:
 * value, met, gap, dossiers still needed, competition rank within (indicator, period, unit kind), and
 * the totals per kind. Each side runs end to end in a fresh JVM (start, read units and results, score,
 * write the scoreboard as CSV), timed from outside, its peak resident memory taken from
 * {@code /usr/bin/time}; the two outputs are compared row by row (met, dossiers needed, rank). chitieu runs
 * twice: with the JVM's defaults (G1 grows its heap with the allocation rate, up to a quarter of the RAM)
 * and in a heap of 256 MB (what the scoring holds: results by section, one section's scores at a time),
 * the two scoreboards compared byte for byte. Prints the times, the ratio (aim: chitieu within 2× of
 * DuckDB) and the peak memory. Run with
 * {@code mvn -B -q -Pbench -DskipTests -pl adapter-cli -am verify} (sizes: {@code -Dbench.score.sizes="250000 1000000"}).
 */
public final class ScoreBench {

    private static final String[] INDICATORS = {"ONLINE_RATE", "DIGITIZATION_RATE", "ON_TIME_RATE",
        "ONLINE_PAYMENT_DOSSIERS", "FULL_ONLINE_RATE"};
    private static final int COMMUNES = 5_000;
    private static final int TARGET = 80;
    /** The heap of the second chitieu run: memory flat in the row count means every size fits in it. */
    private static final int CAPPED_HEAP_MB = 256;

    private ScoreBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--duckdb")) {
            duckdb(Path.of(args[1]));
            return;
        }
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            for (String s : a.trim().split("[ ,]+")) {
                if (!s.isEmpty()) {
                    sizes.add(Integer.parseInt(s.replace("_", "")));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(1_000_000);
        }
        System.out.printf(Locale.ROOT, "score benchmark: %d cores, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), Bench.loadAverage());
        System.out.println(Bench.cliStarted());
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("chitieu-score-bench");
            try {
                run(dir, n);
            } finally {
                Bench.delete(dir);
            }
        }
    }

    private static void run(Path dir, int rows) throws Exception {
        StringBuilder u = new StringBuilder("code,name,kind,parent\ntinh,UBND tỉnh,PROVINCE,\n");
        for (int d = 0; d < 50; d++) {
            u.append("huyen-").append(d).append(",UBND huyện ").append(d).append(",DISTRICT,tinh\n");
        }
        for (int c = 0; c < COMMUNES; c++) {
            u.append("xa-").append(c).append(",UBND xã ").append(c).append(",COMMUNE,huyen-").append(c % 50).append('\n');
        }
        Files.writeString(dir.resolve("units.csv"), u);
        Path file = dir.resolve("results.csv");
        Random random = new Random(42);
        int months = Math.max(1, rows / (COMMUNES * INDICATORS.length));
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,numerator,denominator\n");
            for (int m = 0; m < months; m++) {
                String period = String.format(Locale.ROOT, "%d-%02d", 2020 + m / 12, m % 12 + 1);
                for (int c = 0; c < COMMUNES; c++) {
                    for (String indicator : INDICATORS) {
                        int a = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(2_000);
                        int b = a == 0 ? 0 : random.nextInt(a + 1);
                        w.write("xa-" + c + "," + indicator + "," + period + "," + b + "," + a + "\n");
                        written++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%,d result rows (%,d MB of CSV), target %d %% for every row%n", written,
                Files.size(file) >> 20, TARGET);
        Path out = dir.resolve("scoreboard.csv");
        Bench.Measured chitieu = Bench.measure(dir, Bench.cli(List.of(),
                "score", "--units", dir.resolve("units.csv").toString(), "--results", file.toString(),
                "--target", String.valueOf(TARGET), "--format", "csv", "--csv-style", "plain", "--out", out.toString())); // plain: the comparison reads true/false and dot decimals
        // the same run in a heap of 256 MB: what the scoring holds, whatever G1 grows to by default
        Bench.Measured capped = Bench.measure(dir, Bench.cli(List.of("-Xmx" + CAPPED_HEAP_MB + "m"),
                "score", "--units", dir.resolve("units.csv").toString(), "--results", file.toString(),
                "--target", String.valueOf(TARGET), "--format", "csv", "--csv-style", "plain", "--out",
                dir.resolve("scoreboard-capped.csv").toString()));
        Bench.Measured duck = Bench.measure(dir, List.of(Bench.java(), "-cp", Bench.classpath(),
                ScoreBench.class.getName(), "--duckdb", dir.toString()));
        String same = compare(out, dir.resolve("duckdb.csv"));
        String query = Files.exists(dir.resolve("duckdb.time")) ? Files.readString(dir.resolve("duckdb.time")).trim() : "?";
        System.out.printf(Locale.ROOT, "chitieu score        : %6.2f s end to end, %6.2f s CPU, peak RSS %,6d MB (JVM defaults)%n",
                chitieu.seconds(), chitieu.cpuSeconds(), chitieu.peakKb() >> 10);
        System.out.printf(Locale.ROOT, "chitieu, -Xmx%dm     : %6.2f s end to end, %6.2f s CPU, peak RSS %,6d MB (%s)%n",
                CAPPED_HEAP_MB, capped.seconds(), capped.cpuSeconds(), capped.peakKb() >> 10,
                Files.mismatch(out, dir.resolve("scoreboard-capped.csv")) < 0 ? "the same scoreboard" : "SCOREBOARDS DIFFER");
        System.out.printf(Locale.ROOT, "DuckDB (same scoring): %6.2f s end to end, %6.2f s CPU (query alone %s s), peak RSS %,6d MB%n",
                duck.seconds(), duck.cpuSeconds(), query, duck.peakKb() >> 10);
        System.out.printf(Locale.ROOT, "ratio chitieu / DuckDB: %.2f wall, %.2f CPU (aim: at most 2 wall; %.2f with -Xmx%dm); "
                + "load average now %.1f; %s%n", chitieu.seconds() / duck.seconds(), chitieu.cpuSeconds() / duck.cpuSeconds(),
                capped.seconds() / duck.seconds(), CAPPED_HEAP_MB, Bench.loadAverage(), same);
    }

    /**
     * Per (name, indicator, period): met, dossiers needed and rank, in both scoreboards. chitieu's CSV:
     * section, STT, name, indicator, period, numerator, denominator, value, target, met, gap, needed, rank, notes.
     */
    private static String compare(Path chitieu, Path duckdb) throws IOException {
        Map<String, String> ours = new HashMap<>();
        // read as CSV, not split on commas: a section title is quoted and may hold commas (an indicator's name)
        try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv = de.siegmar.fastcsv.reader.CsvReader
                .builder().ofCsvRecord(chitieu)) {
            boolean header = true;
            for (de.siegmar.fastcsv.reader.CsvRecord rec : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> c = rec.getFields();
                if (c.size() < 13 || c.get(3).isEmpty() || c.get(4).isEmpty()) {
                    continue; // a totals line
                }
                ours.put(c.get(2) + "|" + c.get(3) + "|" + c.get(4), c.get(9) + "|" + c.get(11) + "|" + c.get(12));
            }
        }
        int differ = 0;
        int rows = 0;
        List<String> examples = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(duckdb, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String l; (l = r.readLine()) != null;) {
                String[] c = l.split(",", -1);
                rows++;
                String key = c[0] + "|" + c[1] + "|" + c[2];
                String theirs = c[3] + "|" + c[4] + "|" + c[5];
                String mine = ours.remove(key);
                if (!theirs.equals(mine)) {
                    differ++;
                    if (examples.size() < 3) {
                        examples.add(key + " chitieu " + mine + " duckdb " + theirs);
                    }
                }
            }
        }
        differ += ours.size();
        return differ == 0 ? "outputs equal (" + rows + " rows: met, needed, rank)"
                : "OUTPUTS DIFFER in " + differ + " rows of " + rows + ", e.g. " + examples;
    }

    /** The DuckDB side: the same scoring as SQL over the same files; writes duckdb.csv, totals and the query time. */
    private static void duckdb(Path dir) throws SQLException, IOException {
        long t0 = System.nanoTime();
        String d = dir.toString();
        String scored = "WITH r AS (SELECT * FROM read_csv('" + d + "/results.csv', header = true, columns = {"
                + "'unit': 'VARCHAR', 'indicator': 'VARCHAR', 'period': 'VARCHAR', 'numerator': 'BIGINT', 'denominator': 'BIGINT'})),"
                + " u AS (SELECT * FROM read_csv('" + d + "/units.csv', header = true, all_varchar = true)),"
                + " s AS (SELECT u.name, u.kind, r.indicator, r.period, r.numerator, r.denominator,"
                + "   CASE WHEN r.denominator > 0 THEN r.numerator * 100.0 / r.denominator END AS value,"
                + "   r.denominator > 0 AND r.numerator <= r.denominator AS comparable"
                + "   FROM r JOIN u ON u.code = r.unit)"
                + " SELECT name, indicator, period,"
                + "   CASE WHEN comparable THEN numerator * 100 >= " + TARGET + " * denominator END AS met,"
                + "   CASE WHEN comparable THEN value - " + TARGET + " END AS gap,"
                + "   CASE WHEN denominator > 0 THEN greatest(0, (" + TARGET + " * denominator + 99) // 100 - numerator) END AS needed,"
                + "   CASE WHEN comparable THEN rank() OVER (PARTITION BY indicator, period, kind, comparable ORDER BY value DESC) END AS rank,"
                + "   kind, numerator, denominator, value"
                + " FROM s";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE scored AS " + scored);
            st.execute("COPY (SELECT name, indicator, period, coalesce(CAST(met AS VARCHAR), ''), coalesce(CAST(needed AS VARCHAR), ''),"
                    + " coalesce(CAST(rank AS VARCHAR), ''), value, gap FROM scored ORDER BY indicator, period, kind, rank NULLS LAST)"
                    + " TO '" + d + "/duckdb.csv' (HEADER, QUOTE '')");
            st.execute("COPY (SELECT kind, count(*) AS rows, sum(numerator) AS numerator, sum(denominator) AS denominator,"
                    + " count(*) FILTER (WHERE met) AS met, count(*) FILTER (WHERE value IS NULL) AS not_available"
                    + " FROM scored GROUP BY ROLLUP (kind)) TO '" + d + "/duckdb-totals.csv' (HEADER)");
        }
        Files.writeString(dir.resolve("duckdb.time"), String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9));
    }
}
