package vn.chitieu.port.out;

import java.util.Set;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.unit.UnitCode;

/**
 * Which decisions to list: of a year, of an issuer, in a status (each null: any), of issuers among
 * {@code issuers} (null: any; the use case passes the issuers the caller may see), one page.
 */
public record DecisionFilter(Integer year, UnitCode issuer, DecisionStatus status, Set<UnitCode> issuers, int offset,
        int limit) {

    public DecisionFilter {
        issuers = issuers == null ? null : Set.copyOf(issuers);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are >= 0");
        }
    }

    public boolean accepts(Decision d) {
        return (year == null || d.year() == year) && (issuer == null || d.issuer().equals(issuer))
                && (status == null || d.status() == status) && (issuers == null || issuers.contains(d.issuer()));
    }
}
