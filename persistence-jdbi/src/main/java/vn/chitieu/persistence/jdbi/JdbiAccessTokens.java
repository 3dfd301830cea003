package vn.chitieu.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Role;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditValues;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.unit.UnitCode;

/**
 * Bearer tokens in PostgreSQL: the SHA-256 hash of each secret, never the secret. Only the
 * revocation of a stored token can change; everything else is written once. Each write and its
 * audit entry share one transaction.
 */
public final class JdbiAccessTokens implements AccessTokens {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, token_hash, role, scope, label, created_at, revoked_at";

    private final Jdbi jdbi;

    public JdbiAccessTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void issue(AccessToken token, Actor by, String reason) {
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("""
                        INSERT INTO access_tokens (id, token_hash, role, scope, label, created_at, revoked_at)
                        VALUES (:id, :hash, :role, :scope, :label, :createdAt, :revokedAt)
                        """)
                        .bind("id", token.id())
                        .bind("hash", token.hash())
                        .bind("role", token.role().name())
                        .bind("scope", token.scope() == null ? null : token.scope().value())
                        .bind("label", token.label())
                        .bind("createdAt", Timestamp.from(token.createdAt()))
                        .bind("revokedAt", token.revokedAt() == null ? null : Timestamp.from(token.revokedAt()))
                        .execute();
                h.attach(AuditDao.class).insert(by.name(), List.of(new PendingAudit(AuditAction.TOKEN_ISSUED,
                        AuditValues.subject(token), null, AuditValues.of(token), reason)));
            });
        } catch (JdbiException e) {
            if (UNIQUE_VIOLATION.equals(JdbiStorage.sqlState(e).orElse(""))) {
                throw new IllegalArgumentException("a token with the id or the secret of " + token.id()
                        + " is already stored", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<AccessToken> revoke(String id, Instant at, Actor by, String reason) {
        return jdbi.inTransaction(h -> {
            Optional<AccessToken> stored = h.createQuery("SELECT " + COLUMNS + " FROM access_tokens WHERE id = :id FOR UPDATE")
                    .bind("id", id).map((rs, ctx) -> token(rs)).findOne();
            if (stored.isEmpty() || stored.get().isRevoked()) {
                return stored;
            }
            AccessToken revoked = stored.get().revoke(at);
            h.createUpdate("UPDATE access_tokens SET revoked_at = :revokedAt WHERE id = :id")
                    .bind("id", id)
                    .bind("revokedAt", Timestamp.from(revoked.revokedAt()))
                    .execute();
            h.attach(AuditDao.class).insert(by.name(), List.of(new PendingAudit(AuditAction.TOKEN_REVOKED,
                    AuditValues.subject(revoked), AuditValues.of(stored.get()), AuditValues.of(revoked), reason)));
            return Optional.of(revoked);
        });
    }

    @Override
    public Optional<AccessToken> findByHash(String hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM access_tokens WHERE token_hash = :hash")
                .bind("hash", hash).map((rs, ctx) -> token(rs)).findOne());
    }

    @Override
    public Optional<AccessToken> findById(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM access_tokens WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> token(rs)).findOne());
    }

    @Override
    public List<AccessToken> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM access_tokens ORDER BY created_at, id")
                .map((rs, ctx) -> token(rs)).list());
    }

    private static AccessToken token(ResultSet rs) throws SQLException {
        String scope = rs.getString("scope");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new AccessToken(rs.getString("id"), rs.getString("token_hash"), Role.valueOf(rs.getString("role")),
                scope == null ? null : UnitCode.of(scope), rs.getString("label"), rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
