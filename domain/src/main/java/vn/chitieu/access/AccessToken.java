package vn.chitieu.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * A bearer token as storage keeps it: never the secret itself, only its SHA-256 hash. The secret
 * is shown once, when the token is issued. {@code scope} is the unit whose subtree the token may
 * see; an ADMIN token may have none (it sees everything). A revoked token opens nothing.
 */
public record AccessToken(String id, String hash, Role role, UnitCode scope, String label, Instant createdAt,
        Instant revokedAt) {

    /** 24 random bytes = 192 bits, above the 128 bits asked for. */
    private static final int SECRET_BYTES = 24;
    /** A secret given from outside (the bootstrap admin token) must carry at least this many characters. */
    public static final int MIN_SECRET_LENGTH = 22;

    public AccessToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        if (role != Role.ADMIN && scope == null) {
            throw new IllegalArgumentException("a " + role + " token needs a unit scope");
        }
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a token hash is 64 hex digits (SHA-256)");
        }
    }

    /** Issues a new token: a random secret and the token that stores its hash. */
    public static Issued issue(Role role, UnitCode scope, String label, Instant now, SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(secret, withSecret(secret, role, scope, label, now, random));
    }

    /** The token for a secret chosen elsewhere (the bootstrap admin token from the environment). */
    public static AccessToken withSecret(String secret, Role role, UnitCode scope, String label, Instant now,
            SecureRandom random) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("a token secret has at least " + MIN_SECRET_LENGTH + " characters");
        }
        byte[] idBytes = new byte[9];
        random.nextBytes(idBytes);
        String id = "tok_" + Base64.getUrlEncoder().withoutPadding().encodeToString(idBytes);
        return new AccessToken(id, hashOf(secret.strip()), role, scope, label, now, null);
    }

    /** SHA-256 of the secret, as lower-case hex: what storage looks tokens up by. */
    public static String hashOf(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public AccessToken revoke(Instant when) {
        return isRevoked() ? this : new AccessToken(id, hash, role, scope, label, createdAt, when);
    }

    public Caller caller() {
        return new Caller(id, role, scope);
    }

    /** A freshly issued token with its secret, which is shown once and never stored. */
    public record Issued(String secret, AccessToken token) {
        public Issued {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Issued[" + token.id() + "]";
        }
    }
}
