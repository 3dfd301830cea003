package vn.chitieu.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark, not a test: a national year of dossiers, {@code chitieu indicators} over 100,000,000 of them
 * (issue 13: under 90 s on a 2-core machine). Generates the country (a root, 34 provinces, each with 15
 * departments and 98 communes: 3,877 units; 2,000 procedures, 1,600 for departments and 400 for communes)
 * and the year's dossiers (about 9 GB of CSV) to a temporary folder under {@code java.io.tmpdir}, runs
 * {@code indicators --period 2025} in a fresh JVM under {@code /usr/bin/time}, checks the country's
 * RECEIVED and the dossiers read against what the generator wrote, prints GB, seconds, dossiers a second,
 * CPU, peak RSS and the heap, and deletes the folder. Run with
 * {@code mvn -B -q -Pbench-dossiers-national -DskipTests -pl adapter-cli -am verify}
 * ({@code -Dbench.national=20000000} for fewer dossiers; {@code -Dbench.keep=true} keeps the files).
 */
public final class NationalBench {

    private static final int PROVINCES = 34;
    private static final int DEPARTMENTS = 15;
    private static final int COMMUNES = 98;
    private static final int PROCEDURES = 2000;
    private static final int DEPARTMENT_PROCEDURES = 1600;
    private static final int YEAR = 2025;
    /** Statuses of a dossier not finished: received, processing, supplement or financial obligation requested. */
    private static final int[] OPEN = {2, 4, 5, 6};

    private NationalBench() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 && !args[0].isBlank() ? Long.parseLong(args[0].trim().replace("_", "")) : 100_000_000L;
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long free = Files.getFileStore(tmp).getUsableSpace();
        long need = n * 100 + (1L << 30);
        System.out.printf(Locale.ROOT, "national benchmark: %,d dossiers, %d cores, load average %.1f, %,d GB free in %s%n",
                n, Runtime.getRuntime().availableProcessors(), IndicatorsBench.loadAverage(), free >> 30, tmp);
        System.out.println(Bench.cliStarted());
        if (free < need) {
            System.out.printf(Locale.ROOT, "NOT RUN: about %,d GB are needed in %s%n", need >> 30, tmp);
            return;
        }
        Path dir = Files.createTempDirectory("chitieu-national-bench");
        try {
            run(dir, n);
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("kept " + dir);
            } else {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    private static void run(Path dir, long n) throws Exception {
        List<String> departments = new ArrayList<>();
        List<String> communes = new ArrayList<>();
        StringBuilder u = new StringBuilder("code,name,kind,parent\nvn,Việt Nam,PROVINCE,\n");
        for (int p = 0; p < PROVINCES; p++) {
            String province = "t" + p;
            u.append(province).append(",UBND tỉnh ").append(p).append(",PROVINCE,vn\n");
            for (int d = 0; d < DEPARTMENTS; d++) {
                String code = province + "-so" + d;
                departments.add(code);
                u.append(code).append(",Sở ").append(d).append(" tỉnh ").append(p).append(",DEPARTMENT,").append(province)
                        .append('\n');
            }
            for (int c = 0; c < COMMUNES; c++) {
                String code = province + "-xa" + c;
                communes.add(code);
                u.append(code).append(",UBND xã ").append(c).append(" tỉnh ").append(p).append(",COMMUNE,")
                        .append(province).append('\n');
            }
        }
        Files.writeString(dir.resolve("units.csv"), u);
        StringBuilder p = new StringBuilder("code,name,level,onlinePayment\n");
        String[] levels = {"FULL", "PARTIAL", "NONE"};
        for (int i = 0; i < PROCEDURES; i++) {
            p.append(procedure(i)).append(",Thủ tục ").append(i).append(',').append(levels[i % 3]).append(',')
                    .append(i % 4 != 0).append('\n');
        }
        Files.writeString(dir.resolve("procedures.csv"), p);

        long t0 = System.nanoTime();
        Path dossiers = dir.resolve("dossiers.csv");
        Generated g = generate(dossiers, n, departments, communes);
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        long bytes = Files.size(dossiers);
        System.out.printf(Locale.ROOT, "%,d dossiers: %.2f GB of CSV generated in %.1f s (%,d received in %d, %,d excluded)%n",
                n, bytes / 1e9, genSeconds, g.received, YEAR, g.excluded);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Path out = dir.resolve("results.csv");
        String heap = System.getProperty("bench.xmx", "1g");
        System.out.printf(Locale.ROOT, "load average before the run: %.1f%n", IndicatorsBench.loadAverage());
        IndicatorsBench.Measured m = IndicatorsBench.measure(dir, Bench.cli(List.of("-Xmx" + heap),
                "indicators", "--units", dir.resolve("units.csv").toString(), "--procedures",
                dir.resolve("procedures.csv").toString(), "--dossiers", dossiers.toString(), "--period",
                String.valueOf(YEAR), "--out", out.toString()));
        String check = "RECEIVED of the country NOT FOUND";
        for (String line : Files.readAllLines(out)) {
            if (line.startsWith("vn,RECEIVED,")) {
                long got = Long.parseLong(line.split(",", -1)[5]);
                check = got == g.received ? "RECEIVED of the country = the generator's count (" + String.format(Locale.ROOT, "%,d", got) + ")"
                        : "RECEIVED DIFFERS: " + got + " vs the generator's " + g.received;
            }
        }
        System.out.printf(Locale.ROOT, "chitieu indicators: %,d dossiers, %.2f GB in %.1f s end to end (%,.0f dossiers/s, %.0f MB/s), "
                + "%.1f s CPU, peak RSS %,d MB (-Xmx%s); aim: under 90 s -> %s%n", n, bytes / 1e9, m.seconds(),
                n / m.seconds(), bytes / 1e6 / m.seconds(), m.cpuSeconds(), m.peakKb() >> 10, heap,
                m.seconds() < 90 ? "met" : String.format(Locale.ROOT, "missed by %.0f %%", 100 * (m.seconds() / 90 - 1)));
        System.out.printf(Locale.ROOT, "%s; load average now %.1f%n", check, IndicatorsBench.loadAverage());
    }

    private static String procedure(int i) {
        return String.format(Locale.ROOT, "1.%06d", i);
    }

    private record Generated(long received, long excluded) {
    }

    /**
     * Writes {@code n} dossiers as fast as it can (bytes formatted by hand, 4 MB at a time): received over the
     * year and a few days around it, due 1–15 days later (one in ten without), 85 % finished, some late, 5 %
     * excluded; English headers, times {@code yyyy-MM-dd HH:mm:ss}.
     */
    private static Generated generate(Path file, long n, List<String> departments, List<String> communes) throws IOException {
        SplittableRandom random = new SplittableRandom(766);
        byte[][] dept = bytes(departments);
        byte[][] comm = bytes(communes);
        byte[][] procs = new byte[PROCEDURES][];
        for (int i = 0; i < PROCEDURES; i++) {
            procs[i] = procedure(i).getBytes(StandardCharsets.US_ASCII);
        }
        LocalDate first = LocalDate.of(YEAR - 1, 12, 1);
        int days = (int) (LocalDate.of(YEAR + 1, 1, 10).toEpochDay() - first.toEpochDay());
        byte[][] day = new byte[days + 40][];
        for (int d = 0; d < day.length; d++) {
            day[d] = first.plusDays(d).toString().getBytes(StandardCharsets.US_ASCII);
        }
        int inYearFrom = (int) (LocalDate.of(YEAR, 1, 1).toEpochDay() - first.toEpochDay());
        int inYearTo = (int) (LocalDate.of(YEAR, 12, 31).toEpochDay() - first.toEpochDay());
        long received = 0;
        long excluded = 0;
        byte[] buf = new byte[4 << 20];
        int at = 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            byte[] header = "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult\n"
                    .getBytes(StandardCharsets.US_ASCII);
            out.write(header);
            for (long i = 0; i < n; i++) {
                if (at > buf.length - 256) {
                    out.write(buf, 0, at);
                    at = 0;
                }
                boolean commune = random.nextInt(3) > 0;
                byte[] unit;
                byte[] proc;
                if (commune) {
                    unit = comm[skewed(random, comm.length)];
                    proc = procs[DEPARTMENT_PROCEDURES + skewed(random, PROCEDURES - DEPARTMENT_PROCEDURES)];
                } else {
                    unit = dept[skewed(random, dept.length)];
                    proc = procs[skewed(random, DEPARTMENT_PROCEDURES)];
                }
                int rd = random.nextInt(days);
                int rs = random.nextInt(86_400);
                boolean hasDue = random.nextInt(10) > 0;
                int dd = rd + 1 + random.nextInt(15);
                boolean finished = random.nextInt(100) < 85;
                int fd = rd + (random.nextInt(5) > 0 ? random.nextInt(hasDue ? dd - rd + 1 : 11) : random.nextInt(20));
                int fs = fd == rd ? rs + random.nextInt(86_400 - rs) : random.nextInt(86_400);
                int status;
                if (random.nextInt(20) == 0) {
                    status = random.nextInt(3) == 0 ? 1 : random.nextInt(2) == 0 ? 3 : 7;
                } else if (finished) {
                    status = 8 + random.nextInt(3);
                } else {
                    status = OPEN[random.nextInt(OPEN.length)];
                }
                if (status == 1 || status == 3 || status == 7) {
                    excluded++;
                } else if (rd >= inYearFrom && rd <= inYearTo) {
                    received++;
                }
                int channel = 1 + random.nextInt(3);
                long fee = random.nextInt(3) == 0 ? 0 : 10_000L * (1 + random.nextInt(50));
                int paid = fee == 0 ? 0 : random.nextInt(3);
                // code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult
                at = put(buf, at, unit);
                buf[at++] = '-';
                at = number(buf, at, i);
                buf[at++] = ',';
                at = put(buf, at, proc);
                buf[at++] = ',';
                at = put(buf, at, unit);
                buf[at++] = ',';
                buf[at++] = (byte) ('0' + channel);
                buf[at++] = ',';
                at = time(buf, at, day[rd], rs);
                buf[at++] = ',';
                if (hasDue) {
                    at = time(buf, at, day[dd], 86_399);
                }
                buf[at++] = ',';
                if (finished) {
                    at = time(buf, at, day[fd], fs);
                }
                buf[at++] = ',';
                at = number(buf, at, status);
                buf[at++] = ',';
                buf[at++] = (byte) ('0' + paid);
                buf[at++] = ',';
                at = number(buf, at, fee);
                buf[at++] = ',';
                buf[at++] = (byte) (random.nextInt(3) > 0 ? '1' : '0');
                buf[at++] = ',';
                buf[at++] = (byte) (finished && random.nextInt(3) > 0 ? '1' : '0');
                buf[at++] = '\n';
            }
            out.write(buf, 0, at);
        }
        return new Generated(received, excluded);
    }

    private static byte[][] bytes(List<String> list) {
        byte[][] out = new byte[list.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private static int skewed(SplittableRandom r, int n) {
        int a = r.nextInt(n);
        int b = r.nextInt(n);
        return r.nextInt(5) == 0 ? Math.max(a, b) : Math.min(a, b);
    }

    private static int put(byte[] buf, int at, byte[] b) {
        System.arraycopy(b, 0, buf, at, b.length);
        return at + b.length;
    }

    private static int number(byte[] buf, int at, long v) {
        if (v == 0) {
            buf[at] = '0';
            return at + 1;
        }
        int digits = 0;
        for (long x = v; x > 0; x /= 10) {
            digits++;
        }
        for (int k = at + digits - 1; k >= at; k--) {
            buf[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + digits;
    }

    private static int time(byte[] buf, int at, byte[] day, int second) {
        at = put(buf, at, day);
        buf[at++] = ' ';
        int h = second / 3600;
        int m = second / 60 % 60;
        int s = second % 60;
        buf[at++] = (byte) ('0' + h / 10);
        buf[at++] = (byte) ('0' + h % 10);
        buf[at++] = ':';
        buf[at++] = (byte) ('0' + m / 10);
        buf[at++] = (byte) ('0' + m % 10);
        buf[at++] = ':';
        buf[at++] = (byte) ('0' + s / 10);
        buf[at++] = (byte) ('0' + s % 10);
        return at;
    }
}
