package vn.chitieu.unit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.chitieu.text.VietnameseText;

/**
 * The words of a unit's name as officials write it (domain.md §2): folded, with {@code Ủy ban nhân
 * dân} read as {@code UBND}, {@code Hội đồng nhân dân} as {@code HĐND}, {@code TP} as {@code thành
 * phố} and {@code VPUBND} as {@code VP UBND}; the leading kind words ({@code UBND}, {@code tỉnh},
 * {@code huyện}, {@code TP.}, {@code xã}, {@code Sở}…) with the kinds they name; the conjunctions
 * ({@code và}, {@code các}; {@code & - ,} are punctuation already) that abbreviations leave out.
 */
final class NameWords {

    /** A leading kind word and the kinds of unit it names (none for UBND, which every level has: first). */
    private record KindWord(List<String> words, Set<UnitKind> kinds) {
    }

    private static final EnumSet<UnitKind> NONE = EnumSet.noneOf(UnitKind.class);
    /** Longest first where one is the start of another (thị xã before xã). */
    private static final List<KindWord> KIND_WORDS = List.of(
            new KindWord(List.of("ubnd"), NONE),
            new KindWord(List.of("tinh"), EnumSet.of(UnitKind.PROVINCE)),
            new KindWord(List.of("thanh", "pho"), EnumSet.of(UnitKind.DISTRICT)),
            new KindWord(List.of("thi", "xa"), EnumSet.of(UnitKind.DISTRICT)),
            new KindWord(List.of("thi", "tran"), EnumSet.of(UnitKind.TOWNSHIP)),
            new KindWord(List.of("huyen"), EnumSet.of(UnitKind.DISTRICT)),
            new KindWord(List.of("quan"), EnumSet.of(UnitKind.DISTRICT)),
            new KindWord(List.of("xa"), EnumSet.of(UnitKind.COMMUNE)),
            new KindWord(List.of("phuong"), EnumSet.of(UnitKind.WARD)),
            new KindWord(List.of("dac", "khu"), EnumSet.of(UnitKind.SPECIAL_ZONE)),
            new KindWord(List.of("so"), EnumSet.of(UnitKind.DEPARTMENT)),
            new KindWord(List.of("ban"), EnumSet.of(UnitKind.DEPARTMENT, UnitKind.DISTRICT_OFFICE)));
    private static final Set<String> CONJUNCTIONS = Set.of("va", "cac");
    private static final List<String> FIELD = List.of("linh", "vuc");

    private NameWords() {
    }

    /** Folded words of {@code name} with the standard spellings above made one. */
    static List<String> words(String name) {
        String folded = " " + VietnameseText.fold(name) + " ";
        folded = folded.replace(" uy ban nhan dan ", " ubnd ").replace(" hoi dong nhan dan ", " hdnd ")
                .replace(" tp ", " thanh pho ");
        List<String> out = new ArrayList<>();
        for (String w : folded.strip().split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 4 && (w.endsWith("ubnd") || w.endsWith("hdnd"))) {
                out.add(w.substring(0, w.length() - 4));
                out.add(w.substring(w.length() - 4));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** The words after the leading kind words, never all of them, and the kinds those words name. */
    record Stripped(List<String> rest, Set<UnitKind> kinds) {
    }

    /**
     * Strips the leading UBND (any number of times, as in "UBND tỉnh") and then at most one other
     * kind word: "Phường Phong Châu" keeps "Phong Châu", "UBND huyện Sơn Động" keeps "Sơn Động".
     */
    static Stripped stripKinds(List<String> words) {
        int at = 0;
        EnumSet<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        List<String> ubnd = KIND_WORDS.get(0).words();
        while (at + 1 < words.size() && words.get(at).equals(ubnd.get(0))) {
            at++;
        }
        for (KindWord k : KIND_WORDS.subList(1, KIND_WORDS.size())) {
            int n = k.words().size();
            if (at + n < words.size() && words.subList(at, at + n).equals(k.words())) {
                at += n;
                kinds.addAll(k.kinds());
                break;
            }
        }
        return new Stripped(words.subList(at, words.size()), kinds);
    }

    static List<String> withoutConjunctions(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!CONJUNCTIONS.contains(w)) {
                out.add(w);
            }
        }
        return out.isEmpty() ? words : out;
    }

    /**
     * {@code words} without a trailing {@code tỉnh} or {@code tỉnh <province>} (a department "of
     * the province" is the department), where {@code provinces} holds the provinces' own words;
     * null when there is no such ending.
     */
    static List<String> withoutProvince(List<String> words, Set<List<String>> provinces) {
        for (int i = words.size() - 1; i >= 1; i--) {
            if (words.get(i).equals("tinh")) {
                List<String> after = words.subList(i + 1, words.size());
                if (after.isEmpty() || provinces.contains(after)) {
                    return words.subList(0, i);
                }
            }
        }
        return null;
    }

    /** True when the name begins with "lĩnh vực": a field of work of a unit, not a unit. */
    static boolean isField(List<String> words) {
        return words.size() > FIELD.size() && words.subList(0, FIELD.size()).equals(FIELD);
    }

    /** A Vietnamese syllable always has a vowel: a word without one is an abbreviation (PTNT, KCN, VP). */
    static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("aeiouy".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
