package vn.chitieu.http;

import io.javalin.config.RoutesConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code GET /openapi.json}, the API document kept in the repository, and {@code GET /docs}, a
 * Swagger UI page over it (served from the swagger-ui webjar). Neither needs a token.
 */
public final class DocsRoutes implements RouteGroup {

    public static final String OPENAPI_RESOURCE = "/openapi.json";

    private final byte[] openApi;
    private final String docsPage;

    public DocsRoutes() {
        this.openApi = resource(OPENAPI_RESOURCE, "missing resource " + OPENAPI_RESOURCE);
        this.docsPage = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>chitieu API</title>
                  <link rel="stylesheet" href="/webjars/swagger-ui/%1$s/swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="/webjars/swagger-ui/%1$s/swagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});
                  </script>
                </body>
                </html>
                """.formatted(swaggerUiVersion());
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(docsPage));
    }

    private static byte[] resource(String name, String missing) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(missing);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerUiVersion() {
        Properties p = new Properties();
        try {
            p.load(new ByteArrayInputStream(resource("/META-INF/maven/org.webjars/swagger-ui/pom.properties",
                    "the swagger-ui webjar is missing from the classpath")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
