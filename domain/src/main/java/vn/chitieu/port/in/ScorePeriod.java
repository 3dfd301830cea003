package vn.chitieu.port.in;

import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.unit.UnitCode;

/** Use case: the scoreboard of one indicator and period from what storage holds (the HTTP {@code /scoreboard}). */
public interface ScorePeriod {

    /**
     * Scores the stored results of {@code indicator} in {@code period} against the targets of the
     * decisions in force; {@code within} limits it to a unit's subtree (null: every unit).
     */
    Scoreboard score(IndicatorCode indicator, Period period, UnitCode within, List<DeclaredTotal> declared);
}
