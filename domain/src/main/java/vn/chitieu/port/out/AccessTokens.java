package vn.chitieu.port.out;

import java.util.List;
import java.util.Optional;
import vn.chitieu.access.AccessToken;

/** Storage of bearer tokens, by the SHA-256 hash of their secret; the secret itself is never stored. */
public interface AccessTokens {

    /** Inserts a new token or replaces the one with the same id. */
    void save(AccessToken token);

    Optional<AccessToken> findByHash(String hash);

    Optional<AccessToken> findById(String id);

    /** Every token, revoked ones included, oldest first. */
    List<AccessToken> list();
}
