package vn.chitieu.http;

import io.javalin.security.RouteRole;

/**
 * The mark of an ADMIN-only route: {@code routes.post(path, handler, AdminOnly.ROUTE)}. The one
 * check is {@link Authentication#authorize}, run before every matched {@code /api/v1} route.
 */
public enum AdminOnly implements RouteRole {
    ROUTE
}
