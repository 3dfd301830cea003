package vn.chitieu.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.chitieu.access.AccessToken;
import vn.chitieu.audit.Actor;

/**
 * Storage of bearer tokens, by the SHA-256 hash of their secret; the secret itself is never stored.
 * Issuing and revoking a token write their audit entry ({@code TOKEN_ISSUED}, {@code TOKEN_REVOKED})
 * in the same transaction; the entry names the token's id, role and scope, never its secret or hash.
 */
public interface AccessTokens {

    /**
     * Stores a newly issued token, audited as issued by {@code by} for {@code reason} (may be null).
     *
     * @throws IllegalArgumentException when a token with this id or this secret is already stored
     */
    void issue(AccessToken token, Actor by, String reason);

    /**
     * Revokes the stored token {@code id} as of {@code at}, audited as revoked by {@code by} for
     * {@code reason} (may be null). A token already revoked stays as it is and nothing is audited.
     *
     * @return the token as now stored; empty when there is no such token
     */
    Optional<AccessToken> revoke(String id, Instant at, Actor by, String reason);

    Optional<AccessToken> findByHash(String hash);

    Optional<AccessToken> findById(String id);

    /** Every token, revoked ones included, oldest first. */
    List<AccessToken> list();
}
