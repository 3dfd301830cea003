package vn.chitieu.application.dossier;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.DossierCounts;
import vn.chitieu.dossier.DossierMonths;
import vn.chitieu.dossier.DossierReader;
import vn.chitieu.dossier.DossierTimes;
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
import vn.chitieu.text.NumberReader;
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
            if (storesNothing(tx, summary)) {
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
                        "no procedures are stored: import the procedures catalogue first (import procedures FILE)"));
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
            if (storesNothing(tx, summary)) {
                return summary;
            }
            w.addCounts(writer.counts.all());
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

    /** A dry run, or a file that changes nothing, writes nothing: not even its import batch. */
    private static boolean storesNothing(StorageTransaction tx, ImportSummary summary) {
        if (summary.dryRun() || !summary.changesSomething()) {
            tx.rollback();
            return true;
        }
        return false;
    }

    /** Takes the reader's good records, a batch at a time: looked up by code, then inserted or updated. */
    private static final class Writer implements DossierReader.Sink {
        private final DossierWrites w;
        private final List<Unit> units;
        private final UnitTree tree;
        private final Procedures procedures;
        private final Caller caller;
        private final ImportOptions options;
        private final Map<String, StoredDossier> batch = new LinkedHashMap<>();
        private final DossierMonths.Changes counts = new DossierMonths.Changes();
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
            this.procedures = procedures;
            this.caller = caller;
            this.options = options;
            this.noneStored = w.noneStored();
        }

        @Override
        public void accept(int line, String code, String fee, int unit, int procedure, int channel, int status, long received,
                long due, long finished, int paidOnline, boolean digitized, boolean eResult) {
            Unit u = units.get(unit);
            if (caller != null && !mayWrite.computeIfAbsent(unit, i -> caller.maySee(tree, u.code()))) {
                outside.add(u.code());
            }
            if (!outside.isEmpty() || failed != null) {
                return; // refused whatever follows: read on only to report every bad record
            }
            if (batch.containsKey(code)) {
                return; // given twice in the file: the reader refuses it at the end
            }
            batch.put(code, new StoredDossier(code, procedures.get(procedure).code(), u.code(), channel,
                    time(received), time(due), time(finished), status, paidOnline, fee(fee),
                    digitized, eResult));
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
            Map<String, StoredDossier> stored = noneStored ? Map.of() : w.find(batch.keySet());
            List<StoredDossier> fresh = new ArrayList<>();
            List<StoredDossier.Change> changed = new ArrayList<>();
            for (StoredDossier d : batch.values()) {
                StoredDossier old = stored.get(d.code());
                if (old == null) {
                    inserted++;
                    fresh.add(d);
                    counts.add(d, 1);
                } else if (old.sameAs(d)) {
                    unchanged++;
                } else {
                    updated++;
                    changed.add(new StoredDossier.Change(old, d));
                    counts.add(old, -1);
                    counts.add(d, 1);
                }
            }
            if (!fresh.isEmpty()) {
                w.insert(fresh);
            }
            if (!changed.isEmpty()) {
                w.update(changed);
            }
            done += batch.size();
            batch.clear();
            options.progress().rowsDone(done);
        }

        private static LocalDateTime time(long seconds) {
            return seconds == DossierCounts.ABSENT ? null : DossierTimes.toLocal(seconds);
        }

        /** The fee as the reader checked it (plain digits, or a number of the forms of {@link NumberReader}). */
        private static BigDecimal fee(String text) {
            if (text == null) {
                return BigDecimal.ZERO;
            }
            boolean digits = !text.isEmpty() && text.length() <= 15;
            for (int i = 0; digits && i < text.length(); i++) {
                char ch = text.charAt(i);
                digits = ch >= '0' && ch <= '9';
            }
            if (digits) {
                return BigDecimal.valueOf(Long.parseLong(text));
            }
            BigDecimal d = NumberReader.decimal(text);
            return d == null ? BigDecimal.ZERO : d;
        }
    }
}
