package vn.chitieu.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.text.VietnameseText;

/**
 * Matches the names that real documents print to units (domain.md §2). A name is folded (case,
 * diacritics with Đ → D, punctuation, apostrophes, spaces; {@code Ủy ban nhân dân} = {@code UBND},
 * {@code TP} = {@code thành phố}; {@code và}, {@code các}, {@code &}, {@code -}, {@code ,} are
 * left out), then compared with each unit's name and aliases in stages, the first that finds a
 * unit deciding:
 * <ol>
 * <li>the whole words; the words without a trailing {@code tỉnh [province]};</li>
 * <li>the words after the leading kind word (UBND, then one of tỉnh, huyện, thị xã, thành phố,
 * TP., quận, xã, phường, thị trấn, đặc khu, Sở, Ban), the name's words taken with and without
 * its own kind word, also without a trailing {@code tỉnh};</li>
 * <li>initials: a word without a vowel (NN, PTNT, TB, XH, KCN, VP, BMT: a Vietnamese syllable
 * always has one) stands, in the name or in the registry, for the initials of as many words ({@code Sở NN&PTNT} = {@code Sở Nông nghiệp
 * và Phát triển nông thôn}), the other words must be equal.</li>
 * </ol>
 * The kind words narrow each stage to units of the kinds they name (TP./thành phố/thị xã/huyện/
 * quận → DISTRICT, tỉnh → PROVINCE, Sở → DEPARTMENT, Ban → DEPARTMENT or DISTRICT_OFFICE, xã →
 * COMMUNE, phường → WARD, thị trấn → TOWNSHIP, đặc khu → SPECIAL_ZONE); when no stage finds a unit
 * of those kinds, the first stage that found any decides (a document may misname the kind). A
 * name no stage finds may be qualified: {@code X, huyện Y}, {@code X - Y} or {@code X (huyện Y)}
 * is X among the units below Y, and {@code Lĩnh vực X - Y} (a field of work of Y) is Y. An
 * ambiguous or unknown name is reported, never guessed; suggestions rank by a distance on the
 * folded words ({@link #distance}) and, like the matches, keep to the kinds the name names when any fits.
 *
 * <p>Cost: building is linear in the total length of the names. Resolving a name is a few hash
 * look-ups plus a check of the units sharing its initials, O(words + matches). Suggestions look
 * at the units sharing a trigram with the name (an inverted index; trigrams held by more than a
 * tenth of the units count only when no rarer one is shared), and score at most
 * {@value #SHORTLIST} of them with an O(words² × abbreviation length) dynamic programme: no scan
 * of the whole registry per name.
 */
public final class NameResolver {

    private static final int MAX_SUGGESTIONS = 3;
    private static final int SHORTLIST = 64;
    private static final double SUGGESTION_LIMIT = 0.5;

    /** One spelling of a unit's name, as words, with its initials. */
    private record Form(Unit unit, List<String> words, String[] positions, String signature) {
    }

    private final UnitTree tree;
    private final List<Unit> named = new ArrayList<>();
    private final Map<String, Set<Unit>> byFull = new HashMap<>();
    private final Map<String, Set<Unit>> byFullBare = new HashMap<>();
    private final Map<String, Set<Unit>> byCore = new HashMap<>();
    private final Map<String, Set<Unit>> byCoreBare = new HashMap<>();
    private final Map<String, List<Form>> bySignature = new HashMap<>();
    private final List<List<Form>> formsOf = new ArrayList<>();
    private final Map<String, List<Integer>> byGram = new HashMap<>();
    private final Set<List<String>> provinces = new HashSet<>();

    /** Where a name unknown here is looked for next (null: nowhere). */
    private NameResolver wider;
    /** The units whose names are read here; indexed on the first name asked for. */
    private final List<Unit> units;
    private volatile boolean indexed;

    public NameResolver(UnitTree tree) {
        this(tree, tree.units());
    }

    /**
     * A resolver that reads names among {@code preferred} (e.g. the units valid in a period, domain.md
     * §10) and looks for a name unknown there among {@code all}: so a name two eras share means the
     * unit of the era asked for, and a row of another era still names its own unit.
     */
    public static NameResolver preferring(UnitTree preferred, UnitTree all) {
        NameResolver r = new NameResolver(preferred);
        if (preferred != all) {
            r.wider = new NameResolver(all);
        }
        return r;
    }

    /**
     * A resolver for a caller who may see only {@code scope}'s subtree: codes are looked up in the
     * whole registry (the caller wrote them, and is told when one lies outside its subtree), but
     * names match, and suggestions and candidates come from, that subtree only, so that no name
     * or code of another unit reaches the caller.
     */
    public static NameResolver within(UnitTree tree, UnitCode scope) {
        return new NameResolver(tree, tree.contains(scope) ? tree.subtree(scope) : List.of());
    }

    private NameResolver(UnitTree tree, List<Unit> units) {
        this.tree = tree;
        this.units = units;
    }

    /**
     * The name indexes, made the first time a name (not a code) is looked up: a file naming its units by
     * code never pays for them (some 70 ms and a few MB held through a run for 5,000 units).
     */
    private void indexed() {
        if (!indexed) {
            synchronized (this) {
                if (!indexed) {
                    index();
                    indexed = true;
                }
            }
        }
    }

    private void index() {
        for (Unit u : tree.units()) {
            if (u.kind() == UnitKind.PROVINCE) {
                provinces.add(core(NameWords.words(u.name())));
                u.aliases().forEach(a -> provinces.add(core(NameWords.words(a))));
            }
        }
        for (Unit unit : units) {
            named.add(unit);
            List<Form> forms = new ArrayList<>();
            List<String> names = new ArrayList<>();
            names.add(unit.name());
            names.addAll(unit.aliases());
            for (String name : names) {
                List<String> words = NameWords.words(name);
                List<String> full = NameWords.withoutConjunctions(words);
                List<String> core = core(words);
                List<String> fullBare = bare(unit, full);
                List<String> coreBare = bare(unit, core);
                add(byFull, full, unit);
                add(byFullBare, fullBare, unit);
                add(byCore, core, unit);
                add(byCoreBare, coreBare, unit);
                for (List<String> variant : distinct(full, fullBare, core, coreBare)) {
                    boolean[] abbr = abbreviations(variant);
                    Form form = new Form(unit, variant, positions(variant, abbr), signature(variant, abbr));
                    forms.add(form);
                    bySignature.computeIfAbsent(form.signature(), k -> new ArrayList<>()).add(form);
                }
            }
            formsOf.add(forms);
            Set<String> grams = new HashSet<>();
            for (Form f : forms) {
                grams.addAll(grams(f.words(), f.signature()));
            }
            int index = named.size() - 1;
            for (String g : grams) {
                byGram.computeIfAbsent(g, k -> new ArrayList<>()).add(index);
            }
        }
    }

    private static List<String> core(List<String> words) {
        return NameWords.withoutConjunctions(NameWords.stripKinds(words).rest());
    }

    /** The words without a trailing "tỉnh [province]", for units other than a province; null when none. */
    private List<String> bare(Unit unit, List<String> words) {
        return unit.kind() == UnitKind.PROVINCE ? null : NameWords.withoutProvince(words, provinces);
    }

    private static void add(Map<String, Set<Unit>> index, List<String> words, Unit unit) {
        if (words != null && !words.isEmpty()) {
            index.computeIfAbsent(String.join("", words), k -> new LinkedHashSet<>()).add(unit);
        }
    }

    @SafeVarargs
    private static List<List<String>> distinct(List<String>... variants) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> v : variants) {
            if (v != null && !v.isEmpty() && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Resolves a unit code (exactly as stored) or a free-text name. */
    public Resolution resolve(String nameOrCode) {
        return resolve(nameOrCode, true);
    }

    /**
     * The unit {@code nameOrCode} names; else bad input naming {@code field}, the value and why
     * ({@link Resolution#explain}).
     */
    public Unit require(String nameOrCode, String field) {
        Resolution r = resolve(nameOrCode);
        if (!r.isMatched()) {
            throw new InvalidInputException(InputProblem.at(null, 0, field, nameOrCode, r.explain()));
        }
        return r.unit();
    }

    /**
     * As {@link #resolve(String)}; without {@code suggest}, an unknown name comes without the
     * closest units (the costly part: a reader that only counts more problems skips it).
     */
    public Resolution resolve(String nameOrCode, boolean suggest) {
        Resolution here = resolveHere(nameOrCode, suggest);
        if (wider == null || here.status() != ResolutionStatus.UNKNOWN) {
            return here;
        }
        Resolution there = wider.resolveHere(nameOrCode, false);
        return there.isMatched() ? there : here;
    }

    private Resolution resolveHere(String nameOrCode, boolean suggest) {
        String name = VietnameseText.nfc(nameOrCode);
        if (name == null || name.isEmpty()) {
            return Resolution.unknown(nameOrCode == null ? "" : nameOrCode, List.of());
        }
        Unit byCode = findByCode(name);
        if (byCode != null) {
            return Resolution.matched(name, byCode);
        }
        Query query = new Query(name);
        Set<Unit> found = candidates(query, u -> true);
        if (found.size() == 1) {
            return Resolution.matched(name, found.iterator().next());
        }
        Resolution qualified = found.isEmpty() ? qualified(name) : null;
        if (qualified != null) {
            return qualified;
        }
        if (!found.isEmpty()) {
            return Resolution.ambiguous(name, List.copyOf(found));
        }
        return Resolution.unknown(name, suggest ? suggestions(query) : List.of());
    }

    /**
     * "X, huyện Y", "X - Y", "X (huyện Y)": X among the units below Y, when Y is one unit and X
     * fits one or several there; "Lĩnh vực X - Y" is Y when no unit below Y is X. Null otherwise.
     */
    private Resolution qualified(String name) {
        for (String[] split : splits(name)) {
            Set<Unit> outer = candidates(new Query(split[1]), u -> true);
            if (outer.size() != 1) {
                continue;
            }
            Unit parent = outer.iterator().next();
            Query inner = new Query(split[0]);
            Set<Unit> found = candidates(inner, u -> !u.equals(parent) && tree.isWithin(u.code(), parent.code()));
            if (found.size() == 1) {
                return Resolution.matched(name, found.iterator().next());
            }
            if (found.size() > 1) {
                return Resolution.ambiguous(name, List.copyOf(found));
            }
            if (NameWords.isField(inner.words)) {
                return Resolution.matched(name, parent);
            }
        }
        return null;
    }

    /** The (inner, outer) readings of a qualified name: at its last comma, spaced dash, or final parentheses. */
    private static List<String[]> splits(String name) {
        List<String[]> out = new ArrayList<>();
        if (name.endsWith(")")) {
            int open = name.lastIndexOf('(');
            if (open > 0) {
                out.add(new String[] {name.substring(0, open), name.substring(open + 1, name.length() - 1)});
            }
        }
        int comma = name.lastIndexOf(',');
        if (comma > 0) {
            out.add(new String[] {name.substring(0, comma), name.substring(comma + 1)});
        }
        int dash = Math.max(name.lastIndexOf(" - "), Math.max(name.lastIndexOf(" – "), name.lastIndexOf(" — ")));
        if (dash > 0) {
            out.add(new String[] {name.substring(0, dash), name.substring(dash + 3)});
        }
        out.removeIf(s -> s[0].isBlank() || s[1].isBlank());
        return out;
    }

    /** A name's words in the forms the stages compare, and the kinds its kind words name. */
    private final class Query {
        final List<String> words;
        final List<String> full;
        final List<String> fullBare;
        final List<String> core;
        final List<String> coreBare;
        final Set<UnitKind> kinds;

        Query(String name) {
            indexed(); // every look-up of a name goes through a query
            words = NameWords.words(name);
            NameWords.Stripped stripped = NameWords.stripKinds(words);
            full = NameWords.withoutConjunctions(words);
            fullBare = NameWords.withoutProvince(full, provinces);
            core = NameWords.withoutConjunctions(stripped.rest());
            coreBare = NameWords.withoutProvince(core, provinces);
            kinds = stripped.kinds();
        }

        List<List<String>> variants() {
            return distinct(full, fullBare, core, coreBare);
        }

        boolean fits(Unit u) {
            return kinds.isEmpty() || kinds.contains(u.kind());
        }
    }

    /**
     * The units the first stage finds that holds units of the name's kinds; when none does, those
     * of the first stage that finds any. Only units {@code allowed} are looked at.
     */
    private Set<Unit> candidates(Query q, Predicate<Unit> allowed) {
        if (q.words.isEmpty()) {
            return Set.of();
        }
        Set<Unit> first = null;
        for (int stage = 0; stage < 5; stage++) {
            Set<Unit> found = new LinkedHashSet<>();
            for (Unit u : stage(q, stage)) {
                if (allowed.test(u)) {
                    found.add(u);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            Set<Unit> fitting = new LinkedHashSet<>();
            for (Unit u : found) {
                if (q.fits(u)) {
                    fitting.add(u);
                }
            }
            if (!fitting.isEmpty()) {
                return fitting;
            }
            if (first == null) {
                first = found;
            }
        }
        return first == null ? Set.of() : first;
    }

    private Set<Unit> stage(Query q, int stage) {
        return switch (stage) {
            case 0 -> lookUp(byFull, q.full);
            case 1 -> lookUp(byFullBare, q.fullBare);
            case 2 -> union(lookUp(byCore, q.full), lookUp(byCore, q.core));
            case 3 -> union(lookUp(byCoreBare, q.fullBare), lookUp(byCoreBare, q.coreBare));
            default -> byInitials(q);
        };
    }

    /**
     * Both: the name's words may be a unit's words after its kind word ("Phong Châu" is "Phường
     * Phong Châu") as well as the name's words after what reads as a kind word.
     */
    private static Set<Unit> union(Set<Unit> a, Set<Unit> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        Set<Unit> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<Unit> lookUp(Map<String, Set<Unit>> index, List<String> words) {
        return words == null || words.isEmpty() ? Set.of() : index.getOrDefault(String.join("", words), Set.of());
    }

    /** Units a variant of the name fits word for word, an abbreviation standing for the initials of its words. */
    private Set<Unit> byInitials(Query q) {
        Set<Unit> out = new LinkedHashSet<>();
        for (List<String> variant : q.variants()) {
            boolean[] abbr = abbreviations(variant);
            String[] positions = positions(variant, abbr);
            for (Form f : bySignature.getOrDefault(signature(variant, abbr), List.of())) {
                if (sameWordsWhereBothHaveWords(positions, f.positions())) {
                    out.add(f.unit());
                }
            }
        }
        return out;
    }

    /** The initials of the words, an abbreviation giving all its letters. */
    private static String signature(List<String> words, boolean[] abbr) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            s.append(abbr[i] ? words.get(i) : words.get(i).substring(0, 1));
        }
        return s.toString();
    }

    /** For each word of {@code variant}, whether it is an abbreviation (a word without a vowel). */
    private static boolean[] abbreviations(List<String> variant) {
        boolean[] abbr = new boolean[variant.size()];
        for (int i = 0; i < abbr.length; i++) {
            abbr[i] = !NameWords.hasVowel(variant.get(i));
        }
        return abbr;
    }

    /** For each letter of the signature, the word that starts there, or null inside an abbreviation. */
    private static String[] positions(List<String> words, boolean[] abbr) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (abbr[i]) {
                for (int k = 0; k < words.get(i).length(); k++) {
                    out.add(null);
                }
            } else {
                out.add(words.get(i));
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean sameWordsWhereBothHaveWords(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != null && b[i] != null && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private Unit findByCode(String text) {
        try {
            return tree.find(UnitCode.of(text)).orElse(null);
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }

    /** Trigrams of the joined words and, apart, of the initials: the keys of the suggestion index. */
    private static Set<String> grams(List<String> words, String signature) {
        Set<String> out = new HashSet<>();
        trigrams("$" + String.join("", words) + "$", "w", out);
        trigrams("$" + signature + "$", "i", out);
        return out;
    }

    private static void trigrams(String s, String tag, Set<String> out) {
        for (int i = 0; i + 3 <= s.length(); i++) {
            out.add(tag + s.substring(i, i + 3));
        }
    }

    private record Scored(Unit unit, boolean fits, double score) {
    }

    /**
     * The closest units: those sharing most trigrams with the name (words or initials) scored by
     * {@link #distance} over the longer length in words (an abbreviation's letters counting as
     * words), at most {@value #SUGGESTION_LIMIT}; only units of the kinds the name names when
     * any is close (as the matches are narrowed), then by score and code.
     */
    private List<Unit> suggestions(Query q) {
        List<List<String>> variants = distinct(q.core, q.full);
        Set<String> grams = new HashSet<>();
        for (List<String> v : variants) {
            grams.addAll(grams(v, signature(v, abbreviations(v))));
        }
        int[] shared = new int[named.size()];
        List<Integer> touched = new ArrayList<>();
        // grams that most units share say little: count the rarer ones, and the common ones only
        // when the rare ones reach no unit (a short name)
        int common = Math.max(SHORTLIST, named.size() / 10);
        for (boolean rare : new boolean[] {true, false}) {
            for (String g : grams) {
                List<Integer> postings = byGram.getOrDefault(g, List.of());
                if ((postings.size() <= common) == rare) {
                    for (int index : postings) {
                        if (shared[index]++ == 0) {
                            touched.add(index);
                        }
                    }
                }
            }
            if (!touched.isEmpty()) {
                break;
            }
        }
        // the SHORTLIST units sharing most grams (ties: the first in the registry), without sorting all
        Comparator<Integer> closer = Comparator.<Integer>comparingInt(i -> shared[i]).reversed()
                .thenComparing(Comparator.naturalOrder());
        PriorityQueue<Integer> top = new PriorityQueue<>(closer.reversed());
        for (int index : touched) {
            top.add(index);
            if (top.size() > SHORTLIST) {
                top.poll();
            }
        }
        List<Integer> shortlist = new ArrayList<>(top);
        List<Scored> scored = new ArrayList<>();
        for (int index : shortlist) {
            double best = Double.MAX_VALUE;
            for (List<String> v : variants) {
                boolean[] abbr = abbreviations(v);
                for (Form f : formsOf.get(index)) {
                    best = Math.min(best, distance(v, abbr, f.words()) / Math.max(letters(v, abbr), f.words().size()));
                }
            }
            if (best <= SUGGESTION_LIMIT) {
                Unit u = named.get(index);
                scored.add(new Scored(u, q.fits(u), best));
            }
        }
        // the kind words narrow the suggestions as they narrow the matches: other kinds only when none fits
        boolean anyFits = scored.stream().anyMatch(Scored::fits);
        return scored.stream().filter(s -> s.fits() || !anyFits)
                .sorted(Comparator.comparingDouble(Scored::score)
                        .thenComparing(s -> s.unit().code()))
                .limit(MAX_SUGGESTIONS).map(Scored::unit).toList();
    }

    /**
     * A Damerau-Levenshtein distance on words: inserting or deleting a word costs 1, swapping two
     * neighbours 1, replacing a word the share of its letters that differ (Levenshtein over the
     * longer length; 1 from half on), and an abbreviation of the name may stand for several words at the number
     * of its letters that differ from their initials (a letter is a word). O(|a| × |b| × longest abbreviation).
     */
    static double distance(List<String> a, boolean[] abbr, List<String> b) {
        int m = a.size();
        int n = b.size();
        double[][] d = new double[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            String w = a.get(i - 1);
            for (int j = 1; j <= n; j++) {
                double best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1);
                best = Math.min(best, d[i - 1][j - 1] + share(w, b.get(j - 1)));
                if (i > 1 && j > 1 && w.equals(b.get(j - 2)) && a.get(i - 2).equals(b.get(j - 1))) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                if (abbr[i - 1]) {
                    StringBuilder initials = new StringBuilder();
                    for (int k = 1; k <= Math.min(j, w.length() + 1); k++) {
                        initials.insert(0, b.get(j - k).charAt(0));
                        if (k > 1) {
                            best = Math.min(best, d[i - 1][j - k] + VietnameseText.levenshtein(w, initials.toString()));
                        }
                    }
                }
                d[i][j] = best;
            }
        }
        return d[m][n];
    }

    /** The share of letters that differ, or 1 (another word) when that is half or more. */
    /** The length of a name in words, an abbreviation counting a word a letter. */
    private static int letters(List<String> words, boolean[] abbr) {
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            n += abbr[i] ? words.get(i).length() : 1;
        }
        return n;
    }

    private static double share(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        double share = (double) VietnameseText.levenshtein(a, b) / Math.max(a.length(), b.length());
        return share < 0.5 ? share : 1;
    }
}
