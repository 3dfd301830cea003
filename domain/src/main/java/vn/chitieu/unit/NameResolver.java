package vn.chitieu.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.text.VietnameseText;

/**
 * Placeholder with the API the lead announced; main's implementation replaces it on merge.
 * Matches a unit by code, then by folded name or alias (domain.md §2).
 */
public final class NameResolver {

    private static final List<String> PREFIXES = List.of("ubnd ", "huyen ", "thi xa ", "thanh pho ", "tp ");

    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, List<Unit>> byKey = new HashMap<>();
    private final List<Unit> units;

    public NameResolver(UnitTree tree) {
        this.units = tree.units();
        for (Unit u : units) {
            byCode.put(u.code().value(), u);
            add(u.name(), u);
            u.aliases().forEach(a -> add(a, u));
        }
    }

    private void add(String name, Unit u) {
        List<Unit> list = byKey.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(u)) {
            list.add(u);
        }
    }

    static String key(String name) {
        String f = " " + VietnameseText.fold(name) + " ";
        f = f.replace(" uy ban nhan dan ", " ubnd ").strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : PREFIXES) {
                if (f.startsWith(p)) {
                    f = f.substring(p.length());
                    changed = true;
                }
            }
        }
        return f.replace(" ", "");
    }

    public Resolution resolve(String nameOrCode) {
        String name = VietnameseText.nfc(nameOrCode);
        if (name == null || name.isEmpty()) {
            return new Resolution(nameOrCode, ResolutionStatus.UNKNOWN, null, List.of(), List.of());
        }
        Unit direct = byCode.get(name);
        if (direct != null) {
            return new Resolution(name, ResolutionStatus.MATCHED, direct, List.of(direct), List.of());
        }
        List<Unit> found = byKey.getOrDefault(key(name), List.of());
        if (found.size() == 1) {
            return new Resolution(name, ResolutionStatus.MATCHED, found.get(0), List.copyOf(found), List.of());
        }
        if (found.size() > 1) {
            return new Resolution(name, ResolutionStatus.AMBIGUOUS, null, List.copyOf(found), List.of());
        }
        String k = key(name);
        List<Unit> suggestions = units.stream()
                .filter(u -> !k.isEmpty() && (key(u.name()).contains(k) || k.contains(key(u.name()))))
                .limit(3).toList();
        return new Resolution(name, ResolutionStatus.UNKNOWN, null, List.of(), suggestions);
    }

    /** The outcome for one name. */
    public record Resolution(String name, ResolutionStatus status, Unit unit, List<Unit> candidates,
            List<Unit> suggestions) {
        public Resolution {
            Objects.requireNonNull(status, "status");
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }
    }

    /** Whether a name matched one unit, several, or none. */
    public enum ResolutionStatus {
        MATCHED, AMBIGUOUS, UNKNOWN
    }
}
