package vn.chitieu.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The servlet filter in front of every route.
 *
 * <ul>
 *   <li>It hides {@code X-HTTP-Method-Override} from Javalin, whose {@code Context.method()}
 *       would otherwise route a GET carrying {@code X-HTTP-Method-Override: DELETE} to a DELETE
 *       handler (a link or an image could revoke a token); the method is the request line's.
 *   <li>It cuts a request body that comes slower than {@code minBytesPerSecond} on average
 *       (408), once {@code graceMs} have passed since its first byte: 300 uploads of a byte every
 *       two seconds no longer hold the request threads and starve {@code /health}. Jetty's own
 *       minimum data rate has no such grace and cut a 20-byte JSON body whose last read came
 *       20 ms after its first byte on a loaded machine.
 *   <li>It marks every response {@code X-Content-Type-Options: nosniff}.
 * </ul>
 */
final class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    private final long minBytesPerSecond;
    private final long graceMs;

    RequestGuard(long minBytesPerSecond, long graceMs) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceMs = graceMs;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(new Guarded(request), response);
    }

    private final class Guarded extends HttpServletRequestWrapper {

        private ServletInputStream input;

        Guarded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return METHOD_OVERRIDE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return METHOD_OVERRIDE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(METHOD_OVERRIDE::equalsIgnoreCase);
            return Collections.enumeration(names);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (input == null) {
                input = new Metered(super.getInputStream());
            }
            return input;
        }
    }

    /** The body as it arrives, refused (408) when it comes too slowly. */
    private final class Metered extends ServletInputStream {

        private final ServletInputStream in;
        private long firstByteNanos = -1;
        private long bytes;

        Metered(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            arrived(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            arrived(Math.max(n, 0));
            return n;
        }

        private void arrived(int n) {
            long now = System.nanoTime();
            if (firstByteNanos < 0) {
                if (n == 0) {
                    return;
                }
                firstByteNanos = now;
            }
            bytes += n;
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(now - firstByteNanos);
            if (elapsedMs > graceMs && bytes * 1000 < minBytesPerSecond * elapsedMs) {
                throw new BadMessageException(408, "request body slower than " + minBytesPerSecond + " B/s");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
