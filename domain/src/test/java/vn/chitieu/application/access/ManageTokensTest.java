package vn.chitieu.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.audit.Actor;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.ReadOnlyUnits;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** The rule on which unit a token may be issued for (moved out of the route), and the audit actor of an issue and a revocation. */
class ManageTokensTest {

    private static final UnitTree TREE = UnitTree.of(List.of(
            new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("krong-pac"), "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("dak-lak"))));
    private final List<String> issued = new ArrayList<>();
    private final ManageTokens issuing = new ManageTokens(new ReadOnlyUnits() {
        @Override
        public UnitTree tree() {
            return TREE;
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return TREE.find(code);
        }
    }, new AccessTokens() {
        @Override
        public void issue(AccessToken token, Actor by, String reason) {
            issued.add(token.role() + " " + token.scope() + " by " + by.name() + " for " + reason);
        }

        @Override
        public Optional<AccessToken> revoke(String id, Instant at, Actor by, String reason) {
            issued.add("revoked " + id + " at " + at + " by " + by.name() + " for " + reason);
            return Optional.empty();
        }

        @Override
        public Optional<AccessToken> findByHash(String hash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AccessToken> findById(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AccessToken> list() {
            throw new UnsupportedOperationException();
        }
    }, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), new SecureRandom());
    private final Caller admin = new Caller("t-admin", Role.ADMIN, null);

    @Test
    void aTokenForAStoredUnitIsIssuedAndAuditedWithTheAdminAsActor() {
        AccessToken.Issued token = issuing.issue(admin, Role.EDITOR, UnitCode.of("krong-pac"), "huyện", "new staff");

        assertThat(token.token().scope()).isEqualTo(UnitCode.of("krong-pac"));
        assertThat(issued).containsExactly("EDITOR krong-pac by token t-admin (ADMIN) for new staff");
    }

    @Test
    void anAdminTokenNeedsNoUnit() {
        assertThat(issuing.issue(admin, Role.ADMIN, null, null, null).token().scope()).isNull();
        assertThat(issued).hasSize(1);
    }

    @Test
    void anUnknownUnitOrAMissingOneForAnEditorOrViewerIsRefusedAndNothingIssued() {
        assertThatThrownBy(() -> issuing.issue(admin, Role.VIEWER, UnitCode.of("atlantis"), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.column()).isEqualTo("unit");
                            assertThat(p.reason()).isEqualTo("no unit 'atlantis' in the registry");
                        }));
        assertThatThrownBy(() -> issuing.issue(admin, Role.EDITOR, null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("an EDITOR token needs the unit whose subtree it may use");
        assertThat(issued).isEmpty();
    }

    @Test
    void aRevocationIsAuditedWithTheAdminAsActorAtTheClocksTime() {
        assertThat(issuing.revoke(admin, "t-gone", "left")).isEmpty();

        assertThat(issued).containsExactly("revoked t-gone at 2026-01-01T00:00:00Z by token t-admin (ADMIN) for left");
    }
}
