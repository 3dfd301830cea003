package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.UnitKind;

/**
 * Which score rows to commend (biểu dương) or criticise (phê bình). Written as alternatives
 * separated by {@code |}, each a list of conditions separated by {@code ,} that must all hold:
 * <pre>
 *   met,top=5          met the target and ranked 1–5 within the unit kind
 *   na|below=50        value not available, or below 50 %
 *   notMet,bottom=3    missed the target and among the 3 lowest of the kind
 *   flag=INCONSISTENT_COUNTS
 * </pre>
 * Conditions: {@code met}, {@code notMet}, {@code na} (not available), {@code top=N} (rank ≤ N),
 * {@code bottom=N} (fewer than N ranked peers lower), {@code below=X} (value &lt; X),
 * {@code atLeast=X} (value ≥ X), {@code flag=CODE}, {@code kind=KIND} (the unit's kind, e.g.
 * {@code DISTRICT}), and two on how much a unit used the system, counted in dossiers (received,
 * for the on-time export; else the denominator): {@code dossiersBelow=N} (fewer than N) and
 * {@code mostDossiers=N} (among the N of its kind with the most, competition-ranked). Seed 003's
 * letter, for one, criticises the units that hardly used the system
 * ({@code below=1|kind=DISTRICT,dossiersBelow=100}: Sở Nội vụ and UBND huyện Lắk). Names are
 * case-insensitive.
 */
public record SelectionRule(String text, List<List<Condition>> alternatives) {

    public SelectionRule {
        Objects.requireNonNull(text, "text");
        alternatives = alternatives.stream().map(List::copyOf).toList();
        if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a rule needs at least one condition");
        }
    }

    /**
     * One condition of a rule. {@code number} is the N or X of {@code top=N}, {@code below=X};
     * {@code flag} for {@code flag=}; {@code unitKind} for {@code kind=}.
     */
    public record Condition(Kind kind, BigDecimal number, ScoreFlag flag, UnitKind unitKind) {
        public Condition {
            Objects.requireNonNull(kind, "kind");
        }

        public Condition(Kind kind, BigDecimal number, ScoreFlag flag) {
            this(kind, number, flag, null);
        }
    }

    /** The kinds of condition. */
    public enum Kind {
        MET, NOT_MET, NA, TOP, BOTTOM, BELOW, AT_LEAST, FLAG, KIND, DOSSIERS_BELOW, MOST_DOSSIERS
    }

    /** Parses the syntax above; an unknown or malformed condition is refused with the list of known ones. */
    public static SelectionRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty rule; e.g. met,top=5 or na|below=50");
        }
        List<List<Condition>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|")) {
            List<Condition> all = new ArrayList<>();
            for (String term : alternative.split(",")) {
                if (!term.isBlank()) {
                    all.add(condition(term.strip()));
                }
            }
            alternatives.add(all);
        }
        return new SelectionRule(text.strip(), alternatives);
    }

    private static Condition condition(String term) {
        int eq = term.indexOf('=');
        String name = (eq < 0 ? term : term.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
        String arg = eq < 0 ? null : term.substring(eq + 1).strip();
        Kind kind = switch (name) {
            case "met" -> Kind.MET;
            case "notmet", "not-met" -> Kind.NOT_MET;
            case "na", "nodata" -> Kind.NA;
            case "top" -> Kind.TOP;
            case "bottom" -> Kind.BOTTOM;
            case "below" -> Kind.BELOW;
            case "atleast", "above" -> Kind.AT_LEAST;
            case "flag" -> Kind.FLAG;
            case "kind" -> Kind.KIND;
            case "dossiersbelow" -> Kind.DOSSIERS_BELOW;
            case "mostdossiers" -> Kind.MOST_DOSSIERS;
            default -> throw new IllegalArgumentException("unknown condition '" + term
                    + "'; known: met, notMet, na, top=N, bottom=N, below=X, atLeast=X, flag=CODE, kind=KIND, "
                    + "dossiersBelow=N, mostDossiers=N");
        };
        boolean needsArg = kind != Kind.MET && kind != Kind.NOT_MET && kind != Kind.NA;
        if (needsArg != (arg != null) || (arg != null && arg.isEmpty())) {
            throw new IllegalArgumentException("condition '" + term + "' " + (needsArg ? "needs a value, e.g. " + name
                    + (kind == Kind.FLAG ? "=NO_DATA" : "=5") : "takes no value"));
        }
        if (kind == Kind.FLAG) {
            try {
                return new Condition(kind, null, ScoreFlag.valueOf(arg.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown flag '" + arg + "'; known: "
                        + java.util.Arrays.stream(ScoreFlag.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
            }
        }
        if (kind == Kind.KIND) {
            try {
                return new Condition(kind, null, null, UnitKind.valueOf(arg.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + arg + "'; known: "
                        + java.util.Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
            }
        }
        BigDecimal number = null;
        if (arg != null) {
            try {
                number = NumberReader.percent(arg).orElseThrow(() -> new IllegalArgumentException(
                        "condition '" + term + "' needs a number"));
            } catch (UnreadableNumberException e) {
                throw new IllegalArgumentException("condition '" + term + "': " + e.reason(), e);
            }
            if ((kind == Kind.TOP || kind == Kind.BOTTOM || kind == Kind.MOST_DOSSIERS || kind == Kind.DOSSIERS_BELOW)
                    && (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0)) {
                throw new IllegalArgumentException("condition '" + term + "' needs a whole number of places ≥ 1");
            }
        }
        return new Condition(kind, number, null);
    }

    /** The rows of {@code board} that the rule selects, ordered by indicator, period, unit kind and rank. */
    public List<Score> select(Scoreboard board) {
        return select(board.rows());
    }

    /** The {@code rows} that the rule selects, ordered by indicator, period, unit kind and rank. */
    public List<Score> select(List<Score> rows) {
        Map<String, List<Score>> peers = new LinkedHashMap<>();
        for (Score s : rows) {
            peers.computeIfAbsent(peerKey(s), k -> new ArrayList<>()).add(s);
        }
        return rows.stream()
                .filter(s -> matches(s, peers.get(peerKey(s))))
                .sorted(Comparator.comparing((Score s) -> s.indicator().value())
                        .thenComparing(Score::period)
                        .thenComparing(s -> s.unit().kind())
                        .thenComparing(s -> s.rank() == null ? Integer.MAX_VALUE : s.rank()))
                .toList();
    }

    private static String peerKey(Score s) {
        return s.indicator() + "|" + s.period() + "|" + s.unit().kind();
    }

    boolean matches(Score s, List<Score> peers) {
        return alternatives.stream().anyMatch(all -> all.stream().allMatch(c -> holds(c, s, peers)));
    }

    private static boolean holds(Condition c, Score s, List<Score> peers) {
        return switch (c.kind()) {
            case MET -> Boolean.TRUE.equals(s.met());
            case NOT_MET -> Boolean.FALSE.equals(s.met());
            case NA -> s.value() == null;
            case TOP -> s.rank() != null && s.rank() <= c.number().intValue();
            // a value above 100 % from b > a is not compared (it is not ranked either); flag=… selects it
            case BOTTOM -> s.isComparable() && peers.stream()
                    .filter(p -> p.isComparable() && p.value().compareTo(s.value()) < 0).count() < c.number().intValue();
            case BELOW -> s.isComparable() && s.value().compareTo(c.number()) < 0;
            case AT_LEAST -> s.isComparable() && s.value().compareTo(c.number()) >= 0;
            case FLAG -> s.hasFlag(c.flag());
            case KIND -> s.unit().kind() == c.unitKind();
            case DOSSIERS_BELOW -> dossiers(s) != null && dossiers(s) < c.number().longValue();
            case MOST_DOSSIERS -> dossiers(s) != null && peers.stream()
                    .filter(p -> dossiers(p) != null && dossiers(p) > dossiers(s)).count() < c.number().intValue();
        };
    }

    /** How many dossiers a row counts: received in the on-time export, else the denominator; null when unknown. */
    static Long dossiers(Score s) {
        return s.detail() != null ? Long.valueOf(s.detail().received()) : s.denominator();
    }
}
