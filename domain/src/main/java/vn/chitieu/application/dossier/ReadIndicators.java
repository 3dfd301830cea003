package vn.chitieu.application.dossier;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.dossier.DossierCellSums;
import vn.chitieu.dossier.DossierCounts;
import vn.chitieu.dossier.DossierMonths;
import vn.chitieu.dossier.Procedures;
import vn.chitieu.dossier.profile.NationalProfile;
import vn.chitieu.dossier.profile.NationalProfiles;
import vn.chitieu.port.out.DossierStore;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: every indicator of domain.md §9 over the stored dossiers (HTTP {@code GET /api/v1/indicators}),
 * answered from the stored counts per (unit, procedure, month) ({@link DossierMonths}) without reading a
 * dossier: the same rows as {@link ComputeIndicators} on a file of the same dossiers; {@link #score} scores
 * them under a national profile (e.g. {@code 766-2022}) as {@link ScoreNationalIndex} does for a file.
 */
public final class ReadIndicators {

    private final Storage storage;

    public ReadIndicators(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    public ComputedIndicators read(ReadIndicatorsCommand c) {
        return read(c, storage.units().tree());
    }

    /**
     * The indicators of {@code c} scored under the profile {@code profileId}: the profile is looked up first (an
     * unknown id is bad input naming {@code profileField}), then the figures are read as {@link #read} does.
     */
    public StoredNationalIndex score(ReadIndicatorsCommand c, String profileId, String profileField) {
        NationalProfile profile = NationalProfiles.get(profileId, profileField);
        UnitTree tree = storage.units().tree();
        return new StoredNationalIndex(new ScoreNationalIndex().score(profile, read(c, tree)), tree);
    }

    private ComputedIndicators read(ReadIndicatorsCommand c, UnitTree tree) {
        NameResolver resolver = c.caller() == null ? new NameResolver(tree) : c.caller().resolver(tree);
        UnitCode scope = null;
        if (c.unit() != null) {
            scope = resolver.require(c.unit(), c.unitField() == null ? "unit" : c.unitField()).code();
            if (c.caller() != null) {
                c.caller().requireRead(tree, scope);
            }
        } else if (c.caller() != null && !c.caller().isAdmin()) {
            scope = c.caller().scope();
        }
        Set<UnitCode> units = null;
        if (scope != null) {
            units = new HashSet<>();
            for (Unit u : tree.contains(scope) ? tree.subtree(scope) : java.util.List.<Unit>of()) {
                units.add(u.code());
            }
        }
        DossierStore store = storage.dossiers();
        Procedures procedures = Procedures.of(store.procedures());
        int[] months = DossierMonths.months(c.period());
        DossierCounts counts = new DossierCounts(c.period(), tree, procedures);
        for (DossierCellSums s : store.sums(months[0], months[1], units)) {
            int p = procedures.indexOf(s.procedure());
            Unit u = tree.find(s.unit()).orElseThrow(() -> new IllegalStateException("counts of an unknown unit " + s.unit()));
            if (p < 0) {
                throw new IllegalStateException("counts of an unknown procedure " + s.procedure());
            }
            counts.addStored(counts.indexOf(u), p, s);
        }
        return new ComputedIndicators(c.period(), counts.read(), counts.counted(), counts.excluded(),
                counts.figures(scope));
    }
}
