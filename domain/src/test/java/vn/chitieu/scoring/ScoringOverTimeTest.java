package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.UnitGroup;
import vn.chitieu.unit.UnitKind;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.scoring.ScoreFiles;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.fixtures.ReadOnlyDecisions;
import vn.chitieu.fixtures.ReadOnlyResults;
import vn.chitieu.fixtures.ReadOnlyUnits;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.table.Table;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * Issue 14's "scoring 2025 uses the 2025 units and 2026 the 2026 units from the same registry":
 * old communes a and b (until 30 June 2025) and the new commune moi (from 1 July 2025) that has
 * a's name, in one registry, scored from files and from storage.
 */
class ScoringOverTimeTest {

    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");

    private static final UnitTree REGISTRY = UnitsTable.read(CsvTables.of("units.csv", List.of(
            "code,name,kind,parent,aliases,validFrom,validTo",
            "tinh,UBND tỉnh Tân Lộc,PROVINCE,,,,",
            "so-noi-vu,Sở Nội vụ,DEPARTMENT,tinh,,,",
            "huyen,UBND huyện Phú Giáo,DISTRICT,tinh,,,2025-06-30",
            "a,Xã An Bình,COMMUNE,huyen,,,2025-06-30",
            "b,Xã Bình Minh,COMMUNE,huyen,,,2025-06-30",
            "moi,Xã An Bình,COMMUNE,tinh,,2025-07-01,")));

    private static final Table RESULTS = CsvTables.of("results.csv", List.of(
            "unit,indicator,period,numerator,denominator",
            "Xã An Bình,ONLINE_RATE,2025-Q1,45,60",
            "Xã Bình Minh,ONLINE_RATE,2025-Q1,30,50",
            "so-noi-vu,ONLINE_RATE,2025-Q1,9,10",
            "Xã An Bình,ONLINE_RATE,2026-Q1,84,120",
            "so-noi-vu,ONLINE_RATE,2026-Q1,19,20"));

    private static Scoreboard fromFiles(Table results, String period) {
        return new ScoreFiles().score(new ScoreFilesCommand(REGISTRY, IndicatorCatalogue.builtIn(), () -> results, null,
                Period.parse(period), ONLINE, new ScoreFilesCommand.UniformTarget("--target", "70", new BigDecimal("70")),
                List.of(), null, null, null)).board();
    }

    private static List<String> units(Scoreboard board) {
        return board.rows().stream().map(s -> s.unit().code().value()).sorted().toList();
    }

    @Test
    void scoring2025UsesThe2025UnitsAnd2026The2026UnitsOfTheSameRegistry() {
        Scoreboard q1of2025 = fromFiles(RESULTS, "2025-Q1");
        Scoreboard q1of2026 = fromFiles(RESULTS, "2026-Q1");

        // the same name "Xã An Bình" is the old commune a in 2025 and the new commune moi in 2026
        assertThat(units(q1of2025)).containsExactly("a", "b", "so-noi-vu");
        assertThat(units(q1of2026)).containsExactly("moi", "so-noi-vu");
        Score a = q1of2025.rows().stream().filter(s -> s.unit().code().value().equals("a")).findFirst().orElseThrow();
        assertThat(a.value()).isEqualByComparingTo("75");          // 45 / 60
        assertThat(a.rank()).isEqualTo(1);                          // above b's 60 % among the communes
        Score moi = q1of2026.rows().stream().filter(s -> s.unit().code().value().equals("moi")).findFirst().orElseThrow();
        assertThat(moi.value()).isEqualByComparingTo("70");        // 84 / 120
        assertThat(moi.rank()).isEqualTo(1);                        // the only commune of 2026
    }

    @Test
    void aResultOfAnOldUnitInAPeriodAfterItsEndIsRefusedWithItsLine() {
        Table late = CsvTables.of("late.csv", List.of("unit,indicator,period,numerator,denominator",
                "moi,ONLINE_RATE,2026-Q1,84,120", "b,ONLINE_RATE,2026-Q1,1,2"));

        assertThatThrownBy(() -> fromFiles(late, "2026-Q1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("late.csv:3: column 'unit', value 'b'")
                .hasMessageContaining("b is valid … – 2025-06-30, not in 2026-Q1");
    }

    @Test
    void storedResultsAreScoredOverTheUnitsOfTheirPeriodAndAnOldUnitsStayItsOwn() {
        // 2026's decision gives every commune ("UBND cấp xã") 70 %: the old communes a and b are not among them
        Decision communes2026 = Decision.reconstitute(DecisionId.random(), "1/QĐ-UBND", UnitCode.of("tinh"), 2026,
                "Giao chỉ tiêu 2026", "Chủ tịch", LocalDate.of(2026, 1, 5), DecisionStatus.ISSUED, 1, List.of(),
                new Decision.Details(List.of(), List.of(), List.of(GroupAssignment.of(new UnitGroup("UBND cấp xã",
                        Set.of(UnitKind.COMMUNE), false), ONLINE, Period.parse("2026"), new BigDecimal("70"))), null, null));
        List<Result> stored = List.of(Result.ofCounts(UnitCode.of("a"), ONLINE, Period.parse("2025-Q1"), 45, 60),
                Result.ofCounts(UnitCode.of("moi"), ONLINE, Period.parse("2026-Q1"), 84, 120));
        ScorePeriod scoring = new ScorePeriod(new ReadOnlyUnits() {
            @Override
            public UnitTree tree() {
                return REGISTRY;
            }

            @Override
            public Optional<Unit> find(UnitCode code) {
                return REGISTRY.find(code);
            }
        }, new ReadOnlyDecisions() {
            @Override
            public Optional<Decision> findById(DecisionId id) {
                return Optional.empty();
            }

            @Override
            public List<Decision> findByYear(int year) {
                return year == 2026 ? List.of(communes2026) : List.of();
            }
        }, ReadOnlyResults.of((i, p) -> stored.stream().filter(r -> r.period().equals(p)).toList()),
                IndicatorCatalogue.builtIn());

        Scoreboard q1of2025 = scoring.score(new ScoreStoredCommand(null, ONLINE, Period.parse("2025-Q1"), List.of()));
        Scoreboard q1of2026 = scoring.score(new ScoreStoredCommand(null, ONLINE, Period.parse("2026-Q1"), List.of()));

        assertThat(units(q1of2025)).containsExactly("a");
        assertThat(units(q1of2026)).containsExactly("moi");
        assertThat(q1of2026.rows().get(0).target()).isEqualByComparingTo("70");
    }
}
