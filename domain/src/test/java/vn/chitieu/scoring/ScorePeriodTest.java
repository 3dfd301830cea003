package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.application.scoring.ScoreFiles;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.fixtures.ReadOnlyDecisions;
import vn.chitieu.fixtures.ReadOnlyResults;
import vn.chitieu.fixtures.ReadOnlyUnits;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Approvals;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** The stored-data scoring use case ({@link ScorePeriod}), on fakes of the ports. */
class ScorePeriodTest {

    private static final IndicatorCode ON_TIME = IndicatorCode.of("ON_TIME_RATE");
    private static final Period Q1 = Period.parse("2018-Q1");
    private static final Period YEAR = Period.parse("2018");
    private static final UnitCode KRONG_PAC = UnitCode.of("krong-pac");
    private static final UnitCode LAK = UnitCode.of("lak");
    private static final UnitCode NOI_VU = UnitCode.of("so-noi-vu");
    private static final UnitCode DAKLAK = UnitCode.of("daklak");

    private final UnitTree tree = Seed003.units();

    private final Units units = new ReadOnlyUnits() {
        @Override
        public UnitTree tree() {
            return tree;
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return tree.find(code);
        }
    };

    private ScorePeriod scoring(Decisions decisions, Results results) {
        return new ScorePeriod(units, decisions, results, IndicatorCatalogue.builtIn());
    }

    private static Decision decision(DecisionStatus status, LocalDate signed, Assignment... assignments) {
        return Decision.reconstitute(DecisionId.random(), "1/QĐ-UBND", DAKLAK, 2018, "giao chỉ tiêu", "Chủ tịch", signed,
                status, 1, List.of(assignments));
    }

    /** Decisions whose every year is {@code year} (read when asked: a test may change it). */
    private static Decisions byYear(List<Decision> year) {
        return new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int y) {
                return year;
            }
        };
    }

    private static Assignment target(UnitCode unit, Period period, String target) {
        return Assignment.of(unit, ON_TIME, period, new BigDecimal(target));
    }

    @Test
    void aQuartersOwnTargetBeatsTheYearsAndTheLatestIssuedDecisionBeatsAnOlderOneWhileDraftsDoNotCount() {
        Decisions decisions = new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int year) {
                return List.of(
                        decision(DecisionStatus.ISSUED, LocalDate.of(2018, 1, 5), target(KRONG_PAC, YEAR, "90"),
                                target(LAK, YEAR, "90"), target(NOI_VU, YEAR, "90")),
                        decision(DecisionStatus.ISSUED, LocalDate.of(2018, 2, 1), target(KRONG_PAC, Q1, "95"),
                                target(NOI_VU, YEAR, "80")),
                        decision(DecisionStatus.DRAFT, null, target(LAK, Q1, "50")));
            }
        };
        Results results = ReadOnlyResults.of((indicator, period) -> List.of(
                Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 1061, 1669),
                Result.ofCounts(LAK, ON_TIME, Q1, 14, 14),
                Result.ofCounts(NOI_VU, ON_TIME, Q1, 0, 110)));

        Scoreboard board = scoring(decisions, results).score(new ScoreStoredCommand(null, ON_TIME, Q1, List.of()));

        assertThat(board.rows()).extracting(s -> s.unit().code().value() + "=" + s.target().toPlainString())
                .containsExactlyInAnyOrder("krong-pac=95", "lak=90", "so-noi-vu=80");
        assertThat(board.rows()).filteredOn(s -> s.unit().code().equals(KRONG_PAC))
                .singleElement().satisfies(s -> assertThat(s.dossiersNeeded()).isEqualTo(525));
        assertThat(board.rows()).allSatisfy(s -> assertThat(s.period()).isEqualTo(Q1));
        // lak's draft target is beside an issued one: nothing to warn of
        assertThat(board.warnings()).extracting(ScoreWarning::code).doesNotContain(ScoreWarning.TARGETS_IN_DRAFTS);
    }

    @Test
    void targetsOnlyInADraftAreNotScoredAgainstAndTheBoardSaysSo() {
        List<Decision> year = new java.util.ArrayList<>(List.of(decision(DecisionStatus.ISSUED, LocalDate.of(2018, 1, 5),
                target(KRONG_PAC, Q1, "80")), decision(DecisionStatus.DRAFT, null, target(LAK, Q1, "50"),
                target(NOI_VU, YEAR, "60"), target(KRONG_PAC, Q1, "99"))));
        Decisions decisions = byYear(year);
        Results results = ReadOnlyResults.of((indicator, period) -> List.of(
                Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 1061, 1669),
                Result.ofCounts(LAK, ON_TIME, Q1, 14, 14)));

        Scoreboard board = scoring(decisions, results).score(new ScoreStoredCommand(null, ON_TIME, Q1, List.of()));

        assertThat(board.rows()).filteredOn(s -> s.unit().code().equals(LAK)).singleElement()
                .satisfies(s -> assertThat(s.target()).isNull());
        // lak and so-noi-vu have a target only in the draft; krong-pac's issued one is in force
        assertThat(board.warnings()).filteredOn(w -> w.code().equals(ScoreWarning.TARGETS_IN_DRAFTS)).singleElement()
                .satisfies(w -> {
                    assertThat(w.computed()).isEqualTo(2);
                    assertThat(w.message("vi")).startsWith("2 đơn vị có mức giao chỉ trong quyết định dự thảo");
                    assertThat(w.message("en")).startsWith("2 units have a target only in a draft decision");
                });
        // a scope sees its own units only
        Scoreboard district = scoring(decisions, results).score(new ScoreStoredCommand(
                new Caller("t", Role.VIEWER, KRONG_PAC), ON_TIME, Q1, List.of()));
        assertThat(district.warnings()).extracting(ScoreWarning::code).doesNotContain(ScoreWarning.TARGETS_IN_DRAFTS);

        // a uniform target fills their rows in: nothing left without a target
        Scoreboard uniform = scoring(decisions, results).score(new ScoreStoredCommand(null, ON_TIME, Q1, List.of(),
                new ScoreFilesCommand.UniformTarget("--target", "95", new BigDecimal("95")), null, null, null));
        assertThat(uniform.warnings()).extracting(ScoreWarning::code).doesNotContain(ScoreWarning.TARGETS_IN_DRAFTS);

        year.set(1, decision(DecisionStatus.ISSUED, LocalDate.of(2018, 2, 1), target(LAK, Q1, "50")));
        Scoreboard issued = scoring(decisions, results).score(new ScoreStoredCommand(null, ON_TIME, Q1, List.of()));
        assertThat(issued.warnings()).extracting(ScoreWarning::code).doesNotContain(ScoreWarning.TARGETS_IN_DRAFTS);
    }

    @Test
    void aUniformTargetFillsInOnlyWhereNoIssuedDecisionGivesOneAndMustFitTheIndicator() {
        Decisions decisions = new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int year) {
                return List.of(decision(DecisionStatus.ISSUED, LocalDate.of(2018, 1, 5), target(KRONG_PAC, Q1, "80")),
                        decision(DecisionStatus.DRAFT, null, target(LAK, Q1, "50")));
            }
        };
        Results results = ReadOnlyResults.of((indicator, period) -> List.of(
                Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 1061, 1669),
                Result.ofCounts(LAK, ON_TIME, Q1, 14, 14)));

        ScoredPeriod scored = scoring(decisions, results).scored(new ScoreStoredCommand(null, ON_TIME, Q1, List.of(),
                new ScoreFilesCommand.UniformTarget("--target", "95", new BigDecimal("95")),
                vn.chitieu.scoring.SelectionRule.parse("met"), null, null));

        assertThat(scored.board().rows()).extracting(s -> s.unit().code().value() + "=" + s.target().toPlainString())
                .containsExactlyInAnyOrder("krong-pac=80", "lak=95");
        assertThat(scored.commended()).extracting(s -> s.unit().code().value()).containsExactly("lak");
        assertThat(scored.criticised()).isNull();
        assertThatThrownBy(() -> scoring(decisions, results).score(new ScoreStoredCommand(null, ON_TIME, Q1, List.of(),
                new ScoreFilesCommand.UniformTarget("--target", "150", new BigDecimal("150")), null, null, null)))
                .isInstanceOf(vn.chitieu.common.InvalidInputException.class);
    }

    @Test
    void aSubtreeIsRankedAmongTheWholePopulationOfItsKind() {
        Decisions none = new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int year) {
                return List.of();
            }
        };
        Results results = ReadOnlyResults.of((indicator, period) -> List.of(
                Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 10, 100),
                Result.ofCounts(LAK, ON_TIME, Q1, 90, 100)));

        Scoreboard board = scoring(none, results).score(new ScoreStoredCommand(new Caller("t1", Role.VIEWER, KRONG_PAC), ON_TIME, Q1, List.of()));

        assertThat(board.rows()).singleElement().satisfies(s -> assertThat(s.rank()).isEqualTo(2));
        assertThat(board.rankedOf(tree.find(KRONG_PAC).orElseThrow().kind())).isEqualTo(2);
        assertThat(board.totals().rows()).isEqualTo(1);
    }

    @Test
    void aTargetWithoutAResultIsScoredAsNoDataNeverAsZero() {
        Decisions decisions = new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int year) {
                return List.of(decision(DecisionStatus.ISSUED, LocalDate.of(2018, 1, 5), target(LAK, YEAR, "90")));
            }
        };
        Results results = ReadOnlyResults.of((indicator, period) -> List.of());

        Scoreboard board = scoring(decisions, results).score(new ScoreStoredCommand(null, ON_TIME, Q1, List.of()));

        assertThat(board.rows()).singleElement().satisfies(s -> {
            assertThat(s.flags()).containsExactly(ScoreFlag.NO_DATA, ScoreFlag.NO_RESULT);
            assertThat(s.value()).isNull();
            assertThat(s.met()).isNull();
            assertThat(s.rank()).isNull();
        });
        assertThat(board.totals().notAvailable()).isEqualTo(1);
    }

    /**
     * The CLI's {@code score} (files) and the HTTP scoreboard (storage) are one computation: seed
     * 003's quarter scored from its files against 95 % for every unit is the board scored from the
     * same results stored and an issued decision with the same targets, flags and ranks included.
     */
    @Test
    void theBoardFromStorageIsTheBoardFromTheFiles() {
        ScoredPeriod fromFiles = new ScoreFiles().score(new ScoreFilesCommand(tree, IndicatorCatalogue.builtIn(),
                Seed003::onTimeTable, null, Q1, ON_TIME, new ScoreFilesCommand.UniformTarget("--target", "95",
                        new BigDecimal("95")), List.of(), null, null, null));

        List<Result> stored = new ResultsTableReader(new NameResolver(tree), IndicatorCatalogue.builtIn())
                .read(Seed003.onTimeTable(), Q1);
        Decision issued = decision(DecisionStatus.ISSUED, LocalDate.of(2018, 1, 5), stored.stream()
                .map(r -> target(r.unit(), Q1, "95")).toArray(Assignment[]::new));
        Decisions decisions = new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.of(issued);
            }

            @Override
            public List<Decision> findByYear(int year) {
                return List.of(issued);
            }
        };
        Scoreboard fromStorage = scoring(decisions, ReadOnlyResults.of((indicator, period) -> stored))
                .score(new ScoreStoredCommand(null, ON_TIME, Q1, List.of()));

        assertThat(fromFiles.board().rows()).hasSize(31);
        assertThat(fromFiles.board().rows()).flatExtracting(Score::flags).contains(ScoreFlag.CARRY_OVER);
        assertThat(fromStorage).isEqualTo(fromFiles.board());
    }

    @Test
    void anUnknownIndicatorIsRefusedNamingIt() {
        Results none = ReadOnlyResults.of((indicator, period) -> List.of());
        Decisions noDecisions = new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int year) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> scoring(noDecisions, none)
                .score(new ScoreStoredCommand(null, IndicatorCode.of("NO_SUCH_RATE"), Q1, List.of())))
                .isInstanceOf(vn.chitieu.common.InvalidInputException.class)
                .hasMessageContaining("indicator").hasMessageContaining("NO_SUCH_RATE");
    }

    @Test
    void scoredFromStorageEachRowSaysWhetherAnApprovalLocksItAndWhichOne() {
        Decisions none = new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int year) {
                return List.of();
            }
        };
        Results results = ReadOnlyResults.of((indicator, period) -> List.of(
                Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 1061, 1669),
                Result.ofCounts(LAK, ON_TIME, Q1, 14, 14),
                Result.ofCounts(NOI_VU, ON_TIME, Q1, 0, 110)));
        PeriodLock year = new PeriodLock(KRONG_PAC, YEAR, Actor.of("token tok_h (EDITOR krong-pac)"),
                Instant.parse("2018-04-10T02:00:00Z"), null);
        PeriodLock otherQuarter = new PeriodLock(DAKLAK, Period.parse("2018-Q2"), Actor.of("lan"),
                Instant.parse("2018-07-10T02:00:00Z"), null);
        Approvals approvals = new Approvals() {
            @Override
            public List<PeriodLock> all() {
                return List.of(year, otherQuarter);
            }

            @Override
            public Optional<PeriodLock> find(UnitCode unit, Period period) {
                return Optional.empty();
            }
        };
        ScoreStoredCommand command = new ScoreStoredCommand(null, ON_TIME, Q1, List.of(),
                new ScoreFilesCommand.UniformTarget("--target", "95", new BigDecimal("95")), null, null, null);

        ScoredPeriod scored = new ScorePeriod(units, none, results, IndicatorCatalogue.builtIn(), approvals).scored(command);

        assertThat(scored.knowsApprovals()).isTrue();
        assertThat(scored.board().rows()).hasSize(3).allSatisfy(row -> assertThat(scored.approval(row))
                .isEqualTo(row.unit().code().equals(KRONG_PAC) ? Optional.of(year) : Optional.empty()));
        ScoredPeriod withoutApprovals = scoring(none, results).scored(command);
        assertThat(withoutApprovals.knowsApprovals()).isFalse();
        assertThat(withoutApprovals.approved()).isNull();
    }
}
