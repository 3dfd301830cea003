package vn.chitieu.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.dossier.DossierCellSums;
import vn.chitieu.dossier.Procedure;
import vn.chitieu.dossier.StoredDossier;
import vn.chitieu.unit.UnitCode;

/**
 * Storage of the procedures catalogue, the dossiers and their counts per (unit, procedure, month)
 * (domain.md §9), read side; imports write through {@link StorageTransaction#dossiers()}. It sums what
 * it stores and decides nothing: what the counts mean is {@code vn.chitieu.dossier.DossierMonths}'.
 */
public interface DossierStore {

    /** Every stored procedure, by code. */
    List<Procedure> procedures();

    Optional<StoredDossier> find(String code);

    /** How many dossiers are stored. */
    long size();

    /**
     * The stored counts of every (unit, procedure) cell of {@code units} (null: every unit) summed for the
     * months {@code from}..{@code to} ({@code yyyyMM}), up to {@code to}, and over all months.
     */
    List<DossierCellSums> sums(int from, int to, Set<UnitCode> units);
}
