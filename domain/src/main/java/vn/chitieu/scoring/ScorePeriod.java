package vn.chitieu.scoring;

import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * Use case: the scoreboard of one indicator and period from what storage holds (the HTTP
 * {@code /scoreboard}). An incoming port kept with its feature: in {@code port.in} it would make
 * the ports and scoring depend on each other.
 */
public interface ScorePeriod {

    /**
     * Scores the stored results of {@code indicator} in {@code period} against the targets of the
     * decisions in force; {@code within} limits it to a unit's subtree (null: every unit).
     */
    Scoreboard score(IndicatorCode indicator, Period period, UnitCode within, List<DeclaredTotal> declared);
}
