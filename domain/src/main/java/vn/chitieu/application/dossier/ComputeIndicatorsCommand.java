package vn.chitieu.application.dossier;

import java.util.Objects;
import java.util.function.Supplier;
import vn.chitieu.dossier.DossierSource;
import vn.chitieu.period.Period;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;

/**
 * Compute the indicators of domain.md §9 for {@code period} from the {@code dossiers} file, over the units
 * of {@code tree} and the procedures table ({@code procedures.csv}); only {@code unit}'s subtree (a code or a
 * name as written in {@code unitField}, e.g. {@code --unit}) when given, else every unit.
 */
public record ComputeIndicatorsCommand(UnitTree tree, Supplier<Table> procedures, DossierSource dossiers,
        Period period, String unit, String unitField) {

    public ComputeIndicatorsCommand {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(procedures, "procedures");
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(period, "period");
    }
}
