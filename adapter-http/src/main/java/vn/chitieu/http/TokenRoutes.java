package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Role;
import vn.chitieu.application.access.ManageTokens;

/**
 * {@code /api/v1/tokens}: issue, list and revoke bearer tokens (ADMIN only). Issuing and revoking
 * are audited with the calling admin token as the actor and the optional {@code ?reason=}.
 */
public final class TokenRoutes implements RouteGroup {

    @Inject private ManageTokens tokens;
    @Inject private JsonBodies bodies;
    @Inject private TokenMapper mapper;
    @Inject private Paging paging;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/tokens", this::issue, AdminOnly.ROUTE);
        routes.get("/api/v1/tokens", this::list, AdminOnly.ROUTE);
        routes.delete("/api/v1/tokens/{id}", this::revoke, AdminOnly.ROUTE);
    }

    /** A token's secret, or the list of who holds what, is kept by no cache between here and the admin. */
    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    private void issue(Context ctx) {
        noStore(ctx);
        TokenRequestJson request = bodies.read(ctx, TokenRequestJson.class);
        String unit = request.unit();
        AccessToken.Issued issued = tokens.issue(Authentication.caller(ctx), role(request.role()),
                unit == null || unit.isBlank() ? null : Queries.unit(unit, "unit"), request.label(),
                ctx.queryParam("reason"));
        ctx.status(201).header("Location", "/api/v1/tokens/" + issued.token().id()).json(mapper.toJson(issued));
    }

    private void list(Context ctx) {
        noStore(ctx);
        ctx.json(paging.page(ctx, tokens.list().stream().map(mapper::toJson).toList()));
    }

    private void revoke(Context ctx) {
        noStore(ctx);
        String id = ctx.pathParam("id");
        tokens.revoke(Authentication.caller(ctx), id, ctx.queryParam("reason"))
                .orElseThrow(() -> HttpProblem.notFound("no token '" + id + "'"));
        ctx.status(204);
    }

    private static Role role(String text) {
        if (text == null || text.isBlank()) {
            throw HttpProblem.badField("role", "a token needs a role: ADMIN, EDITOR or VIEWER");
        }
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badField("role", "unknown role '" + text + "'; expected ADMIN, EDITOR or VIEWER");
        }
    }
}
