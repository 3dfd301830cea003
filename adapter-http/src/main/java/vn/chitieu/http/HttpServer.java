package vn.chitieu.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The Javalin server: JSON by the project's Jackson mapper, every {@code /api/v1} request
 * authenticated first, errors as problem+json (Jetty's own too), the route groups bound by Guice,
 * no method override ({@link RequestGuard}), idle and minimum-data-rate timeouts. Start it on a
 * port (0 for any free one) and stop it gracefully.
 */
public final class HttpServer {

    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    /**
     * A request body that arrives slower than {@link #MIN_REQUEST_BYTES_PER_SECOND} on average
     * since its first byte is cut with 408 once {@link #SLOW_BODY_GRACE_MS} have passed
     * ({@link RequestGuard}), and one that stops for {@link #REQUEST_IDLE_TIMEOUT_MS} is cut too,
     * so that slow uploads cannot hold the request threads and starve {@code /health}; an idle
     * connection (no request in flight, no thread held) is closed after
     * {@link #CONNECTION_IDLE_TIMEOUT_MS}.
     */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1_024;
    static final long SLOW_BODY_GRACE_MS = 2_000;
    static final long REQUEST_IDLE_TIMEOUT_MS = 10_000;
    static final long CONNECTION_IDLE_TIMEOUT_MS = 30_000;

    private final Javalin app;

    @Inject
    public HttpServer(ObjectMapper json, Authentication authentication, ProblemResponses problems,
            Set<RouteGroup> groups, ServerSettings settings) {
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = settings.maxCsvBytes();
            config.http.defaultContentType = "application/json";
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new ServerErrors(json));
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        for (Connector connector : server.getConnectors()) {
                            if (connector instanceof AbstractConnector c) {
                                c.setIdleTimeout(CONNECTION_IDLE_TIMEOUT_MS);
                            }
                        }
                    }
                });
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(REQUEST_IDLE_TIMEOUT_MS);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(
                    new RequestGuard(MIN_REQUEST_BYTES_PER_SECOND, SLOW_BODY_GRACE_MS)),
                    "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.staticFiles.enableWebjars();
            Dashboard.serve(config);
            problems.register(config.routes);
            config.routes.before("/api/v1/*", authentication::authenticate);
            config.routes.before("/api/v1/*", Queries::refuseControlCharacters);
            config.routes.before("/api/v1/*", QueryNames::refuseMisspelt);
            config.routes.beforeMatched("/api/v1/*", authentication::authorize);
            groups.forEach(group -> group.addTo(config.routes));
        });
    }

    public HttpServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /**
     * Stops accepting requests, lets the ones in flight finish (at most 5 s), then stops: a request
     * still running after the grace period is cut (Jetty stops every connector and then reports
     * the timeout, which is the intended end here, not a failure to stop).
     */
    public void stop() {
        try {
            app.stop();
        } catch (io.javalin.util.JavalinException e) {
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
        }
    }

    /** Every endpoint the server answers, as {@code METHOD path}: what the OpenAPI document must describe. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> METHODS.contains(e.method))
                .map(e -> e.method.name() + " " + e.path)
                .sorted()
                .toList();
    }
}
