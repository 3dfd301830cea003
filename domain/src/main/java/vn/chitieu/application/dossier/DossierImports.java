package vn.chitieu.application.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.DossierBatch;
import vn.chitieu.dossier.DossierMonths;
import vn.chitieu.dossier.DossierReader;
import vn.chitieu.dossier.Procedure;
import vn.chitieu.dossier.Procedures;
import vn.chitieu.dossier.ProceduresTableReader;
import vn.chitieu.dossier.StoredDossier;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.DossierWrites;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use cases: {@code import procedures} and {@code import dossiers} (CLI and HTTP), as the imports of
 * results do it ({@code ImportService}): in one transaction, counted inserted / updated / unchanged (a second
 * import of the same file is all unchanged and writes nothing, not even its batch), with its import batch and
 * an audit entry; a refused file stores nothing.
 * <p>Dossiers are checked by the {@link DossierReader} of the file-based count (every bad record reported at
 * once, with file, line, column and value) against the stored registry and procedures, and streamed into
 * storage in batches inside the transaction as they are read: a bad record anywhere rolls everything back.
 * A dossier whose code is stored is updated when a field differs (a later synchronisation delivering its
 * status, finished time, payment…). The counts per (unit, procedure, month) ({@link DossierMonths}) move by the
 * difference: the old dossier's contributions are taken away, the new one's added.
 */
public final class DossierImports {

    /** Dossiers looked up and written together. */
    static final int BATCH = 16_384;

    private final Storage storage;

    public DossierImports(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    public ImportSummary importProcedures(ImportProceduresCommand c) {
        if (c.caller() != null) {
            c.caller().requireAdmin("import procedures");
        }
        Procedures read = new ProceduresTableReader().read(c.table());
        ImportOptions options = c.options();
        return storage.inTransaction(tx -> {
            tx.lockForImport(ImportKind.PROCEDURES);
            DossierWrites w = tx.dossiers();
            Map<String, Procedure> stored = new LinkedHashMap<>();
            w.procedures().forEach(p -> stored.put(p.code(), p));
            List<Procedure> changed = new ArrayList<>();
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            for (Procedure p : read.all()) {
                Procedure old = stored.get(p.code());
                if (old == null) {
                    inserted++;
                    changed.add(p);
                } else if (old.equals(p)) {
                    unchanged++;
                } else {
                    updated++;
                    changed.add(p);
                }
            }
            ImportSummary summary = ImportSummary.counted(inserted, updated, unchanged, options.dryRun());
            options.progress().rowsDone(read.size());
            if (ImportService.storesNothing(tx, summary)) {
                return summary;
            }
            w.upsertProcedures(changed);
            finish(tx, ImportKind.PROCEDURES, AuditAction.PROCEDURES_IMPORTED, c.source(), options, summary);
            return summary;
        });
    }

    /**
     * Stores the dossiers of the file (see the class comment).
     *
     * @throws InvalidInputException naming every bad record (nothing stored)
     * @throws AccessDeniedException when the caller sends a dossier of a unit outside its subtree (nothing stored)
     */
    public ImportSummary importDossiers(ImportDossiersCommand c) {
        if (c.caller() != null) {
            c.caller().requireWriter();
        }
        ImportOptions options = c.options();
        String file = c.dossiers().file();
        return storage.inTransaction(tx -> {
            tx.lockForImport(ImportKind.DOSSIERS);
            DossierWrites w = tx.dossiers();
            Procedures procedures = Procedures.of(w.procedures());
            if (procedures.size() == 0) {
                throw new InvalidInputException(InputProblem.ofFile(file,
                        "no procedures are stored: import the procedures catalogue first (chitieu import procedures FILE, "
                                + "or POST /api/v1/procedures)"));
            }
            UnitTree tree = UnitTree.of(tx.units());
            NameResolver resolver = c.caller() == null ? new NameResolver(tree) : c.caller().resolver(tree);
            Writer writer = new Writer(w, tree, procedures, c.caller(), options);
            // the period only serves the reader's own count, which is not used here
            new DossierReader(tree, resolver, procedures).count(c.dossiers(), Period.year(2000), writer);
            writer.flush();
            if (writer.failed != null) {
                throw writer.failed; // not a bad record of the file (those the reader has reported above)
            }
            if (!writer.outside.isEmpty()) {
                throw new AccessDeniedException("dossiers of " + writer.outside + " are outside the subtree of '"
                        + c.caller().scope() + "' that " + c.caller().tokenId() + " may write");
            }
            ImportSummary summary = ImportSummary.counted(writer.inserted, writer.updated, writer.unchanged,
                    options.dryRun());
            if (ImportService.storesNothing(tx, summary)) {
                return summary;
            }
            w.addCounts(writer.counts);
            finish(tx, ImportKind.DOSSIERS, AuditAction.DOSSIERS_IMPORTED, file, options, summary);
            return summary;
        });
    }

    private static void finish(StorageTransaction tx, ImportKind kind, AuditAction action, String file,
            ImportOptions options, ImportSummary s) {
        tx.recordBatch(kind, file, options.actor(), s.inserted(), s.updated(), s.unchanged());
        tx.audit(options.actor(), List.of(new PendingAudit(action, "import/" + file, null, "inserted=" + s.inserted()
                + "; updated=" + s.updated() + "; unchanged=" + s.unchanged(), options.reason())));
    }

    /**
     * Takes the reader's good records, a batch at a time: looked up by code, then inserted or updated. The
     * records are held field by field ({@link DossierBatch}) and counted from their fields, so that a new
     * dossier makes no object on its way to storage.
     */
    private static final class Writer implements DossierReader.Sink {
        private final DossierWrites w;
        private final List<Unit> units;
        private final UnitTree tree;
        private final Caller caller;
        private final ImportOptions options;
        private final DossierBatch batch;
        /**
         * The codes of the batch, when some are stored (a code given twice in a batch is taken once). Into an
         * empty store a code given twice is written twice: the reader refuses the file at its end, and the
         * store's key may refuse it first ({@link #failed}); either way nothing is stored.
         */
        private final Set<String> codes = new HashSet<>();
        /** Of a batch, the dossiers not stored yet (when some are). */
        private final DossierBatch fresh;
        private final DossierMonths.Changes counts;
        private final Set<UnitCode> outside = new LinkedHashSet<>();
        private final Map<Integer, Boolean> mayWrite = new LinkedHashMap<>();
        private long inserted;
        private long updated;
        private long unchanged;
        private long done;
        /** No dossier stored before: every code of the file is new, unless the file gives it twice (refused). */
        private final boolean noneStored;
        /** A write that failed: nothing more is written, the file is read on for its bad records. */
        private RuntimeException failed;

        Writer(DossierWrites w, UnitTree tree, Procedures procedures, Caller caller, ImportOptions options) {
            this.w = w;
            this.tree = tree;
            this.units = tree.units();
            this.caller = caller;
            this.options = options;
            this.noneStored = w.noneStored();
            List<UnitCode> unitCodes = units.stream().map(Unit::code).toList();
            List<String> procedureCodes = procedures.all().stream().map(Procedure::code).toList();
            this.batch = new DossierBatch(unitCodes, procedureCodes, BATCH);
            this.fresh = new DossierBatch(batch.units(), batch.procedures(), BATCH);
            this.counts = new DossierMonths.Changes(batch.units(), batch.procedures());
        }

        @Override
        public void accept(int line, String code, String fee, int unit, int procedure, int channel, int status, long received,
                long due, long finished, int paidOnline, boolean digitized, boolean eResult) {
            if (caller != null && !mayWrite.computeIfAbsent(unit, i -> caller.maySee(tree, units.get(i).code()))) {
                outside.add(units.get(unit).code());
            }
            if (!outside.isEmpty() || failed != null) {
                return; // refused whatever follows: read on only to report every bad record
            }
            if (!noneStored && !codes.add(code)) {
                return; // given twice in the file: the reader refuses it at the end
            }
            batch.add(code, fee, unit, procedure, channel, status, received, due, finished, paidOnline, digitized, eResult);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty() || failed != null) {
                return;
            }
            try {
                write();
            } catch (RuntimeException e) {
                // e.g. a code given twice in the file with the same received time, refused by the store's key
                // before the reader reports it: the transaction is lost, the file is read on for its bad records
                failed = e;
            }
        }

        private void write() {
            int n = batch.size();
            if (noneStored) {
                for (int i = 0; i < n; i++) {
                    batch.countInto(counts, i, 1);
                }
                inserted += n;
                w.insert(batch);
            } else {
                Map<String, StoredDossier> stored = w.find(codes);
                fresh.clear();
                List<StoredDossier.Change> changed = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    StoredDossier old = stored.get(batch.code(i));
                    if (old == null) {
                        inserted++;
                        fresh.add(batch, i);
                        batch.countInto(counts, i, 1);
                    } else if (batch.sameAs(i, old)) {
                        unchanged++;
                    } else {
                        updated++;
                        changed.add(new StoredDossier.Change(old, batch.stored(i)));
                        counts.add(old, -1);
                        batch.countInto(counts, i, 1);
                    }
                }
                if (!fresh.isEmpty()) {
                    w.insert(fresh);
                }
                if (!changed.isEmpty()) {
                    w.update(changed);
                }
                fresh.clear();
            }
            done += n;
            batch.clear();
            codes.clear();
            options.progress().rowsDone(done);
        }
    }
}
