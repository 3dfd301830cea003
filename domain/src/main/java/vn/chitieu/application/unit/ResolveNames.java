package vn.chitieu.application.unit;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.ResolutionStatus;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;

/** Use case: match free-text unit names (as printed in documents) to the units of a tree. */
public final class ResolveNames {

    /** The names resolved, with how many are matched, ambiguous and unknown. */
    public record Resolved(List<Row> rows, int matched, int ambiguous, int unknown) {
    }

    /** One resolved name: {@code unit} is the code when MATCHED, else null. */
    public record Row(String name, String unit, String unitName, ResolutionStatus status, List<String> candidates,
            List<String> suggestions) {
    }

    /**
     * Resolves every name against the units of {@code tree} valid on {@code asOf} (domain.md §10: a
     * document of 2026 names the units of 2026), or against every unit when {@code asOf} is null.
     */
    public Resolved resolve(UnitTree tree, List<String> names, java.time.LocalDate asOf) {
        return resolve(asOf == null ? tree : tree.asOf(asOf), names);
    }

    /** Resolves every name against {@code tree}. */
    public Resolved resolve(UnitTree tree, List<String> names) {
        NameResolver resolver = new NameResolver(tree);
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            Resolution r = resolver.resolve(name);
            rows.add(new Row(r.name(), r.isMatched() ? r.unit().code().value() : null,
                    r.isMatched() ? r.unit().name() : null, r.status(), codes(r.candidates()), codes(r.suggestions())));
        }
        return new Resolved(rows, count(rows, ResolutionStatus.MATCHED), count(rows, ResolutionStatus.AMBIGUOUS),
                count(rows, ResolutionStatus.UNKNOWN));
    }

    private static List<String> codes(List<Unit> units) {
        return units.stream().map(u -> u.code().value()).toList();
    }

    private static int count(List<Row> rows, ResolutionStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
