package vn.chitieu.http;

import io.javalin.config.RoutesConfig;

/** A group of related endpoints that adds itself to the server's routes. */
public interface RouteGroup {

    void addTo(RoutesConfig routes);
}
