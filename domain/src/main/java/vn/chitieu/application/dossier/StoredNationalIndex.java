package vn.chitieu.application.dossier;

import java.util.Objects;
import vn.chitieu.unit.UnitTree;

/** The national index scored from the stored dossiers' counts ({@link ReadIndicators#score}), with the tree it was read over (for the units' names). */
public record StoredNationalIndex(NationalIndexScores scores, UnitTree tree) {

    public StoredNationalIndex {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(tree, "tree");
    }
}
