package vn.chitieu.scoring;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import vn.chitieu.unit.UnitKind;

/**
 * The rows of a scoreboard made of {@link BoardSection}s, section after section, each section's
 * rows scored when first read and dropped when the next is read: a board of a million rows is read
 * in order holding no more than two sections, the one read and the next, scored meanwhile on another
 * thread. Reading out of order scores a section again (the same rows).
 */
public final class ScoredSections extends AbstractList<Score> implements RandomAccess {

    /** Scores the next section: threads kept a minute when idle (one per board read at a time), never holding the JVM up. */
    private static final java.util.concurrent.ExecutorService AHEAD = java.util.concurrent.Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "chitieu-next-section");
        t.setDaemon(true);
        return t;
    });

    private final List<BoardSection> given;
    private final List<BoardSection> sections;
    private final int[] starts;
    private final int size;
    private int current = -1;
    private List<Score> rows;
    private int ahead = -1;
    private CompletableFuture<List<Score>> next;

    /** The warnings a board's totals call for (declared totals that differ, periods summed). */
    private final Function<Totals, List<ScoreWarning>> warnings;
    private int summed; // the sections read in order so far, their rows added to the sums below
    private Totals.Sum all = new Totals.Sum();
    private Map<UnitKind, Totals.Sum> byKind = new EnumMap<>(UnitKind.class);
    private Map<UnitKind, Integer> ranked = new EnumMap<>(UnitKind.class);
    private Summary summary;

    /** What a board's totals, totals by kind, ranked counts and warnings are. */
    public record Summary(Totals totals, Map<UnitKind, Totals> totalsByKind, Map<UnitKind, Integer> rankedByKind,
            List<ScoreWarning> warnings) {
    }

    /**
     * The rows of {@code sections} and their sums, made when first asked for ({@link #summary}) with
     * the warnings {@code warnings} finds in the totals: free when every section has been read in order
     * before (a scoreboard written whole), else by scoring every section once more.
     */
    public ScoredSections(List<BoardSection> sections, Function<Totals, List<ScoreWarning>> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.given = List.copyOf(sections);
        this.starts = new int[given.size() + 1];
        List<BoardSection> read = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            BoardSection s = given.get(i);
            starts[i + 1] = Math.addExact(starts[i], s.size());
            int at = i;
            read.add(new BoardSection(s.indicator(), s.period(), s.kinds(), s.results(), s.detailed(), () -> rowsOf(at)));
        }
        this.sections = List.copyOf(read);
        this.size = starts[given.size()];
    }

    /** The sections, in the order of the rows; reading one's rows scores the next one meanwhile. */
    public List<BoardSection> sections() {
        return sections;
    }

    /** The sums of every row: those of the sections read in order, or one pass of its own when some were not. */
    public synchronized Summary summary() {
        if (summary == null) {
            if (summed < given.size()) {
                all = new Totals.Sum();
                byKind = new EnumMap<>(UnitKind.class);
                ranked = new EnumMap<>(UnitKind.class);
                given.forEach(section -> add(section.rows()));
            }
            Totals totals = all.totals();
            Map<UnitKind, Totals> totalsByKind = new EnumMap<>(UnitKind.class);
            byKind.forEach((kind, sum) -> totalsByKind.put(kind, sum.totals()));
            summary = new Summary(totals, totalsByKind, ranked, warnings.apply(totals));
            all = null;
            byKind = null;
        }
        return summary;
    }

    private void add(List<Score> rows) {
        for (Score s : rows) {
            all.add(s);
            byKind.computeIfAbsent(s.unit().kind(), k -> new Totals.Sum()).add(s);
            if (s.rank() != null) {
                ranked.merge(s.unit().kind(), 1, Integer::sum);
            }
        }
    }

    @Override
    public Score get(int index) {
        Objects.checkIndex(index, size);
        int at = java.util.Arrays.binarySearch(starts, index);
        at = at >= 0 ? at : -at - 2;
        while (starts[at + 1] == starts[at]) {
            at++; // an empty section holds no row
        }
        return rowsOf(at).get(index - starts[at]);
    }

    @Override
    public int size() {
        return size;
    }

    private synchronized List<Score> rowsOf(int section) {
        if (section == current) {
            return rows;
        }
        List<Score> scored = section == ahead ? join(next) : given.get(section).rows();
        Map<UnitKind, Integer> kinds = new EnumMap<>(UnitKind.class);
        scored.forEach(s -> kinds.merge(s.unit().kind(), 1, Integer::sum));
        if (!kinds.equals(given.get(section).kinds())) { // a report cuts the rows by kind from these counts
            throw new IllegalStateException("a section of " + given.get(section).kinds() + " rows was scored as " + kinds);
        }
        if (summary == null && section == summed) {
            add(scored);
            summed++;
        }
        current = section;
        rows = scored;
        ahead = section + 1 < given.size() ? section + 1 : -1;
        next = ahead < 0 ? null : CompletableFuture.supplyAsync(given.get(ahead)::rows, AHEAD);
        return rows;
    }

    private static List<Score> join(CompletableFuture<List<Score>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
