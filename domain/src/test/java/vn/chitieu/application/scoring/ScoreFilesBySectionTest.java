package vn.chitieu.application.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.BoardSection;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Scorer;
import vn.chitieu.scoring.SelectionRule;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * {@code score} of files over many (indicator, period) sections is scored a section at a time
 * (issue 13: memory flat in the row count): it must give the board that scoring every row at once
 * gives, here {@link Scorer#score} over all the rows read as a list, on generated rows with periods
 * and indicators interleaved, rates without counts, not-available rows, numerators above their
 * denominators, targets with and without results, several results files.
 */
class ScoreFilesBySectionTest {

    private static final String[] INDICATORS = {"ONLINE_RATE", "ON_TIME_RATE", "ONLINE_PAYMENT_DOSSIERS"};
    private static final SelectionRule COMMEND = SelectionRule.parse("met,top=3|mostDossiers=2");
    private static final SelectionRule CRITICISE = SelectionRule.parse("na|below=40|flag=NUMERATOR_EXCEEDS_DENOMINATOR");

    private final UnitTree tree = tree();
    private final List<String> rows = results(new Random(13));
    private final Table targets = targets(new Random(7));

    @Test
    void scoringSectionBySectionGivesTheBoardOfScoringEveryRowAtOnce() {
        ScoredPeriod scored = score(List.of(table("results.csv", rows)));
        Scoreboard expected = scoredAtOnce();

        Scoreboard board = scored.board();
        assertThat(board.rows()).hasSize(expected.rows().size()).hasSizeGreaterThan(500);
        assertThat(byKey(board.rows())).isEqualTo(byKey(expected.rows()));
        assertThat(board.totals()).isEqualTo(expected.totals());
        assertThat(board.totalsByKind()).isEqualTo(expected.totalsByKind());
        assertThat(board.rankedByKind()).isEqualTo(expected.rankedByKind());
        assertThat(board.warnings()).isEqualTo(expected.warnings()).isNotEmpty();
        assertThat(scored.commended()).isEqualTo(COMMEND.select(expected)).isNotEmpty();
        assertThat(scored.criticised()).isEqualTo(CRITICISE.select(expected)).isNotEmpty();
        // read again (a report reads a section twice: its columns, then its rows): the same rows
        assertThat(new ArrayList<>(board.rows())).isEqualTo(new ArrayList<>(board.rows()));
    }

    /** Without rules, the sums are made when first asked for: summed as the rows are read, or by a pass of their own. */
    @Test
    void withoutRulesTheSumsAreThoseOfScoringAtOnceWhetherAskedBeforeOrAfterTheRowsAreRead() {
        Scoreboard expected = scoredAtOnce();
        Scoreboard asked = score(List.of(table("results.csv", rows)), null, null).board();
        Scoreboard read = score(List.of(table("results.csv", rows)), null, null).board();

        assertThat(byKey(asked.rows())).isEqualTo(byKey(expected.rows())); // the rows first: their sums as they pass
        assertThat(asked.totals()).isEqualTo(expected.totals());
        assertThat(read.totals()).isEqualTo(expected.totals()); // asked first: a pass of their own
        for (Scoreboard board : List.of(asked, read)) {
            assertThat(board.totalsByKind()).isEqualTo(expected.totalsByKind());
            assertThat(board.rankedByKind()).isEqualTo(expected.rankedByKind());
            assertThat(board.warnings()).isEqualTo(expected.warnings()).isNotEmpty();
        }
        assertThat(byKey(read.rows())).isEqualTo(byKey(expected.rows()));
    }

    @Test
    void theSectionsComeInTheOrderOfTheIndicatorsCodesThenOfThePeriodsAndSayWhatTheyHold() {
        for (Scoreboard board : List.of(score(List.of(table("results.csv", rows))).board(),
                score(List.of(table("results.csv", rows)), null, null).board())) {
            holdsItsSections(board);
        }
    }

    private static void holdsItsSections(Scoreboard board) {
        List<BoardSection> sections = board.sections();

        assertThat(sections).hasSize(INDICATORS.length * 6);
        assertThat(sections).isSortedAccordingTo(Comparator.comparing((BoardSection s) -> s.indicator().value())
                .thenComparing(BoardSection::period));
        int from = 0;
        for (BoardSection s : sections) {
            List<Score> own = board.rows().subList(from, from + s.size());
            from += s.size();
            assertThat(own).allMatch(r -> r.indicator().equals(s.indicator()) && r.period().equals(s.period()));
            assertThat(own).isEqualTo(s.rows());
            assertThat(own.stream().filter(r -> !r.hasFlag(vn.chitieu.scoring.ScoreFlag.NO_RESULT)).count())
                    .isEqualTo(s.results());
        }
        assertThat(from).isEqualTo(board.rows().size());
    }

    @Test
    void resultsSplitOverTwoFilesScoreAsOneFileAndARowInBothIsRefused() {
        List<String> odd = new ArrayList<>(List.of(rows.get(0)));
        List<String> even = new ArrayList<>(List.of(rows.get(0)));
        for (int i = 1; i < rows.size(); i++) {
            (i % 2 == 0 ? even : odd).add(rows.get(i));
        }
        Scoreboard one = score(List.of(table("results.csv", rows))).board();
        Scoreboard two = score(List.of(table("q-a.csv", odd), table("q-b.csv", even))).board();

        assertThat(byKey(two.rows())).isEqualTo(byKey(one.rows()));
        assertThat(two.totals()).isEqualTo(one.totals());

        even.add(odd.get(5));
        assertThatThrownBy(() -> score(List.of(table("q-a.csv", odd), table("q-b.csv", even))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("q-b.csv");
                    assertThat(p.line()).isEqualTo(even.size()); // its line in q-b.csv: the header is line 1
                    assertThat(p.reason()).contains("is also in q-a.csv (line 6)");
                }));
    }

    private ScoredPeriod score(List<Table> files) {
        return score(files, COMMEND, CRITICISE);
    }

    private ScoredPeriod score(List<Table> files, SelectionRule commend, SelectionRule criticise) {
        List<Supplier<Table>> more = files.stream().skip(1).<Supplier<Table>>map(t -> () -> t).toList();
        return new ScoreFiles().score(new ScoreFilesCommand(tree, IndicatorCatalogue.builtIn(), () -> files.get(0),
                () -> targets, null, null, new ScoreFilesCommand.UniformTarget("--target", "60", new BigDecimal("60")),
                List.of(DeclaredTotal.parse("denominator=1000"), DeclaredTotal.parse("rows=5")), commend, criticise,
                null, more));
    }

    /** The reference: every row read into a list and scored at once. */
    private Scoreboard scoredAtOnce() {
        NameResolver resolver = NameResolver.preferring(tree, tree);
        List<Result> all = new ResultsTableReader(resolver, IndicatorCatalogue.builtIn()).read(table("results.csv", rows), null);
        java.util.Set<String> sections = new java.util.HashSet<>();
        all.forEach(r -> sections.add(r.indicator() + "|" + r.period()));
        List<Assignment> assigned = new TargetsTableReader(resolver, IndicatorCatalogue.builtIn()).read(targets, null, null)
                .stream().filter(a -> sections.contains(a.indicator() + "|" + a.period())).toList();
        return new Scorer(tree).score(all, assigned, new BigDecimal("60"),
                List.of(DeclaredTotal.parse("denominator=1000"), DeclaredTotal.parse("rows=5")));
    }

    private static List<Score> byKey(List<Score> scores) {
        return scores.stream().sorted(Comparator.comparing((Score s) -> s.indicator().value()).thenComparing(Score::period)
                .thenComparing(s -> s.unit().code().value())).toList();
    }

    private static UnitTree tree() {
        List<String> lines = new ArrayList<>(List.of("code,name,kind,parent", "tinh,UBND tỉnh,PROVINCE,",
                "so-a,Sở A,DEPARTMENT,tinh", "so-b,Sở B,DEPARTMENT,tinh"));
        for (int d = 0; d < 4; d++) {
            lines.add("huyen-" + d + ",UBND huyện " + d + ",DISTRICT,tinh");
        }
        for (int c = 0; c < 40; c++) {
            lines.add("xa-" + c + ",UBND xã " + c + ",COMMUNE,huyen-" + c % 4);
        }
        return UnitsTable.read(CsvTables.of("units.csv", lines));
    }

    /** Months interleaved with indicators, as an export of several months at once is. */
    private static List<String> results(Random random) {
        List<String> lines = new ArrayList<>(List.of("unit,indicator,period,numerator,denominator,rate"));
        List<String> units = new ArrayList<>(List.of("so-a", "so-b"));
        for (int i = 0; i < 4; i++) {
            units.add("huyen-" + i);
        }
        for (int i = 0; i < 40; i++) {
            units.add("xa-" + i);
        }
        for (String unit : units) {
            for (int m = 1; m <= 6; m++) {
                for (String indicator : INDICATORS) {
                    if (random.nextInt(10) == 0) {
                        continue; // no row: a target without a result, or nothing
                    }
                    String period = "2024-0" + m;
                    int kind = random.nextInt(20);
                    int a = 1 + random.nextInt(50);
                    int b = random.nextInt(a + 1);
                    String row = kind == 0 ? "," + ",Không có hồ sơ phát sinh"
                            : kind == 1 && !indicator.equals("ONLINE_PAYMENT_DOSSIERS") ? ",," + random.nextInt(100) + ".5"
                            : kind == 2 ? (a + 3) + "," + a + ","
                            : kind == 3 ? "0,0," : b + "," + a + ",";
                    lines.add(unit + "," + indicator + "," + period + "," + row);
                }
            }
        }
        return lines;
    }

    private static Table targets(Random random) {
        List<String> lines = new ArrayList<>(List.of("unit,indicator,period,target"));
        for (int c = 0; c < 40; c += 3) {
            for (String indicator : INDICATORS) {
                lines.add("xa-" + c + "," + indicator + ",2024-0" + (1 + random.nextInt(6)) + "," + random.nextInt(101));
            }
        }
        lines.add("xa-1,ONLINE_RATE,2030-01,50"); // a section without results: not scored
        return CsvTables.of("targets.csv", lines);
    }

    private static Table table(String file, List<String> lines) {
        return CsvTables.of(file, lines);
    }
}
