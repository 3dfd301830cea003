package vn.chitieu.application.history;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.unit.UnitCode;

/** Read one unit's stored results over every period on record, and its targets, as {@code caller} may see them. */
public record UnitHistoryCommand(Caller caller, UnitCode unit) {

    public UnitHistoryCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(unit, "unit");
    }
}
