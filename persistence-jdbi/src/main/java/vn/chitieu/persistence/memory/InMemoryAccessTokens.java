package vn.chitieu.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chitieu.access.AccessToken;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditValues;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.port.out.AccessTokens;

/**
 * Tokens kept in memory, in the store of the other in-memory ports: each write appends its audit
 * entry to the same log under the same lock. For tests and for a server started without a database.
 */
public final class InMemoryAccessTokens implements AccessTokens {

    private final InMemoryStorage store;

    InMemoryAccessTokens(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public void issue(AccessToken token, Actor by, String reason) {
        synchronized (store.lock) {
            boolean taken = store.tokens.containsKey(token.id())
                    || store.tokens.values().stream().anyMatch(t -> t.hash().equals(token.hash()));
            if (taken) {
                throw new IllegalArgumentException("a token with the id or the secret of " + token.id()
                        + " is already stored");
            }
            store.tokens.put(token.id(), token);
            store.audit(List.of(new PendingAudit(AuditAction.TOKEN_ISSUED, AuditValues.subject(token), null,
                    AuditValues.of(token), reason)), by);
        }
    }

    @Override
    public Optional<AccessToken> revoke(String id, Instant at, Actor by, String reason) {
        synchronized (store.lock) {
            AccessToken stored = store.tokens.get(id);
            if (stored == null || stored.isRevoked()) {
                return Optional.ofNullable(stored);
            }
            AccessToken revoked = stored.revoke(at);
            store.tokens.put(id, revoked);
            store.audit(List.of(new PendingAudit(AuditAction.TOKEN_REVOKED, AuditValues.subject(revoked),
                    AuditValues.of(stored), AuditValues.of(revoked), reason)), by);
            return Optional.of(revoked);
        }
    }

    @Override
    public Optional<AccessToken> findByHash(String hash) {
        synchronized (store.lock) {
            return store.tokens.values().stream().filter(t -> t.hash().equals(hash)).findFirst();
        }
    }

    @Override
    public Optional<AccessToken> findById(String id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.tokens.get(id));
        }
    }

    @Override
    public List<AccessToken> list() {
        synchronized (store.lock) {
            List<AccessToken> all = new ArrayList<>(store.tokens.values());
            all.sort(Comparator.comparing(AccessToken::createdAt).thenComparing(AccessToken::id));
            return all;
        }
    }
}
