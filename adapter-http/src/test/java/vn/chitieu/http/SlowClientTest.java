package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow uploads (a byte at a time) cannot hold the server: each is cut (408) once its body comes
 * slower than the minimum data rate, and {@code /health} answers while they try.
 */
class SlowClientTest {

    private static final int CONNECTIONS = 60;
    /** A bound, not a measurement: today each is cut within about a second; before, never. */
    private static final long GIVE_UP_MS = 20_000;

    private static TestServer server;
    private static String editor;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServerStorage.inMemory());
        Api api = new Api(server.client());
        api.loadUnits(Province.UNITS_CSV);
        editor = api.token("EDITOR", "krong-pac");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void slowUploadsAreCutAndHealthStillAnswers() throws Exception {
        List<Slow> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                uploads.add(new Slow(server.server().port(), editor));
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server().port() + "/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            int healthStatus = http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode();

            long deadline = System.currentTimeMillis() + GIVE_UP_MS;
            while (System.currentTimeMillis() < deadline && uploads.stream().anyMatch(u -> !u.cut())) {
                for (Slow upload : uploads) {
                    upload.trickle();
                }
                Thread.sleep(250);
            }

            assertThat(healthStatus).isEqualTo(200);
            assertThat(uploads).allSatisfy(u -> assertThat(u.cut()).as("a slow upload still open").isTrue());
            assertThat(uploads).anySatisfy(u -> assertThat(u.answer()).startsWith("HTTP/1.1 408"));
            assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            for (Slow upload : uploads) {
                upload.close();
            }
        }
    }

    @Test
    void aBodyThatStopsComingIsCutWithAProblem() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout((int) GIVE_UP_MS);
            socket.getOutputStream().write(("POST /api/v1/results HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + editor + "\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\nu")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

            assertThat(answer.status()).as(answer.text()).isIn(400, 408);
            assertThat(answer.header("Content-Type")).as(answer.text()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("java.").doesNotContain("org.eclipse").doesNotContain("object");
        }
    }

    /** A POST of a CSV that announces 100 kB and sends it one byte per call of {@link #trickle}. */
    private static final class Slow {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean cut;
        private String answer = "";

        Slow(int port, String token) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(1_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
            out.write(("POST /api/v1/results HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\nu").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void trickle() {
            if (cut) {
                return;
            }
            try {
                if (in.available() > 0) {
                    byte[] bytes = new byte[in.available()];
                    int n = in.read(bytes);
                    answer = new String(bytes, 0, Math.max(n, 0), StandardCharsets.US_ASCII);
                    cut = true;
                    return;
                }
                out.write('x');
                out.flush();
            } catch (IOException closed) {
                cut = true;
            }
        }

        boolean cut() {
            return cut;
        }

        String answer() {
            return answer;
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
