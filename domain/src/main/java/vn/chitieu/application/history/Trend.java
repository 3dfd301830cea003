package vn.chitieu.application.history;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.Unit;

/**
 * A unit's results period after period: one series per indicator, its periods on record in order
 * (a year's own figure after its quarters), each with its counts, its value and the change in
 * points from the previous period of the same length (Q2 against Q1, not against the year).
 */
public record Trend(Unit unit, List<Series> series) {

    public Trend {
        series = List.copyOf(series);
    }

    /** The periods on record of one indicator. */
    public record Series(IndicatorCode indicator, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One period: counts (null when the source printed only a rate), the value in percent units
     * (null: not available), and {@code change} = value − the value of the previous period of the
     * same length on record (null for the first, or when either is not available).
     */
    public record Point(Period period, Long numerator, Long denominator, BigDecimal value, BigDecimal change) {
    }
}
