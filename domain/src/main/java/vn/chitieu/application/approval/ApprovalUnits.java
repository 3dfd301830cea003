package vn.chitieu.application.approval;

import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** The unit an approval names: a code or a name, found within the caller's subtree. */
final class ApprovalUnits {

    private ApprovalUnits() {
    }

    static UnitCode resolve(UnitTree tree, Caller caller, String unit) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException(InputProblem.at(null, 0, "unit", unit == null ? "" : unit,
                    "name the unit whose results are approved"));
        }
        Resolution r = (caller == null ? new NameResolver(tree) : caller.resolver(tree)).resolve(unit);
        if (r.isMatched()) {
            return r.unit().code();
        }
        if (caller != null && !caller.isAdmin()) {
            // outside the subtree and unknown look the same
            throw new AccessDeniedException("unit '" + unit + "' is outside the subtree of '" + caller.scope()
                    + "' that " + caller.tokenId() + " may use");
        }
        throw new InvalidInputException(InputProblem.at(null, 0, "unit", unit, r.explain()));
    }
}
