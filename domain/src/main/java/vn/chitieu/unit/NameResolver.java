package vn.chitieu.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chitieu.text.VietnameseText;

/**
 * Matches the names that real documents print to units (domain.md §2). A name is folded (case,
 * diacritics with Đ → D, punctuation, apostrophes, spaces), {@code Ủy ban nhân dân} is read as
 * {@code UBND}, and a unit's name and aliases are compared first as written, then without the
 * administrative prefixes (UBND, tỉnh, huyện, thị xã, thành phố, TP., quận, xã, phường, thị trấn).
 * An ambiguous or unknown name is reported, never guessed.
 */
public final class NameResolver {

    private static final List<List<String>> PREFIXES = List.of(
            List.of("ubnd"), List.of("tinh"), List.of("huyen"), List.of("thi", "xa"), List.of("thanh", "pho"), List.of("tp"),
            List.of("quan"), List.of("thi", "tran"), List.of("xa"), List.of("phuong"));
    private static final int MAX_SUGGESTIONS = 3;

    private final UnitTree tree;
    private final Map<String, Set<Unit>> byFullKey = new HashMap<>();
    private final Map<String, Set<Unit>> byShortKey = new HashMap<>();

    public NameResolver(UnitTree tree) {
        this(tree, tree.units());
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

    private NameResolver(UnitTree tree, List<Unit> named) {
        this.tree = tree;
        for (Unit unit : named) {
            List<String> names = new ArrayList<>();
            names.add(unit.name());
            names.addAll(unit.aliases());
            for (String name : names) {
                List<String> tokens = tokens(name);
                byFullKey.computeIfAbsent(String.join("", tokens), k -> new LinkedHashSet<>()).add(unit);
                byShortKey.computeIfAbsent(String.join("", stripPrefixes(tokens)), k -> new LinkedHashSet<>()).add(unit);
            }
        }
    }

    /** Resolves a unit code (exactly as stored) or a free-text name. */
    public Resolution resolve(String nameOrCode) {
        return resolve(nameOrCode, true);
    }

    /**
     * As {@link #resolve(String)}; without {@code suggest}, an unknown name comes without the
     * closest units (the costly part: a reader that only counts more problems skips it).
     */
    public Resolution resolve(String nameOrCode, boolean suggest) {
        String name = VietnameseText.nfc(nameOrCode);
        if (name == null || name.isEmpty()) {
            return Resolution.unknown(nameOrCode == null ? "" : nameOrCode, List.of());
        }
        Unit byCode = findByCode(name);
        if (byCode != null) {
            return Resolution.matched(name, byCode);
        }
        List<String> tokens = tokens(name);
        Resolution full = found(name, byFullKey.getOrDefault(String.join("", tokens), Set.of()));
        if (full != null) {
            return full;
        }
        String shortKey = String.join("", stripPrefixes(tokens));
        Resolution byShort = found(name, shortKey.isEmpty() ? Set.of() : byShortKey.getOrDefault(shortKey, Set.of()));
        if (byShort != null) {
            return byShort;
        }
        return Resolution.unknown(name, suggest ? suggestions(shortKey.isEmpty() ? String.join("", tokens) : shortKey)
                : List.of());
    }

    /** The one unit {@code matches} holds, or the candidates when several; null when none. */
    private static Resolution found(String name, Set<Unit> matches) {
        if (matches.isEmpty()) {
            return null;
        }
        return matches.size() == 1 ? Resolution.matched(name, matches.iterator().next())
                : Resolution.ambiguous(name, List.copyOf(matches));
    }

    private Unit findByCode(String text) {
        try {
            return tree.find(UnitCode.of(text)).orElse(null);
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }

    private List<Unit> suggestions(String key) {
        Map<Unit, Integer> best = new HashMap<>();
        for (Map.Entry<String, Set<Unit>> e : byShortKey.entrySet()) {
            int d = distance(key, e.getKey());
            for (Unit u : e.getValue()) {
                best.merge(u, d, Math::min);
            }
        }
        int limit = Math.max(3, key.length() / 2);
        return best.entrySet().stream()
                .filter(e -> e.getValue() <= limit)
                .sorted(Map.Entry.<Unit, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().code(), Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Folded words, with {@code uy ban nhan dan} read as {@code ubnd}. */
    static List<String> tokens(String name) {
        String folded = VietnameseText.fold(name);
        String joined = (" " + folded + " ").replace(" uy ban nhan dan ", " ubnd ").strip();
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }

    static List<String> stripPrefixes(List<String> tokens) {
        int at = 0;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> prefix : PREFIXES) {
                if (at + prefix.size() < tokens.size() && tokens.subList(at, at + prefix.size()).equals(prefix)) {
                    at += prefix.size();
                    stripped = true;
                    break;
                }
            }
        }
        return tokens.subList(at, tokens.size());
    }

    /** Levenshtein distance between two folded keys. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
