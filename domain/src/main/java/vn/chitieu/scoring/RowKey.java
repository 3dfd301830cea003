package vn.chitieu.scoring;

import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * (unit, indicator, period) as a hash key that spreads well. The records' own hash codes combine
 * their parts with 31, so that unit "xa-2" of one year and "xa-1" of the next collide; with a
 * million rows only a third of the hashes were distinct.
 */
record RowKey(UnitCode unit, IndicatorCode indicator, Period period) {

    @Override
    public int hashCode() {
        int h = unit.hashCode();
        h = h * 0x9E3779B1 + indicator.hashCode();
        h = h * 0x9E3779B1 + period.year() * 16 + period.index();
        return h ^ (h >>> 15) ^ period.type().ordinal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && unit.equals(k.unit) && indicator.equals(k.indicator) && period.equals(k.period);
    }
}
