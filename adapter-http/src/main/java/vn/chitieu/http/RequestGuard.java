package vn.chitieu.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The servlet filter in front of every route. It hides {@code X-HTTP-Method-Override} from
 * Javalin, whose {@code Context.method()} would otherwise route a GET carrying
 * {@code X-HTTP-Method-Override: DELETE} to a DELETE handler (a link or an image could revoke a
 * token); the method is the request line's, always. And it marks every response
 * {@code X-Content-Type-Options: nosniff}.
 */
final class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request.getHeader(METHOD_OVERRIDE) == null ? request : new WithoutOverride(request), response);
    }

    private static final class WithoutOverride extends HttpServletRequestWrapper {

        WithoutOverride(HttpServletRequest request) {
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
    }
}
