package vn.chitieu.unit;

import java.util.List;

/**
 * What a free-text name resolved to. MATCHED carries {@code unit}; AMBIGUOUS carries the
 * {@code candidates} it could be; UNKNOWN carries the closest {@code suggestions}.
 */
public record Resolution(String name, ResolutionStatus status, Unit unit, List<Unit> candidates,
        List<Unit> suggestions) {

    public Resolution {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        if ((status == ResolutionStatus.MATCHED) != (unit != null)) {
            throw new IllegalArgumentException("a MATCHED resolution, and only it, names a unit");
        }
    }

    public static Resolution matched(String name, Unit unit) {
        return new Resolution(name, ResolutionStatus.MATCHED, unit, List.of(), List.of());
    }

    public static Resolution ambiguous(String name, List<Unit> candidates) {
        return new Resolution(name, ResolutionStatus.AMBIGUOUS, null, candidates, List.of());
    }

    public static Resolution unknown(String name, List<Unit> suggestions) {
        return new Resolution(name, ResolutionStatus.UNKNOWN, null, List.of(), suggestions);
    }

    public boolean isMatched() {
        return status == ResolutionStatus.MATCHED;
    }

    /** A sentence for an error message: why this name cannot be used, with the candidates or suggestions. */
    public String explain() {
        return switch (status) {
            case MATCHED -> "'" + name + "' is " + unit.code();
            case AMBIGUOUS -> "'" + name + "' fits several units: " + describe(candidates)
                    + "; use the unit's code";
            case UNKNOWN -> "unknown unit '" + name + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + describe(suggestions) + "?");
        };
    }

    private static String describe(List<Unit> units) {
        return String.join(", ", units.stream().map(u -> u.code() + " (" + u.name() + ")").toList());
    }
}
