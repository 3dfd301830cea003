package vn.chitieu.http;

import io.javalin.security.RouteRole;

/**
 * The mark of a route that changes something: {@code routes.post(path, handler, WriteRoute.ROUTE)}.
 * {@link Authentication#authorize} refuses a VIEWER on it (403) before the handler reads a byte
 * of the body, so a viewer's upload is never parsed.
 */
public enum WriteRoute implements RouteRole {
    ROUTE
}
