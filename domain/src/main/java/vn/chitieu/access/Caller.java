package vn.chitieu.access;

import java.util.List;
import java.util.Objects;
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
        if (!role.mayWrite()) {
            throw new AccessDeniedException(tokenId + " is a VIEWER and may not change anything");
        }
        if (!maySee(tree, unit)) {
            throw new AccessDeniedException(outside(unit));
        }
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
