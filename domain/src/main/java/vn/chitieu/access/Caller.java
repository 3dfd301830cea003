package vn.chitieu.access;

import java.util.List;
import java.util.Objects;
import vn.chitieu.decision.Decision;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Who is asking: a token's identity, role and scope. Every access rule lives here, so that an
 * adapter checks a request in one call and no query escapes the caller's subtree.
 */
public record Caller(String tokenId, Role role, UnitCode scope) {

    public Caller {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(role, "role");
        if (role != Role.ADMIN && scope == null) {
            throw new IllegalArgumentException("a " + role + " caller needs a unit scope");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when the caller may see {@code unit}: an admin sees all, others their subtree. */
    public boolean maySee(UnitTree tree, UnitCode unit) {
        return isAdmin() || scope == null || tree.isWithin(unit, scope);
    }

    public void requireAdmin(String action) {
        if (!isAdmin()) {
            throw new AccessDeniedException(tokenId + " (" + role + ") may not " + action + ": ADMIN only");
        }
    }

    public void requireRead(UnitTree tree, UnitCode unit) {
        if (!maySee(tree, unit)) {
            throw new AccessDeniedException(outside(unit));
        }
    }

    public void requireWrite(UnitTree tree, UnitCode unit) {
        requireWriter();
        requireRead(tree, unit);
    }

    /** Refuses a VIEWER whatever it asks to change: the check a write makes before reading its input. */
    public void requireWriter() {
        if (!role.mayWrite()) {
            throw new AccessDeniedException(tokenId + " is a VIEWER and may not change anything");
        }
    }

    /**
     * A caller edits a decision (sets its targets, issues it) only when the decision's issuer is
     * in its subtree: a district's editor neither touches another district's decision nor the
     * province's. The refusal does not name the issuer, which the caller may not see.
     */
    public void requireEdit(UnitTree tree, Decision decision) {
        requireWriter();
        if (!maySee(tree, decision.issuer())) {
            throw new AccessDeniedException("decision " + decision.id() + " was not issued within the subtree of '"
                    + scope + "' that " + tokenId + " may edit");
        }
    }

    /**
     * A target of {@code decision} for {@code unit}: the caller edits the decision
     * ({@link #requireEdit}), and the unit is in the caller's subtree and in the issuer's.
     */
    public void requireAssign(UnitTree tree, Decision decision, UnitCode unit) {
        requireEdit(tree, decision);
        requireWrite(tree, unit);
        if (!decision.covers(tree, unit)) {
            throw new AccessDeniedException("unit '" + unit + "' is outside the subtree of '" + decision.issuer()
                    + "', so decision " + decision.id() + " cannot assign it a target");
        }
    }

    /** The name resolver of this caller: names, suggestions and candidates from its subtree only. */
    public NameResolver resolver(UnitTree tree) {
        return isAdmin() || scope == null ? new NameResolver(tree) : NameResolver.within(tree, scope);
    }

    /** The units of {@code tree} the caller may see, parents before children. */
    public List<Unit> visible(UnitTree tree) {
        if (isAdmin() || scope == null) {
            return tree.units();
        }
        return tree.contains(scope) ? tree.subtree(scope) : List.of();
    }

    private String outside(UnitCode unit) {
        return "unit '" + unit + "' is outside the subtree of '" + scope + "' that " + tokenId + " may use";
    }
}
