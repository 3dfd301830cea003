package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.fixtures.ReadOnlyDecisions;
import vn.chitieu.fixtures.ReadOnlyResults;
import vn.chitieu.fixtures.ReadOnlyUnits;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.DataVersion;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** A scoreboard from storage is computed once per version of the store, and again after a write. */
class ScorePeriodKeptTest {

    private static final IndicatorCode ON_TIME = IndicatorCode.of("ON_TIME_RATE");
    private static final Period Q1 = Period.parse("2018-Q1");
    private static final UnitCode KRONG_PAC = UnitCode.of("krong-pac");
    private static final UnitCode LAK = UnitCode.of("lak");

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
    private final ReadOnlyDecisions decisions = new ReadOnlyDecisions() {
        @Override
        public Optional<Decision> findById(DecisionId id) {
            return Optional.empty();
        }

        @Override
        public List<Decision> findByYear(int year) {
            return List.of();
        }
    };
    private final List<Result> stored = new ArrayList<>(List.of(Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 1061, 1669),
            Result.ofCounts(LAK, ON_TIME, Q1, 14, 14)));
    private final AtomicInteger reads = new AtomicInteger();
    /** Counts the reads of the scored period's own results: one per scoring (its months are read too, since a period may be summed from its parts). */
    private final Results results = ReadOnlyResults.of((indicator, period) -> {
        if (period.equals(Q1)) {
            reads.incrementAndGet();
        }
        return stored.stream().filter(r -> r.period().equals(period)).toList();
    });
    private final AtomicLong writes = new AtomicLong();

    private static ScoreStoredCommand asked() {
        return new ScoreStoredCommand(null, ON_TIME, Q1, List.of());
    }

    private static long numerator(ScoredPeriod scored, UnitCode unit) {
        return scored.board().rows().stream().filter(s -> s.unit().code().equals(unit)).findFirst().orElseThrow()
                .numerator();
    }

    @Test
    void theSameVersionAnswersTheKeptScoreboardAndANewOneScoresAgain() {
        ScorePeriod scoring = new ScorePeriod(units, decisions, results, IndicatorCatalogue.builtIn(), null,
                () -> "v" + writes.get());

        ScoredPeriod first = scoring.scored(asked());
        ScoredPeriod again = scoring.scored(asked());
        assertThat(again).isSameAs(first);
        assertThat(reads).hasValue(1);

        stored.set(0, Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 1500, 1669)); // a results import…
        writes.incrementAndGet(); // …gives the store a new version
        ScoredPeriod after = scoring.scored(asked());

        assertThat(reads).hasValue(2);
        assertThat(numerator(first, KRONG_PAC)).isEqualTo(1061);
        assertThat(numerator(after, KRONG_PAC)).isEqualTo(1500);
    }

    @Test
    void withoutAVersionEveryRequestScoresAgain() {
        ScorePeriod scoring = new ScorePeriod(units, decisions, results, IndicatorCatalogue.builtIn(), null,
                DataVersion.UNKNOWN);
        scoring.scored(asked());
        stored.set(0, Result.ofCounts(KRONG_PAC, ON_TIME, Q1, 1500, 1669));

        assertThat(numerator(scoring.scored(asked()), KRONG_PAC)).isEqualTo(1500);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRequestWithItsOwnTotalsOrRulesIsNotKept() {
        ScorePeriod scoring = new ScorePeriod(units, decisions, results, IndicatorCatalogue.builtIn(), null, () -> "v");
        ScoreStoredCommand declared = new ScoreStoredCommand(null, ON_TIME, Q1, List.of(DeclaredTotal.parse("rows=2")));
        scoring.scored(declared);
        scoring.scored(declared);

        assertThat(reads).hasValue(2);
    }
}
