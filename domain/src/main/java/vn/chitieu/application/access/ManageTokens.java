package vn.chitieu.application.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.chitieu.access.AccessToken;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.application.Actors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.DecisionTexts;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitCode;

/**
 * Use cases of an admin on bearer tokens: issue, list, revoke. An ADMIN token may have a unit or
 * none; any other role needs the stored unit whose subtree it may use. Issuing and revoking are
 * audited with the admin as the actor and the reason.
 */
public final class ManageTokens {

    private final Units units;
    private final AccessTokens tokens;
    private final Clock clock;
    private final SecureRandom random;

    public ManageTokens(Units units, AccessTokens tokens, Clock clock, SecureRandom random) {
        this.units = Objects.requireNonNull(units, "units");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The token issued, with its secret (shown once). */
    public AccessToken.Issued issue(Caller admin, Role role, UnitCode unit, String label, String reason) {
        Objects.requireNonNull(role, "role");
        if (unit != null && units.find(unit).isEmpty()) {
            throw refused(unit.value(), "no unit '" + unit + "' in the registry");
        }
        if (unit == null && role != Role.ADMIN) {
            throw refused(null, (role == Role.VIEWER ? "a " : "an ") + role + " token needs the unit whose subtree it may use");
        }
        AccessToken.Issued issued = AccessToken.issue(role, unit, label, clock.instant(), random);
        tokens.issue(issued.token(), Actors.of(admin), DecisionTexts.optional("reason", reason, DecisionTexts.LONG));
        return issued;
    }

    /** Every token, revoked ones included, oldest first. */
    public List<AccessToken> list() {
        return tokens.list();
    }

    /** The token {@code id} as now revoked; empty when there is no such token. */
    public Optional<AccessToken> revoke(Caller admin, String id, String reason) {
        return tokens.revoke(id, clock.instant(), Actors.of(admin), DecisionTexts.optional("reason", reason, DecisionTexts.LONG));
    }

    private static InvalidInputException refused(String value, String reason) {
        return new InvalidInputException(InputProblem.at(null, 0, "unit", value, reason));
    }
}
