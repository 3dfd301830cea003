package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Role;
import vn.chitieu.persistence.memory.InMemoryAccessTokens;

class AdminBootstrapTest {

    private final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
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
    void aShortEnvironmentTokenIsRefused() {
        assertThatThrownBy(() -> bootstrap.ensureAdmin("admin")).hasMessageContaining("at least");
    }
}
