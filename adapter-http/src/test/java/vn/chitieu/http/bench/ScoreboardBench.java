package vn.chitieu.http.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.chitieu.http.AdminBootstrap;
import vn.chitieu.http.HttpModule;
import vn.chitieu.http.HttpServer;
import vn.chitieu.http.ServerSettings;
import vn.chitieu.http.ServerStorage;
import vn.chitieu.persistence.StorageSettings;
import vn.chitieu.persistence.embedded.Database;

/**
 * Load check, not a test: requests per second and p99 latency of {@code GET /api/v1/scoreboard}
 * for a province of 20 departments, 15 districts and 180 communes (an issued target and a result
 * for each of those 215 units), beside the same server's {@code GET /health} as the ceiling.
 * Talks to 127.0.0.1 only, with a bounded number of requests.
 *
 * <p>Run: {@code mvn -B -q -pl adapter-http -am -Pbench -DskipTests verify}
 * (add {@code -Dbench.args="--in-memory --requests 4000 --clients 4"} to change it).
 */
public final class ScoreboardBench {

    private static final String ADMIN = "bench-admin-token-0123456789abcdefgh";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private ScoreboardBench(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        boolean inMemory = a.contains("--in-memory");
        int requests = option(a, "--requests", 2000);
        int clients = option(a, "--clients", 4);
        Path data = Files.createTempDirectory("chitieu-bench-");
        Module storage = inMemory ? ServerStorage.inMemory() : ServerStorage.postgres(StorageSettings.embedded(data));
        Injector injector = Guice.createInjector(new HttpModule(ServerSettings.defaults()), storage);
        injector.getInstance(AdminBootstrap.class).ensureAdmin(ADMIN);
        HttpServer server = injector.getInstance(HttpServer.class).start("127.0.0.1", 0);
        try {
            ScoreboardBench bench = new ScoreboardBench(server.port());
            int rows = bench.seed();
            System.out.printf(Locale.ROOT, "storage %s, %d units scored, %d requests per endpoint, %d clients, %d cores%n",
                    inMemory ? "in-memory" : "embedded PostgreSQL", rows, requests, clients,
                    Runtime.getRuntime().availableProcessors());
            String scoreboard = "/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022";
            bench.run("/health", requests / 4, clients);
            bench.run(scoreboard, requests / 4, clients);
            Stats health = bench.run("/health", requests, clients);
            Stats board = bench.run(scoreboard, requests, clients);
            System.out.println(health.line("GET /health"));
            System.out.println(board.line("GET /api/v1/scoreboard"));
            System.out.printf(Locale.ROOT, "scoreboard / health: %.3f of the throughput (aim: at least 0.5), p99 %.1f× the "
                    + "latency; load average %.1f%n", board.perSecond() / health.perSecond(),
                    board.p99Millis() / health.p99Millis(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            bench.checkAWriteShows(scoreboard);
        } finally {
            server.stop();
            if (injector.getExistingBinding(Key.get(Database.class)) != null) {
                injector.getInstance(Database.class).close();
            }
        }
    }

    private static int option(List<String> args, String name, int otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : otherwise;
    }

    /** The province, an issued decision with a target for every unit, and a result for every unit. */
    private int seed() throws Exception {
        StringBuilder units = new StringBuilder("code,name,kind,parent\nprovince,Tỉnh Thử Nghiệm,PROVINCE,\n");
        List<String> codes = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            units.append("so-").append(d).append(",Sở số ").append(d).append(",DEPARTMENT,province\n");
            codes.add("so-" + d);
        }
        for (int h = 1; h <= 15; h++) {
            units.append("huyen-").append(h).append(",Huyện số ").append(h).append(",DISTRICT,province\n");
            codes.add("huyen-" + h);
            for (int x = 1; x <= 12; x++) {
                String code = "xa-" + h + "-" + x;
                units.append(code).append(",Xã ").append(h).append('-').append(x).append(",COMMUNE,huyen-").append(h).append('\n');
                codes.add(code);
            }
        }
        expect(200, send("PUT", "/api/v1/units", "text/csv", units.toString(), null));
        HttpResponse<String> draft = send("POST", "/api/v1/decisions", "application/json",
                "{\"issuer\":\"province\",\"year\":2022,\"title\":\"Chỉ tiêu thử tải\"}", null);
        expect(201, draft);
        String id = JSON.readTree(draft.body()).get("id").asText();
        String etag = draft.headers().firstValue("ETag").orElseThrow();
        StringBuilder results = new StringBuilder("unit,indicator,period,numerator,denominator\n");
        for (int i = 0; i < codes.size(); i++) {
            HttpResponse<String> set = send("PUT", "/api/v1/decisions/" + id + "/assignments/" + codes.get(i) + "/ONLINE_RATE",
                    "application/json", "{\"target\":" + (40 + i % 50) + "}", etag);
            expect(200, set);
            etag = set.headers().firstValue("ETag").orElseThrow();
            int denominator = 500 + 37 * i;
            results.append(codes.get(i)).append(",ONLINE_RATE,2022,").append(denominator * (30 + i % 60) / 100)
                    .append(',').append(denominator).append('\n');
        }
        expect(200, send("POST", "/api/v1/decisions/" + id + "/issue", "application/json", "{\"number\":\"1/QĐ-UBND\"}", etag));
        expect(200, send("POST", "/api/v1/results", "text/csv", results.toString(), null));
        HttpResponse<String> board = send("GET", "/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022", null, null, null);
        expect(200, board);
        JsonNode rows = JSON.readTree(board.body()).get("rows");
        if (rows.size() != codes.size()) {
            throw new IllegalStateException("the scoreboard has " + rows.size() + " rows, expected " + codes.size());
        }
        return rows.size();
    }

    /**
     * The scoreboard is kept between requests (computed once per version of the store): a results
     * import must show in the next request, else the figures above measured a stale board.
     */
    private void checkAWriteShows(String scoreboard) throws Exception {
        expect(200, send("POST", "/api/v1/results", "text/csv",
                "unit,indicator,period,numerator,denominator\nso-1,ONLINE_RATE,2022,1,1\n", null));
        for (JsonNode row : JSON.readTree(send("GET", scoreboard, null, null, null).body()).get("rows")) {
            if (row.get("unit").asText().equals("so-1") && row.get("numerator").asLong() != 1) {
                throw new IllegalStateException("the scoreboard did not change after a results import: " + row);
            }
        }
        System.out.println("a results import shows in the next scoreboard request (the kept board was computed again)");
    }

    private Stats run(String path, int requests, int clients) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = send("GET", path, null, null, null);
                    nanos[i] = System.nanoTime() - t0;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Stats(requests, wall, nanos[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)]);
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + ADMIN);
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private record Stats(int requests, long wallNanos, long p99Nanos) {

        double perSecond() {
            return requests / (wallNanos / 1e9);
        }

        double p99Millis() {
            return p99Nanos / 1e6;
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-24s %8.0f req/s   p99 %7.2f ms", what, perSecond(), p99Millis());
        }
    }
}
