package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A port already in use is one clear line and exit 1, not a stack trace. */
class ServerMainTest {

    @Test
    void aPortInUseIsOneLineAndExit1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream original = System.err;
            int code;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                code = new CommandLine(new ServerMain()).execute("--in-memory", "--host", "127.0.0.1", "--port",
                        Integer.toString(taken.getLocalPort()));
            } finally {
                System.setErr(original);
            }
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(code).isEqualTo(1);
            assertThat(said).contains("error: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }
    }
}
