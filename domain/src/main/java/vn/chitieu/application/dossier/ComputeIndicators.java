package vn.chitieu.application.dossier;

import vn.chitieu.dossier.DossierCounts;
import vn.chitieu.dossier.DossierReader;
import vn.chitieu.dossier.Procedures;
import vn.chitieu.dossier.ProceduresTableReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitCode;

/**
 * Use case: every indicator of domain.md §9 from a file of dossiers (CLI {@code indicators}; later the
 * HTTP route over stored dossiers). The procedures file is read first; the dossiers file is streamed once
 * (twice when a code may repeat) and every bad record of it is reported at once.
 */
public final class ComputeIndicators {

    public ComputedIndicators compute(ComputeIndicatorsCommand c) {
        NameResolver resolver = new NameResolver(c.tree());
        UnitCode scope = c.unit() == null ? null
                : resolver.require(c.unit(), c.unitField() == null ? "unit" : c.unitField()).code();
        Procedures procedures = new ProceduresTableReader().read(c.procedures().get());
        DossierCounts counts = new DossierReader(c.tree(), resolver, procedures).count(c.dossiers(), c.period());
        return new ComputedIndicators(c.period(), counts.read(), counts.counted(), counts.excluded(),
                counts.figures(scope));
    }
}
