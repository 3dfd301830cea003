package vn.chitieu.application.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.chitieu.period.Period;
import vn.chitieu.result.AcrossPeriods;
import vn.chitieu.scoring.ScoreWarning;
import vn.chitieu.unit.UnitCode;

/** What a board scored from the parts of its period says about them: which parts were summed, up to when, who lacks some. */
final class PeriodSums {

    private PeriodSums() {
    }

    /** The warnings of {@code across} (null: none): which parts were summed, up to when, who lacks some. */
    static List<ScoreWarning> warnings(AcrossPeriods across) {
        List<ScoreWarning> warnings = new ArrayList<>();
        if (across == null || !across.summedAny()) {
            return warnings;
        }
        String parts = across.parts().stream().map(Period::toString).collect(Collectors.joining(","));
        warnings.add(new ScoreWarning(across.toDate() ? ScoreWarning.YEAR_TO_DATE : ScoreWarning.PERIODS_SUMMED,
                across.period() + ":" + parts, null, null, null));
        for (Map.Entry<UnitCode, List<Period>> e : across.missing().entrySet()) {
            warnings.add(new ScoreWarning(ScoreWarning.PERIODS_MISSING, e.getKey() + ":"
                    + e.getValue().stream().map(Period::toString).collect(Collectors.joining(",")), null, null, null));
        }
        return warnings;
    }
}
