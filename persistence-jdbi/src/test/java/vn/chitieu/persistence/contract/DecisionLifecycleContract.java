package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.application.decision.AmendDecision;
import vn.chitieu.application.decision.DecisionTasks;
import vn.chitieu.application.decision.DecisionView;
import vn.chitieu.application.decision.DraftDecision;
import vn.chitieu.application.decision.DraftDecisionCommand;
import vn.chitieu.application.decision.IssueDecision;
import vn.chitieu.application.decision.IssueDecisionCommand;
import vn.chitieu.application.decision.ListDecisions;
import vn.chitieu.application.decision.ReadDecision;
import vn.chitieu.application.decision.SetTargets;
import vn.chitieu.application.decision.SetTargetCommand;
import vn.chitieu.application.decision.SetTargetsCommand;
import vn.chitieu.application.decision.WithdrawDecision;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionConflictException;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionLifecycleException;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.Task;
import vn.chitieu.decision.TaskProgress;
import vn.chitieu.decision.UnitGroup;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.result.Result;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * The decision lifecycle of issue 12 through the use cases, on every storage: group targets,
 * legal bases and tasks stored and read back, amend / supersede / withdraw, the conflict refused at
 * issue, the scoreboard taking an amendment's targets from its date, the tasks of seed 000's
 * Article 2, bulk targets all or nothing, and the issuer rule on every write.
 */
public abstract class DecisionLifecycleContract extends ContractSupport {

    private static final UnitCode DAKLAK = UnitCode.of("daklak");
    private static final UnitCode KRONG_PAC = UnitCode.of("krong-pac");
    private static final UnitCode BUON_HO = UnitCode.of("buon-ho");
    private static final UnitCode BUON_DON = UnitCode.of("buon-don");
    private static final UnitCode SO_Y_TE = UnitCode.of("so-y-te");
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");
    private static final IndicatorCode DIGITIZATION = IndicatorCode.of("DIGITIZATION_RATE");
    private static final IndicatorCode ON_TIME = IndicatorCode.of("ON_TIME_RATE");
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null);
    private static final Caller PROVINCE = new Caller("so-tttt", Role.EDITOR, DAKLAK);
    private static final Caller KRONG_PAC_EDITOR = new Caller("krong-pac-editor", Role.EDITOR, KRONG_PAC);
    private static final UnitGroup DISTRICTS = UnitGroup.of("UBND các huyện, thị xã, thành phố", false, UnitKind.DISTRICT);
    /** Seed 000, Article 2.1: the districts assign targets to their communes before 30/6/2022. */
    private static final Task ARTICLE_2 = new Task("UBND các huyện, thị xã, thành phố … giao chỉ tiêu hồ sơ được tiếp"
            + " nhận, giải quyết trực tuyến mức độ 3, mức độ 4 … cho các phòng, ban, UBND xã, phường, thị trấn thuộc"
            + " phạm vi quản lý, hoàn thành trước ngày 30/6/2022", null, DISTRICTS, LocalDate.of(2022, 6, 30));

    private DraftDecision drafting;
    private IssueDecision issuing;
    private SetTargets setting;
    private SetTargets bulk;
    private AmendDecision amending;
    private WithdrawDecision withdrawing;
    private ListDecisions listing;
    private ReadDecision reading;
    private DecisionTasks tasks;

    @BeforeEach
    void wireTheUseCases() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        var units = storage.units();
        var decisions = storage.decisions();
        IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
        drafting = new DraftDecision(units, decisions);
        issuing = new IssueDecision(units, decisions, storage.minimums());
        setting = new SetTargets(units, decisions, catalogue);
        bulk = new SetTargets(units, decisions, catalogue);
        amending = new AmendDecision(units, decisions);
        withdrawing = new WithdrawDecision(units, decisions);
        listing = new ListDecisions(units, decisions);
        reading = new ReadDecision(units, decisions);
        tasks = new DecisionTasks(units, decisions);
        markAudit();
    }

    private DecisionView draft(Caller caller, UnitCode issuer, int year, String title) {
        return drafting.draft(new DraftDecisionCommand(caller, issuer, year, title));
    }

    private DecisionView target(Caller caller, DecisionView d, UnitCode unit, IndicatorCode indicator, String target) {
        return setting.set(new SetTargetCommand(caller, d.decision().id(), d.decision().version(), unit, indicator, null,
                new BigDecimal(target), null));
    }

    private DecisionView issue(Caller caller, DecisionView d, String number, LocalDate date) {
        return issuing.issue(new IssueDecisionCommand(caller, d.decision().id(), d.decision().version(), number,
                "Chủ tịch", date));
    }

    private Decision stored(DecisionId id) {
        return storage.decisions().findById(id).orElseThrow();
    }

    private static Table targetsCsv(String... rows) {
        Table.Builder b = Table.builder("targets.csv", List.of("unit", "indicator", "period", "target", "reason"));
        int line = 2;
        for (String r : rows) {
            b.row(line++, List.of(r.split(",", -1)));
        }
        return b.build();
    }

    @Test
    void groupTargetsLegalBasesAndTasksAreStoredAndReadBackAsWritten() {
        DocumentReference base = new DocumentReference("3478/QĐ-UBND", LocalDate.of(2021, 12, 10), "UBND tỉnh",
                "ban hành Chương trình cải cách hành chính nhà nước tỉnh Đắk Lắk giai đoạn 2021-2025", null);
        DecisionView d = drafting.draft(new DraftDecisionCommand(PROVINCE, DAKLAK, 2022,
                "Giao chỉ tiêu số hóa hồ sơ năm 2022", List.of(base), List.of(ARTICLE_2)));
        GroupAssignment digitization = new GroupAssignment(DISTRICTS, DIGITIZATION, Period.year(2022),
                new BigDecimal("40"), "%", null, "Sở Thông tin và Truyền thông", null, "Sở Nội vụ",
                "Quyết định số 3478/QĐ-UBND ngày 10/12/2021", null);
        DecisionView set = bulk.set(new SetTargetsCommand(PROVINCE, d.decision().id(), d.decision().version(),
                targetsCsv("so-y-te,ONLINE_RATE,2022,98,Sở Y tế tự đề xuất"), List.of(digitization)));

        Decision read = stored(d.decision().id());

        assertThat(read.version()).isEqualTo(set.decision().version()).isEqualTo(1);
        assertThat(read.legalBases()).containsExactly(base);
        assertThat(read.tasks()).containsExactly(ARTICLE_2);
        assertThat(read.groupAssignments()).singleElement().satisfies(g -> {
            assertThat(g.group().kinds()).containsExactly(UnitKind.DISTRICT);
            assertThat(g.group().label()).isEqualTo("UBND các huyện, thị xã, thành phố");
            assertThat(g.target()).isEqualByComparingTo("40");
            assertThat(g.unitOfMeasure()).isEqualTo("%");
            assertThat(g.leadUnitName()).isEqualTo("Sở Thông tin và Truyền thông");
            assertThat(g.legalBasis()).isEqualTo("Quyết định số 3478/QĐ-UBND ngày 10/12/2021");
        });
        var tree = storage.units().tree();
        assertThat(read.effectiveTarget(tree, KRONG_PAC, DIGITIZATION, Period.year(2022))).get()
                .extracting(Assignment::target).isEqualTo(new BigDecimal("40"));
        assertThat(read.effectiveTarget(tree, SO_Y_TE, DIGITIZATION, Period.year(2022))).isEmpty();
        assertThat(read.effectiveTarget(tree, SO_Y_TE, ONLINE, Period.year(2022))).get()
                .extracting(Assignment::target).isEqualTo(new BigDecimal("98"));
        assertThat(auditSinceSetUp()).extracting(e -> e.action() + " " + e.subject())
                .contains("TARGET_SET decision/" + read.id() + "/DIGITIZATION_RATE/group:DISTRICT/2022",
                        "TARGET_SET decision/" + read.id() + "/ONLINE_RATE/so-y-te/2022");
    }

    @Test
    void aLegalBasisNumberedAsAStoredIssuedDecisionLinksToIt() {
        DecisionView parent = issue(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Giao chỉ tiêu năm 2022"), "3086/QĐ-UBND",
                LocalDate.of(2022, 5, 20));
        DecisionView child = drafting.draft(new DraftDecisionCommand(KRONG_PAC_EDITOR, KRONG_PAC, 2022,
                "Giao chỉ tiêu cho các xã năm 2022", List.of(new DocumentReference("3086/qđ-ubnd", LocalDate.of(2022, 5, 20),
                        "UBND tỉnh", null, null), new DocumentReference("999/QĐ-UBND", null, null, "chưa có", null)),
                List.of()));

        assertThat(stored(child.decision().id()).legalBases()).extracting(DocumentReference::decision)
                .containsExactly(parent.decision().id(), null);
    }

    @Test
    void seed000ArticleTwoListsTheDistrictsWithoutAnIssuedCommuneDecisionByTheDeadlineAsOverdue() {
        DecisionView province = drafting.draft(new DraftDecisionCommand(PROVINCE, DAKLAK, 2022,
                "Giao chỉ tiêu năm 2022", List.of(), List.of(ARTICLE_2)));
        issue(PROVINCE, province, "3086/QĐ-UBND", LocalDate.of(2022, 5, 20));
        issue(KRONG_PAC_EDITOR, draft(KRONG_PAC_EDITOR, KRONG_PAC, 2022, "Giao chỉ tiêu cho các xã"), "125/QĐ-UBND",
                LocalDate.of(2022, 6, 15));
        Caller buonHo = new Caller("buon-ho-editor", Role.EDITOR, BUON_HO);
        issue(buonHo, draft(buonHo, BUON_HO, 2022, "Giao chỉ tiêu cho các phường, xã"), "88/QĐ-UBND",
                LocalDate.of(2022, 7, 10));
        draft(new Caller("lak", Role.EDITOR, UnitCode.of("lak")), UnitCode.of("lak"), 2022, "dự thảo, chưa ban hành");
        Set<String> districts = new TreeSet<>();
        for (Unit u : storage.units().tree().units()) {
            if (u.kind() == UnitKind.DISTRICT) {
                districts.add(u.code().value());
            }
        }

        DecisionTasks.Progress july = tasks.tasks(ADMIN, province.decision().id(), LocalDate.of(2022, 7, 15));
        DecisionTasks.Progress june = tasks.tasks(ADMIN, province.decision().id(), LocalDate.of(2022, 6, 20));

        assertThat(districts).hasSize(15);
        assertThat(july.rows()).hasSize(15);
        Set<String> overdue = new TreeSet<>(districts);
        overdue.removeAll(Set.of("krong-pac", "buon-ho"));
        assertThat(july.overdue()).extracting(r -> r.unit().value()).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(july.rows()).filteredOn(r -> r.unit().equals(KRONG_PAC)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(TaskProgress.State.DONE);
            assertThat(r.doneBy().number()).contains("125/QĐ-UBND");
        });
        assertThat(july.rows()).filteredOn(r -> r.unit().equals(BUON_HO)).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(TaskProgress.State.DONE_LATE));
        assertThat(june.overdue()).isEmpty();
        assertThat(june.rows()).filteredOn(r -> r.state() == TaskProgress.State.PENDING).hasSize(14);
    }

    @Test
    void anAmendmentTakesOverTheScoreboardsTargetsFromItsSigningDateAndMarksTheOldDecisionAmended() {
        DecisionView first = issue(PROVINCE, target(PROVINCE, draft(PROVINCE, DAKLAK, 2018,
                "Giao chỉ tiêu giải quyết đúng hạn 2018"), BUON_DON, ON_TIME, "90"), "15/QĐ-UBND", LocalDate.of(2018, 1, 5));
        // seed 003: Buôn Đôn resolved 153 of 160 on time in Q1 (95.625 %); the same counts for Q2
        imports.importResults(new ImportFile<>("results.csv", List.of(
                new Lined<>(2, Result.ofCounts(BUON_DON, ON_TIME, Period.quarter(2018, 1), 153, 160)),
                new Lined<>(3, Result.ofCounts(BUON_DON, ON_TIME, Period.quarter(2018, 2), 153, 160)))), by(LAN));

        DecisionView amendment = amending.amend(PROVINCE, first.decision().id());
        assertThat(amendment.decision().status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(amendment.decision().amends()).contains(first.decision().id());
        assertThat(amendment.decision().assignments()).extracting(Assignment::target)
                .containsExactly(new BigDecimal("90"));
        amendment = target(PROVINCE, amendment, BUON_DON, ON_TIME, "97");
        issue(PROVINCE, amendment, "420/QĐ-UBND", LocalDate.of(2018, 4, 2));

        ScorePeriod scoring = new ScorePeriod(storage.units(), storage.decisions(), storage.results(),
                IndicatorCatalogue.builtIn());
        Scoreboard q1 = scoring.score(new ScoreStoredCommand(null, ON_TIME, Period.quarter(2018, 1), List.of()));
        Scoreboard q2 = scoring.score(new ScoreStoredCommand(null, ON_TIME, Period.quarter(2018, 2), List.of()));

        assertThat(stored(first.decision().id()).status()).isEqualTo(DecisionStatus.AMENDED);
        assertThat(q1.rows()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualByComparingTo("90");
            assertThat(r.met()).isTrue();
        });
        assertThat(q2.rows()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualByComparingTo("97");
            assertThat(r.met()).isFalse();
            assertThat(r.dossiersNeeded()).isEqualTo(3); // ⌈97 × 160 / 100⌉ − 153 = 156 − 153
        });
        assertThatThrownBy(() -> amending.amend(PROVINCE, first.decision().id()))
                .isInstanceOf(DecisionLifecycleException.class);
        assertThat(auditSinceSetUp()).filteredOn(e -> e.action() == AuditAction.DECISION_CHANGED
                && e.subject().equals("decision/" + first.decision().id()) && e.newValue().contains("status=AMENDED"))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("amending 15/QĐ-UBND"));
    }

    @Test
    void aSecondIssuedDecisionForTheSameUnitIndicatorAndPeriodIsRefusedNamingBothAndNothingChanges() {
        issue(PROVINCE, target(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Giao chỉ tiêu"), KRONG_PAC, ONLINE, "40"),
                "100/QĐ-UBND", LocalDate.of(2022, 3, 1));
        DecisionView second = target(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Giao lại chỉ tiêu"), KRONG_PAC, ONLINE,
                "60");
        DecisionView byGroup = bulk.set(new SetTargetsCommand(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Theo nhóm")
                .decision().id(), 0L, null, List.of(GroupAssignment.of(DISTRICTS, ONLINE, Period.year(2022),
                        new BigDecimal("50")))));

        assertThatThrownBy(() -> issue(PROVINCE, second, "200/QĐ-UBND", LocalDate.of(2022, 4, 1)))
                .isInstanceOf(DecisionConflictException.class)
                .hasMessageContaining("200/QĐ-UBND").hasMessageContaining("100/QĐ-UBND")
                .hasMessageContaining("(krong-pac, ONLINE_RATE, 2022): 60 in 200/QĐ-UBND vs 40 in 100/QĐ-UBND");
        assertThatThrownBy(() -> issue(PROVINCE, byGroup, "300/QĐ-UBND", LocalDate.of(2022, 4, 1)))
                .isInstanceOf(DecisionConflictException.class)
                .hasMessageContaining("(krong-pac, ONLINE_RATE, 2022): 50 in 300/QĐ-UBND vs 40 in 100/QĐ-UBND")
                .satisfies(e -> assertThat(((DecisionConflictException) e).clashes()).hasSize(1));
        assertThat(stored(second.decision().id()).status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(stored(second.decision().id()).version()).isEqualTo(second.decision().version());
        assertThat(stored(byGroup.decision().id()).status()).isEqualTo(DecisionStatus.DRAFT);
    }

    @Test
    void ofTwoConflictingDraftsIssuedAtTheSameMomentExactlyOneIsIssued() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                int year = 2030 + round;
                DecisionView first = target(PROVINCE, draft(PROVINCE, DAKLAK, year, "Giao chỉ tiêu"), KRONG_PAC, ONLINE, "40");
                DecisionView second = target(PROVINCE, draft(PROVINCE, DAKLAK, year, "Giao lại chỉ tiêu"), KRONG_PAC,
                        ONLINE, "60");
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<DecisionView>> issues = new java.util.ArrayList<>();
                int n = 0;
                for (DecisionView d : List.of(first, second)) {
                    String number = (++n * 100 + round) + "/QĐ-UBND"; // numbers are unique for their issuer
                    issues.add(pool.submit(() -> {
                        together.await();
                        return issue(PROVINCE, d, number, LocalDate.of(year, 3, 1));
                    }));
                }
                int issued = 0;
                int refused = 0;
                for (java.util.concurrent.Future<DecisionView> f : issues) {
                    try {
                        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                        issued++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(DecisionConflictException.class);
                        refused++;
                    }
                }
                assertThat(issued).as("round %d", round).isEqualTo(1);
                assertThat(refused).as("round %d", round).isEqualTo(1);
                assertThat(storage.decisions().findByYear(year)).filteredOn(d -> d.status() == DecisionStatus.ISSUED)
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSupersedingDecisionReplacesTheOldOneWithoutAConflict() {
        DecisionView old = issue(PROVINCE, target(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Giao chỉ tiêu"), KRONG_PAC,
                ONLINE, "40"), "100/QĐ-UBND", LocalDate.of(2022, 3, 1));
        DecisionView next = amending.supersede(PROVINCE, old.decision().id(), "Giao chỉ tiêu (thay thế)");
        assertThat(next.decision().assignments()).isEmpty();
        next = target(PROVINCE, next, KRONG_PAC, ONLINE, "60");

        DecisionView issued = issue(PROVINCE, next, "200/QĐ-UBND", LocalDate.of(2022, 4, 1));

        assertThat(issued.decision().status()).isEqualTo(DecisionStatus.ISSUED);
        assertThat(issued.decision().supersedes()).contains(old.decision().id());
        assertThat(stored(old.decision().id()).status()).isEqualTo(DecisionStatus.SUPERSEDED);
    }

    @Test
    void aWithdrawnDraftStaysStoredButCannotChangeAndAnIssuedDecisionCannotBeWithdrawn() {
        DecisionView d = target(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Dự thảo"), KRONG_PAC, ONLINE, "40");

        DecisionView withdrawn = withdrawing.withdraw(PROVINCE, d.decision().id(), d.decision().version(), "trùng");

        assertThat(stored(d.decision().id()).status()).isEqualTo(DecisionStatus.WITHDRAWN);
        assertThatThrownBy(() -> target(PROVINCE, withdrawn, KRONG_PAC, ONLINE, "50"))
                .isInstanceOf(DecisionNotEditableException.class);
        DecisionView issued = issue(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Ban hành"), "1/QĐ-UBND",
                LocalDate.of(2022, 1, 1));
        assertThatThrownBy(() -> withdrawing.withdraw(PROVINCE, issued.decision().id(), null, null))
                .isInstanceOf(DecisionNotEditableException.class);
        assertThat(auditSinceSetUp()).filteredOn(e -> e.subject().equals("decision/" + d.decision().id())
                && e.action() == AuditAction.DECISION_CHANGED).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("trùng"));
    }

    @Test
    void bulkTargetsAreAllOrNothingAndListEveryBadRow() {
        DecisionView d = draft(PROVINCE, DAKLAK, 2022, "Giao chỉ tiêu");

        assertThatThrownBy(() -> bulk.set(new SetTargetsCommand(PROVINCE, d.decision().id(), 0L, targetsCsv(
                "krong-pac,ONLINE_RATE,2022,88,", "Huyện Không Có,ONLINE_RATE,2022,40,", "so-y-te,ONLINE_RATE,2022,150,",
                "buon-ho,ONLINE_RATE,2031,45,"), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::line).containsExactly(3, 4, 5));
        assertThat(stored(d.decision().id()).assignments()).isEmpty();
        assertThat(stored(d.decision().id()).version()).isZero();

        DecisionView ok = bulk.set(new SetTargetsCommand(PROVINCE, d.decision().id(), 0L, targetsCsv(
                "krong-pac,ONLINE_RATE,2022,88,", "UBND thị xã Buôn Hồ,ONLINE_RATE,2022,45,"), List.of()));
        assertThat(stored(d.decision().id()).assignments()).extracting(a -> a.unit().value() + "=" + a.target())
                .containsExactly("krong-pac=88", "buon-ho=45");
        assertThatThrownBy(() -> bulk.set(new SetTargetsCommand(PROVINCE, d.decision().id(), 0L, targetsCsv(
                "krong-pac,ONLINE_RATE,2022,89,"), List.of())))
                .isInstanceOf(vn.chitieu.common.StaleVersionException.class);
        assertThat(ok.decision().version()).isEqualTo(1);
    }

    @Test
    void aDistrictEditorIsRefusedEveryWriteOnTheProvincesDecision() {
        DecisionView draft = target(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Giao chỉ tiêu"), KRONG_PAC, ONLINE, "40");
        DecisionView issued = issue(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Đã ban hành"), "7/QĐ-UBND",
                LocalDate.of(2022, 2, 1));
        DecisionId id = draft.decision().id();
        long v = draft.decision().version();
        List<Consumer<Caller>> writes = List.of(
                c -> setting.set(new SetTargetCommand(c, id, v, KRONG_PAC, ONLINE, null, new BigDecimal("10"), null)),
                c -> bulk.set(new SetTargetsCommand(c, id, v, targetsCsv("krong-pac,ONLINE_RATE,2022,10,"), List.of())),
                c -> issuing.issue(new IssueDecisionCommand(c, id, v, "9/QĐ-UBND", "x", LocalDate.of(2022, 3, 1))),
                c -> withdrawing.withdraw(c, id, v, null),
                c -> amending.amend(c, issued.decision().id()),
                c -> amending.supersede(c, issued.decision().id(), null));

        for (Consumer<Caller> write : writes) {
            assertThatThrownBy(() -> write.accept(KRONG_PAC_EDITOR)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stored(id).version()).isEqualTo(v);
        assertThat(stored(id).status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(storage.decisions().all()).hasSize(2);
    }

    @Test
    void decisionsAreListedByYearIssuerAndStatusWithinWhatTheCallerMaySee() {
        DecisionView province = issue(PROVINCE, draft(PROVINCE, DAKLAK, 2022, "Tỉnh 2022"), "1/QĐ-UBND",
                LocalDate.of(2022, 1, 1));
        draft(PROVINCE, DAKLAK, 2023, "Tỉnh 2023");
        DecisionView krongPac = draft(KRONG_PAC_EDITOR, KRONG_PAC, 2022, "Krông Pắc 2022");
        draft(new Caller("ea-kar", Role.EDITOR, UnitCode.of("ea-kar")), UnitCode.of("ea-kar"), 2022, "Ea Kar 2022");

        assertThat(listing.list(ADMIN, 2022, null, null, 0, 100)).hasSize(3);
        assertThat(listing.list(ADMIN, null, null, DecisionStatus.ISSUED, 0, 100)).extracting(Decision::id)
                .containsExactly(province.decision().id());
        assertThat(listing.list(ADMIN, null, DAKLAK, null, 0, 100)).hasSize(2);
        assertThat(listing.list(ADMIN, null, null, null, 1, 2)).hasSize(2);
        assertThat(listing.list(KRONG_PAC_EDITOR, 2022, null, null, 0, 100)).extracting(Decision::id)
                .containsExactly(province.decision().id(), krongPac.decision().id());
        assertThat(reading.read(ADMIN, "1/qđ-ubnd").decision().id()).isEqualTo(province.decision().id());
    }
}
