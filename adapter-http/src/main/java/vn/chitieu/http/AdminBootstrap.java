package vn.chitieu.http;

import com.google.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Role;
import vn.chitieu.audit.Actor;
import vn.chitieu.port.out.AccessTokens;

/**
 * Makes sure someone can administer the server. With {@code CHITIEU_ADMIN_TOKEN} set, that
 * secret is an admin token (stored hashed, like any other). Without it, the first start issues
 * an admin token and hands its secret back once to be printed; later starts find an admin and
 * print nothing. A token made here is audited as issued by {@link #ACTOR}. When the secret in
 * {@code CHITIEU_ADMIN_TOKEN} changes, the token of the earlier secret is revoked (audited too).
 */
public final class AdminBootstrap {

    public static final String ENV = "CHITIEU_ADMIN_TOKEN";
    /** The audit log's actor for the admin token the server creates itself. */
    public static final Actor ACTOR = Actor.of("system (bootstrap)");
    private static final String ENV_LABEL = "bootstrap (" + ENV + ")";

    private final AccessTokens tokens;
    private final Clock clock;
    private final SecureRandom random;

    @Inject
    public AdminBootstrap(AccessTokens tokens, Clock clock, SecureRandom random) {
        this.tokens = tokens;
        this.clock = clock;
        this.random = random;
    }

    /** The secret of a newly generated admin token, to be shown once; empty when none was generated. */
    public Optional<String> ensureAdmin(String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            if (fromEnvironment.strip().length() < AccessToken.MIN_SECRET_LENGTH) {
                throw new WeakSecret(ENV + " must have at least " + AccessToken.MIN_SECRET_LENGTH
                        + " characters (128 random bits or more)");
            }
            String hash = AccessToken.hashOf(fromEnvironment);
            // a changed secret replaces the old one: the token of an earlier value stops working
            tokens.list().stream()
                    .filter(t -> ENV_LABEL.equals(t.label()) && !t.isRevoked() && !t.hash().equals(hash))
                    .forEach(old -> tokens.revoke(old.id(), clock.instant(), ACTOR, ENV + " changed"));
            if (tokens.findByHash(hash).isEmpty()) {
                tokens.issue(AccessToken.withSecret(fromEnvironment, Role.ADMIN, null, ENV_LABEL,
                        clock.instant(), random), ACTOR, "admin token from " + ENV);
            }
            return Optional.empty();
        }
        if (tokens.list().stream().anyMatch(t -> t.role() == Role.ADMIN && !t.isRevoked())) {
            return Optional.empty();
        }
        AccessToken.Issued issued = AccessToken.issue(Role.ADMIN, null, "bootstrap (generated)", clock.instant(), random);
        tokens.issue(issued.token(), ACTOR, "first start without an admin token");
        return Optional.of(issued.secret());
    }

    /** The bootstrap secret given is too short to be a token: a setting to fix, said in one line at start. */
    static final class WeakSecret extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        WeakSecret(String message) {
            super(message);
        }
    }
}
