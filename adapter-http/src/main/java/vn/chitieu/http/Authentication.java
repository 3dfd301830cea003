package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.http.Context;
import java.util.Optional;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Caller;
import vn.chitieu.port.out.AccessTokens;

/**
 * The before-handler of {@code /api/v1/*}: resolves {@code Authorization: Bearer TOKEN} to the
 * {@link Caller}, or refuses the request with 401 (no token, unknown token, revoked token).
 * Handlers get the caller with {@link #caller(Context)}, so none can run without one.
 */
public final class Authentication {

    private static final String CALLER = "chitieu.caller";
    private static final String BEARER = "bearer ";

    private final AccessTokens tokens;

    @Inject
    public Authentication(AccessTokens tokens) {
        this.tokens = tokens;
    }

    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("this request needs an Authorization: Bearer TOKEN header");
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("the Authorization header must be 'Bearer TOKEN'");
        }
        String secret = header.substring(BEARER.length()).strip();
        Optional<AccessToken> token = tokens.findByHash(AccessToken.hashOf(secret));
        if (token.isEmpty()) {
            throw unauthorized("unknown token");
        }
        if (token.get().isRevoked()) {
            throw unauthorized("token " + token.get().id() + " was revoked");
        }
        ctx.attribute(CALLER, token.get().caller());
    }

    /**
     * The before-matched handler of {@code /api/v1/*}, run before the handler reads the body: a
     * route marked {@link AdminOnly} refuses every caller but an admin, a route marked
     * {@link WriteRoute} refuses a VIEWER (403). The one place where roles are checked.
     */
    public void authorize(Context ctx) {
        if (ctx.routeRoles().contains(AdminOnly.ROUTE)) {
            caller(ctx).requireAdmin(ctx.method().name() + " " + ctx.path());
        } else if (ctx.routeRoles().contains(WriteRoute.ROUTE)) {
            caller(ctx).requireWriter();
        }
    }

    /** The authenticated caller of this request; every {@code /api/v1} handler starts here. */
    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw unauthorized("this request is not authenticated");
        }
        return caller;
    }

    private static HttpProblem unauthorized(String detail) {
        return new HttpProblem(401, "Unauthorized", detail);
    }
}
