package vn.chitieu.port.out;

import java.util.function.Function;

/**
 * The storage ports over one store, and its transaction. The ports find and save; what an import
 * decides (checks, counts, audit text) is decided by the use cases, which write through a
 * {@link StorageTransaction}: all or nothing.
 */
public interface Storage {

    Units units();

    Decisions decisions();

    Results results();

    AuditLog auditLog();

    ImportBatches importBatches();

    AccessTokens accessTokens();

    LegalMinimums minimums();

    /** The period approvals that lock results. */
    Approvals approvals();

    /** The lineage of units (domain.md §10); a storage that keeps none refuses. */
    default Lineages lineages() {
        throw new UnsupportedOperationException("this storage keeps no lineage");
    }

    /**
     * The version of everything stored: it changes with every committed write, through a
     * transaction or a port, also of another process sharing the store ({@link DataVersion}).
     * Unknown by default (nothing computed from the store is kept).
     */
    default DataVersion version() {
        return DataVersion.UNKNOWN;
    }

    /** The procedures, dossiers and their counts (domain.md §9). */
    default DossierStore dossiers() {
        throw new UnsupportedOperationException("this storage keeps no dossiers");
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, unless it called
     * {@link StorageTransaction#rollback()}; rolled back when it throws. Readers never see part of it.
     */
    <T> T inTransaction(Function<StorageTransaction, T> work);
}
