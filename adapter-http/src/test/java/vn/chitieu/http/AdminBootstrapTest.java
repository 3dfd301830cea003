package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Role;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.persistence.memory.InMemoryStorage;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.AuditLog;

class AdminBootstrapTest {

    private final InMemoryStorage store = new InMemoryStorage();
    private final AccessTokens tokens = store.accessTokens();
    private final AuditLog audit = store.auditLog();
    private final AdminBootstrap bootstrap = new AdminBootstrap(tokens, Clock.systemUTC(), new SecureRandom());

    @Test
    void withoutTheEnvironmentTheFirstStartGeneratesAnAdminTokenAndLaterStartsDoNot() {
        String secret = bootstrap.ensureAdmin(null).orElseThrow();

        assertThat(tokens.findByHash(AccessToken.hashOf(secret))).get().extracting(AccessToken::role).isEqualTo(Role.ADMIN);
        assertThat(bootstrap.ensureAdmin(null)).isEmpty();
        assertThat(tokens.list()).hasSize(1);
    }

    @Test
    void theEnvironmentTokenBecomesAnAdminOnceAndIsStoredHashed() {
        String secret = "an-admin-secret-from-the-environment";

        assertThat(bootstrap.ensureAdmin(secret)).isEmpty();
        assertThat(bootstrap.ensureAdmin(secret)).isEmpty();

        assertThat(tokens.list()).singleElement().satisfies(t -> {
            assertThat(t.role()).isEqualTo(Role.ADMIN);
            assertThat(t.hash()).isEqualTo(AccessToken.hashOf(secret)).doesNotContain(secret);
        });
    }

    @Test
    void theBootstrapTokenIsAuditedOnceAsIssuedByTheSystemWithoutItsSecret() {
        String secret = bootstrap.ensureAdmin(null).orElseThrow();
        bootstrap.ensureAdmin(null);
        AccessToken token = tokens.list().get(0);

        assertThat(audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TOKEN_ISSUED);
            assertThat(e.actor().name()).isEqualTo("system (bootstrap)");
            assertThat(e.subject()).isEqualTo("token/" + token.id());
            assertThat(e.newValue()).contains("role=ADMIN").doesNotContain(secret).doesNotContain(token.hash());
        });
    }

    @Test
    void aChangedEnvironmentTokenRevokesTheOldOneAuditedAndKeepsOtherAdmins() {
        String generated = bootstrap.ensureAdmin(null).orElseThrow();
        String first = "the-first-admin-secret-from-the-environment";
        String second = "the-second-admin-secret-from-the-environment";
        bootstrap.ensureAdmin(first);

        bootstrap.ensureAdmin(second);
        bootstrap.ensureAdmin(second);

        assertThat(tokens.findByHash(AccessToken.hashOf(first))).get().satisfies(t -> assertThat(t.isRevoked()).isTrue());
        assertThat(tokens.findByHash(AccessToken.hashOf(second))).get().satisfies(t -> assertThat(t.isRevoked()).isFalse());
        assertThat(tokens.findByHash(AccessToken.hashOf(generated))).get().satisfies(t -> assertThat(t.isRevoked()).isFalse());
        AccessToken old = tokens.findByHash(AccessToken.hashOf(first)).orElseThrow();
        assertThat(audit.all()).filteredOn(e -> e.action() == AuditAction.TOKEN_REVOKED).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("token/" + old.id());
            assertThat(e.actor().name()).isEqualTo("system (bootstrap)");
        });
    }

    @Test
    void aShortEnvironmentTokenIsRefused() {
        assertThatThrownBy(() -> bootstrap.ensureAdmin("admin")).hasMessageContaining("at least");
    }
}
