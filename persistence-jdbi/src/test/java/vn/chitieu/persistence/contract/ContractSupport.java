package vn.chitieu.persistence.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.Storage;

/** What every contract suite shares: a fresh storage per test, actors, and small helpers. */
public abstract class ContractSupport {

    protected static final Actor LAN = Actor.of("Nguyễn Thị Lan");
    protected static final Actor MINH = Actor.of("Trần Văn Minh");

    protected Storage storage;
    /** The import use cases over {@link #storage}: imports are decided there, storage only stores. */
    protected ImportService imports;
    protected Instant testStarted;
    private int auditMark;

    /** A new, empty store for each test. */
    protected abstract Storage freshStorage();

    @BeforeEach
    void startWithAnEmptyStore() {
        storage = freshStorage();
        imports = new ImportService(storage, IndicatorCatalogue.builtIn());
        testStarted = Instant.now().minusSeconds(1);
    }

    protected static ImportOptions by(Actor actor) {
        return ImportOptions.by(actor);
    }

    /** The audit entries written since {@link #markAudit()} (or since the store was made). */
    protected List<AuditEntry> auditSinceSetUp() {
        List<AuditEntry> all = storage.auditLog().all();
        return all.subList(auditMark, all.size());
    }

    /** Later calls of {@link #auditSinceSetUp()} leave out the entries written so far (fixtures). */
    protected void markAudit() {
        auditMark = storage.auditLog().all().size();
    }

    /** {@code file} with the value on {@code line} replaced. */
    protected static <T> ImportFile<T> withLine(ImportFile<T> file, int line, UnaryOperator<T> change) {
        List<Lined<T>> lines = new ArrayList<>();
        for (Lined<T> l : file.lines()) {
            lines.add(l.line() == line ? new Lined<>(line, change.apply(l.value())) : l);
        }
        return new ImportFile<>(file.name(), lines);
    }

    /** {@code file} with {@code extra} appended as its next lines. */
    @SafeVarargs
    protected static <T> ImportFile<T> plus(ImportFile<T> file, T... extra) {
        List<Lined<T>> lines = new ArrayList<>(file.lines());
        int next = lines.isEmpty() ? 2 : lines.get(lines.size() - 1).line() + 1;
        for (T t : extra) {
            lines.add(new Lined<>(next++, t));
        }
        return new ImportFile<>(file.name(), lines);
    }
}
