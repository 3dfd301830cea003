package vn.chitieu.application.dossier;

import java.util.List;
import java.util.Objects;
import vn.chitieu.dossier.profile.NationalProfile;
import vn.chitieu.dossier.profile.UnitIndex;

/** The national index of every unit with a counted dossier, under {@code profile}, with the figures it was scored from. */
public record NationalIndexScores(NationalProfile profile, ComputedIndicators computed, List<UnitIndex> units) {

    public NationalIndexScores {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(computed, "computed");
        units = List.copyOf(units);
    }
}
