package vn.chitieu.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.audit.Actor;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.contract.Seeds;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.UnitCode;

/** The database itself refuses what the domain refuses, and an import is one transaction. */
class PostgresIntegrityTest {

    private static final Actor LAN = Actor.of("Nguyễn Thị Lan");

    private Storage storage;
    private Jdbi jdbi;
    private ExecutorService pool;

    @BeforeEach
    void emptyDatabaseWithTheSeedUnits() {
        storage = TestPostgres.freshStorage();
        jdbi = TestPostgres.database().storage().jdbi();
        new ImportService(storage, IndicatorCatalogue.builtIn()).importUnits(Seeds.dakLakUnits(), ImportOptions.by(LAN));
        pool = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void removeTheTestHook() {
        pool.shutdownNow();
        jdbi.useHandle(h -> h.execute("DROP TRIGGER IF EXISTS test_hold ON audit_log;"
                + " DROP FUNCTION IF EXISTS test_hold()"));
    }

    private Decision anIssuedDecision() {
        Decision draft = storage.decisions().add(Decision.draft(UnitCode.of("daklak"), 2022, "QĐ giao chỉ tiêu")
                .assign(Assignment.of(UnitCode.of("so-y-te"), IndicatorCode.of("ONLINE_RATE"), Period.year(2022),
                        new BigDecimal("98"))), LAN, null);
        return storage.decisions().update(draft.issue("3086/QĐ-UBND", "Nguyễn Văn A", LocalDate.of(2022, 3, 1)), 0, LAN,
                null);
    }

    @Test
    void sqlThatBypassesTheCodeStillCannotChangeAnIssuedDecision() {
        Decision issued = anIssuedDecision();

        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "UPDATE assignments SET target = 50 WHERE decision_id = ?", issued.id().value())))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "DELETE FROM assignments WHERE decision_id = ?", issued.id().value())))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO assignments (decision_id, unit, indicator, period, target)"
                        + " VALUES (?, 'so-noi-vu', 'ONLINE_RATE', '2022', 90)", issued.id().value())))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "UPDATE decisions SET title = 'sửa' WHERE id = ?", issued.id().value())))
                .hasMessageContaining("cannot be changed");
        assertThat(storage.decisions().findById(issued.id()).orElseThrow().assignments().get(0).target())
                .isEqualByComparingTo("98");
    }

    @Test
    void sqlCannotChangeTheLegalBasesTasksGroupTargetsOrLinksOfAnIssuedDecisionNorWithdrawIt() {
        Decision issued = anIssuedDecision();
        java.util.UUID id = issued.id().value();

        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("INSERT INTO decision_legal_bases (decision_id, position,"
                + " number) VALUES (?, 0, '3478/QĐ-UBND')", id))).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("INSERT INTO decision_tasks (decision_id, position, text,"
                + " unit, deadline) VALUES (?, 0, 'giao cho xã', 'krong-pac', '2022-06-30')", id)))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("INSERT INTO group_assignments (decision_id, group_label,"
                + " group_kinds, group_issuer, indicator, period, target) VALUES (?, 'UBND cấp huyện', 'DISTRICT', false,"
                + " 'ONLINE_RATE', '2022', 40)", id))).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "UPDATE decisions SET status = 'AMENDED', amends = ? WHERE id = ?", id, id)))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "UPDATE decisions SET status = 'WITHDRAWN' WHERE id = ?", id))).hasMessageContaining("cannot be changed");
        jdbi.useHandle(h -> h.execute("UPDATE decisions SET status = 'AMENDED' WHERE id = ?", id));
        assertThat(storage.decisions().findById(issued.id()).orElseThrow().status().name()).isEqualTo("AMENDED");
    }

    @Test
    void anIssuedDecisionMayOnlyBeMarkedSupersededByALaterOne() {
        Decision issued = anIssuedDecision();

        jdbi.useHandle(h -> h.execute("UPDATE decisions SET status = 'SUPERSEDED' WHERE id = ?", issued.id().value()));

        assertThat(storage.decisions().findById(issued.id()).orElseThrow().status().name()).isEqualTo("SUPERSEDED");
    }

    @Test
    void theAuditLogIsAppendOnly() {
        assertThat(storage.auditLog().all()).isNotEmpty();

        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE audit_log SET actor = 'someone else'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
    }

    @Test
    void theSchemaRefusesValuesTheDomainWouldRefuse() {
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO units (code, name, kind) VALUES ('x', 'X', 'PLANET')"))).hasMessageContaining("check");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO units (code, name, kind, parent) VALUES ('y', 'Y', 'COMMUNE', 'nowhere')")))
                .hasMessageContaining("foreign key");
        Decision draft = storage.decisions().add(Decision.draft(UnitCode.of("daklak"), 2022, "dự thảo"), LAN, null);
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO assignments (decision_id, unit, indicator, period, target)"
                        + " VALUES (?, 'so-y-te', 'ONLINE_RATE', '2022', -1)", draft.id().value())))
                .hasMessageContaining("check");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO assignments (decision_id, unit, indicator, period, target)"
                        + " VALUES (?, 'so-y-te', 'ONLINE_RATE', '2022-Q5', 50)", draft.id().value())))
                .hasMessageContaining("check");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO decisions (id, issuer, year, title, status, version)"
                        + " VALUES (gen_random_uuid(), 'daklak', 2022, 'không số', 'ISSUED', 0)")))
                .hasMessageContaining("check");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO assignments (decision_id, unit, indicator, period, target)"
                        + " VALUES (?, 'so-y-te', 'ONLINE_RATE', '2022', 50), (?, 'so-y-te', 'ONLINE_RATE', '2022', 60)",
                draft.id().value(), draft.id().value()))).hasMessageContaining("duplicate key");
    }

    @Test
    void aReaderSeesNothingOfABatchBeforeItCommits() throws Exception {
        try (Handle holder = holdImportsAfterTheirMerge()) {
            Future<ImportSummary> running = pool.submit(
                    () -> new ImportService(storage, IndicatorCatalogue.builtIn()).importResults(Seeds.dakLakBaseline(), ImportOptions.by(LAN)));
            awaitAnImportHeldInsideItsTransaction();

            assertThat(resultRows()).isZero();
            assertThat(resultBatches()).isZero();

            holder.commit();
            assertThat(running.get(30, TimeUnit.SECONDS).inserted()).isEqualTo(33);
            assertThat(resultRows()).isEqualTo(33);
            assertThat(resultBatches()).isEqualTo(1);
        }
    }

    @Test
    void anImportWhoseProcessDiesBeforeCommitLeavesNoPartialBatch() throws Exception {
        try (Handle holder = holdImportsAfterTheirMerge()) {
            Future<ImportSummary> running = pool.submit(
                    () -> new ImportService(storage, IndicatorCatalogue.builtIn()).importResults(Seeds.dakLakBaseline(), ImportOptions.by(LAN)));
            int importer = awaitAnImportHeldInsideItsTransaction();

            // what the server sees when the importing process is killed: its connection goes away
            jdbi.useHandle(h -> h.execute("SELECT pg_terminate_backend(?)", importer));
            assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            holder.commit();
        }

        assertThat(resultRows()).isZero();
        assertThat(resultBatches()).isZero();
        assertThat(new ImportService(storage, IndicatorCatalogue.builtIn()).importResults(Seeds.dakLakBaseline(), ImportOptions.by(LAN)).inserted())
                .isEqualTo(33);
    }

    /** Makes every import that changes something wait, inside its transaction after the merge (at its audit entries), until the holder commits. */
    private Handle holdImportsAfterTheirMerge() {
        jdbi.useHandle(h -> h.execute("""
                CREATE FUNCTION test_hold() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(4242);
                    RETURN NEW;
                END
                $$;
                CREATE TRIGGER test_hold AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_hold();
                """));
        Handle holder = jdbi.open();
        holder.begin();
        holder.execute("SELECT pg_advisory_xact_lock(4242)");
        return holder;
    }

    /** The backend pid of the import waiting on the hold. */
    private int awaitAnImportHeldInsideItsTransaction() throws InterruptedException {
        for (int i = 0; i < 1500; i++) {
            var waiting = jdbi.withHandle(h -> h.createQuery(
                    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").mapTo(Integer.class).findFirst());
            if (waiting.isPresent()) {
                return waiting.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never reached the hold");
    }

    private long resultRows() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM results").mapTo(Long.class).one());
    }

    private long resultBatches() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM import_batches WHERE kind = 'RESULTS'")
                .mapTo(Long.class).one());
    }
}
