package vn.chitieu.application.dossier;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.period.Period;

/**
 * The indicators of domain.md §9 for {@code period} over the stored dossiers: only {@code unit}'s subtree (a
 * code or a name as written in {@code unitField}) when given; {@code caller}, when not null, reads its own
 * subtree only (its scope when no unit is given).
 */
public record ReadIndicatorsCommand(Period period, String unit, String unitField, Caller caller) {

    public ReadIndicatorsCommand {
        Objects.requireNonNull(period, "period");
    }
}
