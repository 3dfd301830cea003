package vn.chitieu.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark, not a test: {@code chitieu cascade} of a district's 85 % target over N generated
 * children (default 200,000: wards, townships and communes with weights, baselines with two
 * decimals written with a decimal comma, readiness between 0.5 and 1, a few own caps), end to end
 * in a fresh JVM (read the children CSV and the policy, solve, write the plan as JSON to a file),
 * beside a plain Python pass (src/test/resources/bench/cascade_reference.py: the same rule on
 * integers, csv and json modules) over the same file, when {@code python3} is on the PATH. The two
 * plans are compared child by child (target). Prints both times, the ratio (aim: chitieu no
 * slower than Python) and the peak memory. Run with
 * {@code mvn -B -q -Pbench -DskipTests -pl adapter-cli -am verify} (sizes: {@code -Dbench.cascade.sizes="200000"}).
 */
public final class CascadeBench {

    private static final String TARGET = "85";
    private static final String POLICY = """
            indicator: ONLINE_RATE
            growth: 1
            rounding: CEIL
            granularity: 1
            cap: 99
            floors: {WARD: 80, TOWNSHIP: 60, COMMUNE: 40, DISTRICT_OFFICE: 40}
            noBaseline: FLOOR
            uniform: null
            """;

    private CascadeBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            for (String s : a.trim().split("[ ,]+")) {
                if (!s.isEmpty()) {
                    sizes.add(Integer.parseInt(s.replace("_", "")));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(200_000);
        }
        System.out.printf(Locale.ROOT, "cascade benchmark: %d cores, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), Bench.loadAverage());
        System.out.println(Bench.cliStarted());
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("chitieu-cascade-bench");
            try {
                run(dir, n);
            } finally {
                Bench.delete(dir);
            }
        }
    }

    private static void run(Path dir, int n) throws Exception {
        Path children = dir.resolve("children.csv");
        String[] kinds = {"WARD", "TOWNSHIP", "COMMUNE", "COMMUNE"};
        SplittableRandom random = new SplittableRandom(2022);
        try (BufferedWriter w = Files.newBufferedWriter(children, StandardCharsets.UTF_8)) {
            w.write("unit,name,kind,weight,baseline,readiness,cap\n");
            for (int i = 0; i < n; i++) {
                String baseline = random.nextInt(10) == 0 ? ""
                        : String.format(Locale.ROOT, "\"%d,%02d%%\"", random.nextInt(0, 100), random.nextInt(0, 100));
                int readiness = random.nextInt(50, 101);
                String r = readiness == 100 ? "1" : String.format(Locale.ROOT, "\"0,%02d\"", readiness);
                String cap = random.nextInt(20) == 0 ? String.valueOf(random.nextInt(85, 100)) : "";
                w.write("xa-" + i + ",Xã Số " + i + "," + kinds[i % kinds.length] + "," + random.nextInt(1, 5000) + ","
                        + baseline + "," + r + "," + cap + "\n");
            }
        }
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, POLICY);
        System.out.printf(Locale.ROOT, "%n%,d children (%,d KB of CSV), target %s %%%n", n, Files.size(children) >> 10, TARGET);

        Path plan = dir.resolve("plan.json");
        Bench.Measured chitieu = Bench.measure(dir, Bench.cli(List.of(),
                "cascade", "--parent", "parent", "--target", TARGET, "--children", children.toString(),
                "--policy", policy.toString(), "--format", "json", "--out", plan.toString()));
        System.out.printf(Locale.ROOT, "chitieu cascade : %6.2f s end to end, %6.2f s CPU, peak RSS %,6d MB, %,d KB of JSON%n",
                chitieu.seconds(), chitieu.cpuSeconds(), chitieu.peakKb() >> 10, Files.size(plan) >> 10);
        String python = python();
        if (python == null) {
            System.out.println("python3 is not on the PATH: the Python reference is not run (about 1.5 s for 200,000 "
                    + "children on this machine when it was); ratio not measured");
            return;
        }
        Path script = dir.resolve("cascade_reference.py");
        try (InputStream in = CascadeBench.class.getResourceAsStream("/bench/cascade_reference.py")) {
            Files.copy(in, script);
        }
        Path reference = dir.resolve("reference.json");
        Bench.Measured py = Bench.measure(dir, List.of(python, script.toString(), children.toString(), TARGET,
                reference.toString()));
        System.out.printf(Locale.ROOT, "Python reference: %6.2f s end to end, %6.2f s CPU, peak RSS %,6d MB%n",
                py.seconds(), py.cpuSeconds(), py.peakKb() >> 10);
        System.out.printf(Locale.ROOT, "ratio chitieu / Python: %.2f wall, %.2f CPU (aim: at most 1); load average now %.1f; %s%n",
                chitieu.seconds() / py.seconds(), chitieu.cpuSeconds() / py.cpuSeconds(), Bench.loadAverage(),
                compare(plan, reference));
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "python3");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /** The targets of both plans, child by child. */
    private static String compare(Path chitieu, Path python) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(chitieu.toFile()).get("rows");
        JsonNode b = json.readTree(python.toFile()).get("rows");
        if (a.size() != b.size()) {
            return "PLANS DIFFER: " + a.size() + " rows vs " + b.size();
        }
        int differ = 0;
        String example = "";
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).get("target").decimalValue().compareTo(b.get(i).get("target").decimalValue()) != 0
                    || !a.get(i).get("unit").asText().equals(b.get(i).get("unit").asText())) {
                if (differ++ == 0) {
                    example = ", e.g. " + a.get(i) + " vs " + b.get(i);
                }
            }
        }
        return differ == 0 ? "plans equal (" + a.size() + " targets)" : "PLANS DIFFER in " + differ + " targets" + example;
    }
}
