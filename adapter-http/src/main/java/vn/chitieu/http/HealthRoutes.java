package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /health} (no token): 200 when the database answers, 503 when it does not. */
public final class HealthRoutes implements RouteGroup {

    @Inject private DatabaseHealth database;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/health", this::health);
    }

    private void health(Context ctx) {
        boolean up = database.isUp();
        ctx.status(up ? 200 : 503)
                .json(new HealthJson(up ? "UP" : "DOWN", new HealthJson.DatabaseJson(database.kind(), up ? "UP" : "DOWN")));
    }
}
