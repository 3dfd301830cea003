package vn.chitieu.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Set;

/**
 * The Javalin server: JSON by the project's Jackson mapper, every {@code /api/v1} request
 * authenticated first, errors as problem+json, the route groups bound by Guice. Start it on a
 * port (0 for any free one) and stop it gracefully.
 */
public final class HttpServer {

    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

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
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            config.staticFiles.enableWebjars();
            problems.register(config.routes);
            config.routes.before("/api/v1/*", authentication::authenticate);
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

    /** Stops accepting requests, lets the ones in flight finish (at most 5 s), then stops. */
    public void stop() {
        app.stop();
    }

    /** Every endpoint the server answers, as {@code METHOD path}: what the OpenAPI document must describe. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> METHODS.contains(e.method))
                .map(HttpServer::describe)
                .sorted()
                .toList();
    }

    private static String describe(Endpoint e) {
        return e.method.name() + " " + e.path;
    }
}
