package vn.chitieu.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.chitieu.dossier.DossierBatch;
import vn.chitieu.dossier.DossierMonthCounts;
import vn.chitieu.dossier.DossierMonths;
import vn.chitieu.dossier.Procedure;
import vn.chitieu.dossier.StoredDossier;

/**
 * The procedures, dossiers and counts as an import writes them inside one {@link StorageTransaction}:
 * finds, upserts, inserts and updates what it is told, and adds the count changes it is given.
 */
public interface DossierWrites {

    /** Every stored procedure, by code. */
    List<Procedure> procedures();

    /** Adds the new procedures and replaces the stored ones with the same code. */
    void upsertProcedures(List<Procedure> procedures);

    /** True when no dossier was stored when the transaction began (no code of a file can then be stored but its own). */
    boolean noneStored();

    /** Of {@code codes}, the stored dossiers (also those written earlier in this transaction), by code. */
    Map<String, StoredDossier> find(Collection<String> codes);

    /** Stores new dossiers (their codes are not stored: checked with {@link #find}). */
    void insert(List<StoredDossier> dossiers);

    /**
     * Stores the new dossiers of {@code dossiers}, as {@link #insert(List)} (a store may write them field by
     * field without making an object per dossier).
     */
    default void insert(DossierBatch dossiers) {
        insert(dossiers.stored());
    }

    /** Replaces each stored dossier by the one a later file gives for its code. */
    void update(List<StoredDossier.Change> changes);

    /** Adds {@code changes} to the stored counts of their (unit, procedure, month). */
    void addCounts(Collection<DossierMonthCounts> changes);

    /** As {@link #addCounts(Collection)} with the changes that are not zero (a store may write them without a list). */
    default void addCounts(DossierMonths.Changes changes) {
        addCounts(changes.all());
    }
}
