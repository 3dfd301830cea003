package vn.chitieu.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web dashboard: plain HTML, CSS and JavaScript modules from the jar's {@code /web} folder,
 * served at {@code /} without a token (every API call the pages make carries the token that the
 * sign-in form keeps in {@code sessionStorage}). The pages run under a strict Content Security
 * Policy: scripts, styles and requests from this server only, no inline script, no framing.
 */
final class Dashboard {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private Dashboard() {
    }

    static void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = Map.of(
                    "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                    "Referrer-Policy", "no-referrer",
                    "X-Frame-Options", "DENY",
                    "Cache-Control", "no-cache");
        });
    }
}
