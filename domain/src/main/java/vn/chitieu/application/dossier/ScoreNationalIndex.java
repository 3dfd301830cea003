package vn.chitieu.application.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.dossier.profile.NationalProfile;
import vn.chitieu.dossier.profile.NationalProfiles;
import vn.chitieu.dossier.profile.UnitIndex;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.unit.UnitCode;

/**
 * Use case: the national index (e.g. {@code 766-2022}) of every unit from dossiers (CLI
 * {@code indicators --profile 766-2022}): the indicators are computed ({@link ComputeIndicators}), then
 * each criterion of the profile is scored from its indicator, points = min(1, value / fullAt) × max;
 * a criterion the dossiers cannot compute is not computed (never 0 points), and each unit's total says
 * over how many computable points it is. {@link #score(NationalProfile, ComputedIndicators)} scores
 * figures computed elsewhere (e.g. from stored counts).
 */
public final class ScoreNationalIndex {

    private final ComputeIndicators indicators = new ComputeIndicators();

    /** The profile is looked up first: an unknown id is refused (naming {@code profileField}) before any file is read. */
    public NationalIndexScores score(ComputeIndicatorsCommand dossiers, String profileId, String profileField) {
        NationalProfile profile = NationalProfiles.get(profileId, profileField);
        return score(profile, indicators.compute(dossiers));
    }

    /** Every unit of {@code computed}, in its order. */
    public NationalIndexScores score(NationalProfile profile, ComputedIndicators computed) {
        Map<UnitCode, Map<IndicatorCode, IndicatorFigure>> byUnit = new LinkedHashMap<>();
        for (IndicatorFigure f : computed.figures()) {
            byUnit.computeIfAbsent(f.unit(), u -> new LinkedHashMap<>()).put(f.indicator(), f);
        }
        List<UnitIndex> units = new ArrayList<>(byUnit.size());
        byUnit.forEach((unit, figures) -> units.add(profile.score(unit, figures)));
        return new NationalIndexScores(profile, computed, units);
    }
}
