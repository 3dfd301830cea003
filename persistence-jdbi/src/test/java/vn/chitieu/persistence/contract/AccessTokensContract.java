package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Role;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/** What every implementation of {@link AccessTokens} must do, audit entries included. */
public abstract class AccessTokensContract {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
    private static final UnitCode DISTRICT = UnitCode.of("krong-pac");
    private static final Actor ADMIN = Actor.of("token tok_admin0001 (ADMIN)");

    private final SecureRandom random = new SecureRandom();
    private AccessTokens tokens;
    private AuditLog audit;

    /** An empty store of the implementation under test; the contract adds a province and one district. */
    protected abstract Storage freshStorage();

    @BeforeEach
    void fresh() {
        Storage storage = freshStorage();
        new ImportService(storage, IndicatorCatalogue.builtIn()).importUnits(ImportFile.of("units.csv", List.of(
                new Unit(UnitCode.of("daklak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
                new Unit(DISTRICT, "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("daklak")))),
                ImportOptions.by(Actor.of("Lan")));
        tokens = storage.accessTokens();
        audit = storage.auditLog();
    }

    @Test
    void aTokenIsFoundByTheHashOfItsSecretAndByItsIdButNeverHoldsTheSecret() {
        AccessToken.Issued issued = AccessToken.issue(Role.EDITOR, DISTRICT, "Phòng Văn hóa", T0, random);

        tokens.issue(issued.token(), ADMIN, null);

        AccessToken found = tokens.findByHash(AccessToken.hashOf(issued.secret())).orElseThrow();
        assertThat(found).isEqualTo(issued.token());
        assertThat(found.toString()).doesNotContain(issued.secret());
        assertThat(tokens.findById(issued.token().id())).contains(issued.token());
        assertThat(tokens.findByHash(AccessToken.hashOf("some-other-secret-of-enough-length"))).isEmpty();
    }

    @Test
    void aRevokedTokenStaysListedWithItsRevocation() {
        AccessToken token = AccessToken.issue(Role.ADMIN, null, null, T0, random).token();
        tokens.issue(token, ADMIN, null);

        AccessToken revoked = tokens.revoke(token.id(), T0.plus(1, ChronoUnit.DAYS), ADMIN, null).orElseThrow();

        assertThat(tokens.findById(token.id())).contains(revoked).get().satisfies(t -> {
            assertThat(t.isRevoked()).isTrue();
            assertThat(t.revokedAt()).isEqualTo(T0.plus(1, ChronoUnit.DAYS));
            assertThat(t.hash()).isEqualTo(token.hash());
        });
        assertThat(tokens.list()).hasSize(1);
    }

    @Test
    void theListIsOldestFirst() {
        AccessToken later = AccessToken.issue(Role.VIEWER, DISTRICT, null, T0.plusSeconds(60), random).token();
        AccessToken earlier = AccessToken.issue(Role.ADMIN, null, null, T0, random).token();
        tokens.issue(later, ADMIN, null);
        tokens.issue(earlier, ADMIN, null);

        assertThat(tokens.list()).containsExactly(earlier, later);
    }

    @Test
    void issuingATokenWritesOneAuditEntryNamingItsIdRoleAndScopeAndWhoIssuedIt() {
        AccessToken token = AccessToken.issue(Role.EDITOR, DISTRICT, "Phòng Văn hóa", T0, random).token();

        tokens.issue(token, ADMIN, "phòng mới tham gia");

        assertThat(tokenEntries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TOKEN_ISSUED);
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.subject()).isEqualTo("token/" + token.id());
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).contains("id=" + token.id(), "role=EDITOR", "scope=krong-pac", "label=Phòng Văn hóa");
            assertThat(e.reason()).isEqualTo("phòng mới tham gia");
        });
    }

    @Test
    void revokingATokenWritesOneAuditEntryWithTheTokenBeforeAndAfter() {
        AccessToken token = AccessToken.issue(Role.VIEWER, DISTRICT, null, T0, random).token();
        tokens.issue(token, ADMIN, null);
        Actor other = Actor.of("token tok_admin0002 (ADMIN)");

        tokens.revoke(token.id(), T0.plus(2, ChronoUnit.DAYS), other, "nhân viên chuyển công tác");

        assertThat(tokenEntries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.TOKEN_ISSUED, AuditAction.TOKEN_REVOKED);
        assertThat(tokenEntries().get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(other);
            assertThat(e.subject()).isEqualTo("token/" + token.id());
            assertThat(e.oldValue()).contains("role=VIEWER", "scope=krong-pac").doesNotContain("revokedAt");
            assertThat(e.newValue()).contains("role=VIEWER", "scope=krong-pac",
                    "revokedAt=" + T0.plus(2, ChronoUnit.DAYS));
            assertThat(e.reason()).isEqualTo("nhân viên chuyển công tác");
        });
    }

    @Test
    void revokingARevokedTokenKeepsTheFirstRevocationAndAuditsNothingMore() {
        AccessToken token = AccessToken.issue(Role.VIEWER, DISTRICT, null, T0, random).token();
        tokens.issue(token, ADMIN, null);
        tokens.revoke(token.id(), T0.plusSeconds(60), ADMIN, null);

        assertThat(tokens.revoke(token.id(), T0.plusSeconds(120), ADMIN, null))
                .get().extracting(AccessToken::revokedAt).isEqualTo(T0.plusSeconds(60));
        assertThat(tokenEntries()).hasSize(2);
    }

    @Test
    void revokingAnUnknownTokenFindsNothingAndAuditsNothing() {
        assertThat(tokens.revoke("tok_unknown01", T0, ADMIN, null)).isEmpty();
        assertThat(tokenEntries()).isEmpty();
    }

    @Test
    void aTokenIssuedTwiceIsRefusedAndAuditedOnce() {
        AccessToken token = AccessToken.issue(Role.ADMIN, null, null, T0, random).token();
        tokens.issue(token, ADMIN, null);

        assertThatThrownBy(() -> tokens.issue(token, ADMIN, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(token.id());
        assertThat(tokenEntries()).hasSize(1);
        assertThat(tokens.list()).containsExactly(token);
    }

    @Test
    void neitherTheSecretNorItsHashAppearsInAnyAuditField() {
        AccessToken.Issued issued = AccessToken.issue(Role.EDITOR, DISTRICT, "Phòng Nội vụ", T0, random);
        tokens.issue(issued.token(), ADMIN, "cấp mới");
        tokens.revoke(issued.token().id(), T0.plusSeconds(60), ADMIN, "thu hồi");

        assertThat(tokenEntries()).hasSize(2).allSatisfy(e -> Stream.of(e.actor().name(), e.subject(), e.oldValue(),
                e.newValue(), e.reason()).filter(f -> f != null).forEach(field -> assertThat(field)
                        .doesNotContain(issued.secret()).doesNotContain(issued.token().hash())));
    }

    private List<AuditEntry> tokenEntries() {
        return audit.all().stream()
                .filter(e -> e.action() == AuditAction.TOKEN_ISSUED || e.action() == AuditAction.TOKEN_REVOKED)
                .toList();
    }
}
