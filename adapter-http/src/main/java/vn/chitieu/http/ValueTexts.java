package vn.chitieu.http;

import vn.chitieu.audit.Actor;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/** How every mapper writes the domain's value types in JSON: as their text, null as null. */
interface ValueTexts {

    default String code(UnitCode code) {
        return code == null ? null : code.value();
    }

    default String code(IndicatorCode code) {
        return code == null ? null : code.value();
    }

    default String text(Period period) {
        return period == null ? null : period.toString();
    }

    default String name(Actor actor) {
        return actor == null ? null : actor.name();
    }
}
