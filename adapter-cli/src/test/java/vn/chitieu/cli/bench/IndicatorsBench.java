package vn.chitieu.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.chitieu.cli.dossier.DossierGenerator;
import vn.chitieu.cli.dossier.GeneratedDossier;

/**
 * Benchmark, not a test: {@code chitieu indicators} on N generated dossiers (default 2,000,000; more sizes as
 * arguments, e.g. {@code 2000000 10000000}) beside DuckDB running the same rules of domain.md §9 as SQL over
 * the same CSV, in the same run. Each side runs end to end in a fresh JVM (java -jar style: start, read the
 * units and procedures, stream the dossiers, write the long-form results), timed from outside, its peak
 * resident memory taken from {@code /usr/bin/time}; the two outputs are compared figure by figure. Prints
 * both times, the ratio and the peak memory. Province of 1 + 20 departments + 30 districts × 20 communes
 * (651 units), 2,000 procedures, June 2025. Run with
 * {@code mvn -B -q -Pbench-dossiers -DskipTests -pl adapter-cli -am verify} (sizes: {@code -Dbench.sizes="2000000 10000000"}).
 */
public final class IndicatorsBench {

    private static final int DISTRICTS = 30;
    private static final int COMMUNES = 20;
    private static final int DEPARTMENTS = 20;
    private static final int PROCEDURES = 2000;
    private static final String START = "2025-06-01 00:00:00";
    private static final String END = "2025-06-30 23:59:59";

    private IndicatorsBench() {
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
            sizes.add(2_000_000);
        }
        System.out.printf(Locale.ROOT, "indicators benchmark: %d cores, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println(Bench.cliStarted());
        List<String> summary = new ArrayList<>();
        long firstPeak = 0;
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("chitieu-indicators-bench");
            try {
                Measured[] m = run(dir, n);
                firstPeak = firstPeak == 0 ? m[0].peakKb : firstPeak;
                summary.add(String.format(Locale.ROOT, "%,12d dossiers: chitieu %6.2f s, DuckDB %6.2f s, ratio %.2f; "
                        + "peak RSS chitieu %,d MB (x%.2f of the first size), DuckDB %,d MB", n, m[0].seconds, m[1].seconds,
                        m[0].seconds / m[1].seconds, m[0].peakKb >> 10, (double) m[0].peakKb / firstPeak, m[1].peakKb >> 10));
            } finally {
                if (System.getProperty("bench.keep") != null) {
                    System.out.println("kept " + dir);
                    continue;
                }
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
        System.out.printf(Locale.ROOT, "%nsummary (aims: ratio at most 0.5; peak memory flat over the sizes):%n");
        summary.forEach(System.out::println);
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Runs both sides on {@code n} dossiers: chitieu's and DuckDB's measures. */
    private static Measured[] run(Path dir, int n) throws Exception {
        List<String> units = new ArrayList<>();
        StringBuilder u = new StringBuilder("code,name,kind,parent\n");
        StringBuilder closure = new StringBuilder("unit,ancestor\n");
        u.append("tinh,UBND tỉnh Mẫu,PROVINCE,\n");
        units.add("tinh");
        closure.append("tinh,tinh\n");
        for (int d = 0; d < DEPARTMENTS; d++) {
            u.append("so-").append(d).append(",Sở ").append(d).append(",DEPARTMENT,tinh\n");
            units.add("so-" + d);
            closure.append("so-").append(d).append(",so-").append(d).append("\nso-").append(d).append(",tinh\n");
        }
        for (int d = 0; d < DISTRICTS; d++) {
            String h = "huyen-" + d;
            u.append(h).append(",UBND huyện ").append(d).append(",DISTRICT,tinh\n");
            units.add(h);
            closure.append(h).append(',').append(h).append('\n').append(h).append(",tinh\n");
            for (int c = 0; c < COMMUNES; c++) {
                String x = "xa-" + d + "-" + c;
                u.append(x).append(",UBND xã ").append(d).append('-').append(c).append(",COMMUNE,").append(h).append('\n');
                units.add(x);
                closure.append(x).append(',').append(x).append('\n').append(x).append(',').append(h).append('\n')
                        .append(x).append(",tinh\n");
            }
        }
        Files.writeString(dir.resolve("units.csv"), u);
        Files.writeString(dir.resolve("closure.csv"), closure);
        List<String> procedures = new ArrayList<>();
        StringBuilder p = new StringBuilder("code,name,level,onlinePayment\n");
        String[] levels = {"FULL", "PARTIAL", "NONE"};
        for (int i = 0; i < PROCEDURES; i++) {
            String code = String.format(Locale.ROOT, "1.%06d", i);
            procedures.add(code);
            p.append(code).append(",Thủ tục ").append(i).append(',').append(levels[i % 3]).append(',')
                    .append(i % 4 != 0).append('\n');
        }
        Files.writeString(dir.resolve("procedures.csv"), p);

        long t0 = System.nanoTime();
        Path dossiers = dir.resolve("dossiers.csv");
        DossierGenerator generator = new DossierGenerator(42);
        try (BufferedWriter w = Files.newBufferedWriter(dossiers, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW)) {
            w.write(String.join(",", DossierGenerator.ENGLISH));
            w.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < n; i++) {
                GeneratedDossier d = generator.dossier(i, units, null, procedures, 2025, 6);
                line.setLength(0);
                line.append(d.code()).append(',').append(d.procedure()).append(',').append(d.unit()).append(',')
                        .append(d.channel()).append(',');
                time(line, d.status() == 1 || d.status() == 3 ? null : d.received());
                line.append(',');
                time(line, d.due());
                line.append(',');
                time(line, d.finished());
                line.append(',').append(d.status()).append(',').append(d.paidOnline()).append(',').append(d.fee())
                        .append(',').append(d.digitized() ? '1' : '0').append(',').append(d.eResult() ? '1' : '0')
                        .append('\n');
                w.append(line);
            }
        }
        System.out.printf(Locale.ROOT, "%n%,d dossiers: %,d MB of CSV generated in %.1f s%n", n,
                Files.size(dossiers) >> 20, (System.nanoTime() - t0) / 1e9);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Path chitieuOut = dir.resolve("results.csv");
        Measured chitieu = measure(dir, Bench.cli(List.of("-Xmx1g"), "indicators",
                "--units", dir.resolve("units.csv").toString(), "--procedures", dir.resolve("procedures.csv").toString(),
                "--dossiers", dossiers.toString(), "--period", "2025-06", "--out", chitieuOut.toString()));
        Measured duck = measure(dir, List.of(java, "-cp", cp, IndicatorsBench.class.getName(), "--duckdb", dir.toString()));
        String same = compare(chitieuOut, dir.resolve("duckdb.csv"));
        String query = Files.exists(dir.resolve("duckdb.time")) ? Files.readString(dir.resolve("duckdb.time")).trim() : "?";
        System.out.printf(Locale.ROOT, "chitieu indicators : %6.2f s end to end, %6.2f s CPU, peak RSS %,5d MB (-Xmx1g)%n",
                chitieu.seconds, chitieu.cpuSeconds, chitieu.peakKb >> 10);
        System.out.printf(Locale.ROOT, "DuckDB (same rules): %6.2f s end to end, %6.2f s CPU (query alone %s s), peak RSS %,5d MB%n",
                duck.seconds, duck.cpuSeconds, query, duck.peakKb >> 10);
        System.out.printf(Locale.ROOT, "ratio chitieu / DuckDB: %.2f wall, %.2f CPU (aim: at most 0.5 wall); load average now %.1f; %s%n",
                chitieu.seconds / duck.seconds, chitieu.cpuSeconds / duck.cpuSeconds, loadAverage(), same);
        return new Measured[] {chitieu, duck};
    }

    private static void time(StringBuilder s, LocalDateTime t) {
        if (t == null) {
            return;
        }
        s.append(t.getYear()).append('-');
        two(s, t.getMonthValue()).append('-');
        two(s, t.getDayOfMonth()).append(' ');
        two(s, t.getHour()).append(':');
        two(s, t.getMinute()).append(':');
        two(s, t.getSecond());
    }

    private static StringBuilder two(StringBuilder s, int v) {
        return s.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    record Measured(double seconds, long peakKb, double cpuSeconds) {
    }

    /** Runs {@code command} under /usr/bin/time: wall seconds and peak resident KB. */
    static Measured measure(Path dir, List<String> command) throws IOException, InterruptedException {
        Path rss = dir.resolve("rss.txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
        timed.addAll(command);
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(timed).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(command.get(command.size() - 1) + " failed (" + code + "): "
                    + Files.readString(dir.resolve("out.txt")));
        }
        String[] m = Files.readAllLines(rss).get(0).trim().split(" ");
        return new Measured(seconds, Long.parseLong(m[0]), Double.parseDouble(m[1]) + Double.parseDouble(m[2]));
    }

    /** The two outputs' (unit, indicator) → numerator/denominator, compared. */
    private static String compare(Path chitieu, Path duckdb) throws IOException {
        Map<String, String> a = figures(chitieu);
        Map<String, String> b = figures(duckdb);
        if (a.equals(b)) {
            return "outputs equal (" + a.size() + " figures)";
        }
        Set<String> differ = new HashSet<>();
        for (String k : a.keySet()) {
            if (!a.get(k).equals(b.get(k))) {
                differ.add(k + " chitieu " + a.get(k) + " duckdb " + b.get(k));
            }
        }
        return "OUTPUTS DIFFER in " + differ.size() + " figures (" + a.size() + " vs " + b.size() + "), e.g. "
                + differ.stream().limit(3).toList();
    }

    /** unit,indicator,period,numerator,denominator,rate…: a count's value is in rate. */
    private static Map<String, String> figures(Path file) throws IOException {
        Map<String, String> m = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            m.put(c[0] + "|" + c[1], c[3].isEmpty() ? c[5] : c[3] + "/" + c[4]);
        }
        return m;
    }

    /** The DuckDB side: the same rules as SQL over the same files; writes duckdb.csv and the query time. */
    private static void duckdb(Path dir) throws SQLException, IOException {
        long t0 = System.nanoTime();
        String d = dir.toString();
        String s = "TIMESTAMP '" + START + "'";
        String e = "TIMESTAMP '" + END + "'";
        String sql = "WITH cell AS (SELECT unit, procedure,"
                + " count(*) FILTER (WHERE received BETWEEN " + s + " AND " + e + ") AS rec,"
                + " count(*) FILTER (WHERE received BETWEEN " + s + " AND " + e + " AND channel = 2) AS rec_on,"
                + " count(*) FILTER (WHERE finished BETWEEN " + s + " AND " + e + ") AS fin,"
                + " count(*) FILTER (WHERE finished BETWEEN " + s + " AND " + e + " AND (due IS NULL OR finished <= due)) AS fin_ot,"
                + " count(*) FILTER (WHERE received <= " + e + " AND (finished IS NULL OR finished > " + e + ")) AS pend,"
                + " count(*) FILTER (WHERE received <= " + e + " AND (finished IS NULL OR finished > " + e + ")"
                + "   AND due IS NOT NULL AND due < " + e + ") AS pend_od,"
                + " count(*) FILTER (WHERE finished BETWEEN " + s + " AND " + e + " AND channel = 2) AS fin_on,"
                + " count(*) FILTER (WHERE finished BETWEEN " + s + " AND " + e + " AND digitized = 1 AND eResult = 1) AS fin_dig,"
                + " count(*) FILTER (WHERE finished BETWEEN " + s + " AND " + e + " AND fee > 0) AS fin_fee,"
                + " count(*) FILTER (WHERE finished BETWEEN " + s + " AND " + e + " AND fee > 0 AND paidOnline IN (1, 2)) AS fin_paid,"
                + " count(*) AS counted"
                + " FROM read_csv('" + d + "/dossiers.csv', header = true, columns = {'code': 'VARCHAR', 'procedure': 'VARCHAR',"
                + " 'unit': 'VARCHAR', 'channel': 'INTEGER', 'received': 'TIMESTAMP', 'due': 'TIMESTAMP', 'finished': 'TIMESTAMP',"
                + " 'status': 'INTEGER', 'paidOnline': 'INTEGER', 'fee': 'BIGINT', 'digitized': 'INTEGER', 'eResult': 'INTEGER'})"
                + " WHERE status NOT IN (1, 3, 7) GROUP BY unit, procedure),"
                + " sub AS (SELECT a.ancestor AS unit, c.procedure, sum(rec) rec, sum(rec_on) rec_on, sum(fin) fin,"
                + " sum(fin_ot) fin_ot, sum(pend) pend, sum(pend_od) pend_od, sum(fin_on) fin_on, sum(fin_dig) fin_dig,"
                + " sum(fin_fee) fin_fee, sum(fin_paid) fin_paid, sum(counted) counted"
                + " FROM cell c JOIN read_csv('" + d + "/closure.csv', header = true) a ON a.unit = c.unit GROUP BY 1, 2)"
                + " SELECT s.unit, sum(rec), sum(fin), sum(fin_ot), sum(fin) + sum(pend_od),"
                + " sum(fin_ot) + sum(pend) - sum(pend_od), sum(fin) + sum(pend),"
                + " coalesce(sum(rec_on) FILTER (WHERE p.level <> 'NONE'), 0), coalesce(sum(rec) FILTER (WHERE p.level <> 'NONE'), 0),"
                + " coalesce(sum(fin_on) FILTER (WHERE p.level = 'FULL'), 0), coalesce(sum(fin) FILTER (WHERE p.level = 'FULL'), 0),"
                + " sum(fin_dig),"
                + " coalesce(sum(fin_paid) FILTER (WHERE p.onlinePayment), 0), coalesce(sum(fin_fee) FILTER (WHERE p.onlinePayment), 0),"
                + " count(*) FILTER (WHERE p.onlinePayment AND fin_paid > 0), count(*) FILTER (WHERE p.onlinePayment AND fin_fee > 0),"
                + " count(*) FILTER (WHERE p.level <> 'NONE' AND rec_on > 0), count(*) FILTER (WHERE p.level <> 'NONE' AND rec > 0)"
                + " FROM sub s JOIN read_csv('" + d + "/procedures.csv', header = true) p ON p.code = s.procedure"
                + " GROUP BY s.unit HAVING sum(counted) > 0";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement();
                ResultSet r = st.executeQuery(sql);
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("duckdb.csv")))) {
            out.println("unit,indicator,period,numerator,denominator,rate");
            String[] ratios = {"ON_TIME_RATE", "PROGRESS_RATE", "ONLINE_RATE", "FULL_ONLINE_RATE", "DIGITIZATION_RATE",
                "ONLINE_PAYMENT_DOSSIERS", "ONLINE_PAYMENT_PROCEDURES", "ONLINE_SERVICE_UPTAKE"};
            while (r.next()) {
                String unit = r.getString(1);
                out.println(unit + ",RECEIVED,2025-06,,," + r.getLong(2));
                out.println(unit + ",RESOLVED,2025-06,,," + r.getLong(3));
                // columns 4..18: on time b,a; progress b,a; online b,a; full b,a; digital b (a = finished); pay b,a; procs b,a; uptake b,a
                long[] pairs = {r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9),
                    r.getLong(10), r.getLong(11), r.getLong(12), r.getLong(3), r.getLong(13), r.getLong(14), r.getLong(15),
                    r.getLong(16), r.getLong(17), r.getLong(18)};
                for (int i = 0; i < ratios.length; i++) {
                    out.println(unit + "," + ratios[i] + ",2025-06," + pairs[2 * i] + "," + pairs[2 * i + 1] + ",");
                }
            }
        }
        Files.writeString(dir.resolve("duckdb.time"), String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9));
    }
}
