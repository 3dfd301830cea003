package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Role;
import vn.chitieu.audit.Actor;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/** What every implementation of {@link AccessTokens} must do. */
public abstract class AccessTokensContract {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
    private static final UnitCode DISTRICT = UnitCode.of("krong-pac");

    private final SecureRandom random = new SecureRandom();
    private AccessTokens tokens;

    /** The tokens of {@code storage}, none yet; its registry holds a province and one district. */
    protected abstract AccessTokens freshTokens(StorageUnderTest storage);

    protected abstract StorageUnderTest freshStorage();

    @BeforeEach
    void fresh() {
        StorageUnderTest storage = freshStorage();
        storage.units().importUnits(ImportFile.of("units.csv", List.of(
                new Unit(UnitCode.of("daklak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
                new Unit(DISTRICT, "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("daklak")))),
                ImportOptions.by(Actor.of("Lan")));
        tokens = freshTokens(storage);
    }

    @Test
    void aTokenIsFoundByTheHashOfItsSecretAndByItsIdButNeverHoldsTheSecret() {
        AccessToken.Issued issued = AccessToken.issue(Role.EDITOR, DISTRICT, "Phòng Văn hóa", T0, random);

        tokens.save(issued.token());

        AccessToken found = tokens.findByHash(AccessToken.hashOf(issued.secret())).orElseThrow();
        assertThat(found).isEqualTo(issued.token());
        assertThat(found.toString()).doesNotContain(issued.secret());
        assertThat(tokens.findById(issued.token().id())).contains(issued.token());
        assertThat(tokens.findByHash(AccessToken.hashOf("some-other-secret-of-enough-length"))).isEmpty();
    }

    @Test
    void aRevokedTokenStaysListedWithItsRevocation() {
        AccessToken token = AccessToken.issue(Role.ADMIN, null, null, T0, random).token();
        tokens.save(token);

        tokens.save(token.revoke(T0.plus(1, ChronoUnit.DAYS)));

        assertThat(tokens.findById(token.id())).get().satisfies(t -> {
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
        tokens.save(later);
        tokens.save(earlier);

        assertThat(tokens.list()).containsExactly(earlier, later);
    }
}
