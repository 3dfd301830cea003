package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.unit.UnitKind;

/**
 * One target an appendix prints: an indicator, its target, and whom it is assigned to, either a
 * {@code unit} (its code once a registry resolved it, else the name as printed) or a group of unit
 * {@code kinds} under the issuer ("UBND cấp xã" → COMMUNE, WARD, TOWNSHIP: {@link AppendixKindGroups}),
 * never both. {@code name} is always the text printed for the assignee: the unit's name or the
 * group's label.
 *
 * <p>Then what the appendix prints beside it: the unit of measure ("%"), the lead unit (đơn vị chủ
 * trì) and the coordinating unit (phối hợp), each a unit code when the registry resolves it, else
 * the printed text; the legal basis (căn cứ) as printed (NFC, white space collapsed); and the
 * context of its line: the section it is printed in (an {@link AppendixSection} for groups of units,
 * OTHER otherwise), the section's heading and the row number as printed, the task text (seed 001's
 * "Tên nhiệm vụ"), the number of eligible procedures, last year's value (null when not printed or
 * "Không có hồ sơ phát sinh") and the line of the file (0 when not read from a file). Seed 000
 * prints two targets on each line (digitization and online rate): they share line, number and name.
 */
public record AppendixTarget(
        IndicatorCode indicator,
        BigDecimal target,
        String unit,
        Set<UnitKind> kinds,
        String name,
        String unitOfMeasure,
        String leadUnit,
        String coordinatingUnit,
        String legalBasis,
        AppendixSection section,
        String heading,
        String number,
        String task,
        Integer procedures,
        BigDecimal baseline,
        int line) {

    public AppendixTarget {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (kinds.isEmpty() && (unit == null || unit.isBlank())) {
            throw new IllegalArgumentException("a target is assigned to a unit or to kinds of unit");
        }
        if (!kinds.isEmpty() && unit != null) {
            throw new IllegalArgumentException("a target is assigned to a unit or to kinds of unit, not both");
        }
        number = number == null ? "" : number;
    }

    /** True when the target is for a group of kinds rather than one unit. */
    public boolean forKinds() {
        return !kinds.isEmpty();
    }

    /**
     * The row's place in the appendix: the section heading's Roman number and the row number, e.g.
     * {@code I.1}, {@code II} for seed 001's unnumbered row under II, {@code 1} without a heading.
     */
    public String item() {
        String roman = heading == null ? "" : heading.split("[.\\s]", 2)[0];
        if (!roman.matches("[IVXLC]+")) {
            roman = "";
        }
        if (roman.isEmpty()) {
            return number;
        }
        return number.isEmpty() ? roman : roman + "." + number;
    }

    /** This target with the assignee, lead and coordinating units as given (codes, once resolved). */
    public AppendixTarget withUnits(String unit, String leadUnit, String coordinatingUnit) {
        return new AppendixTarget(indicator, target, unit, kinds, name, unitOfMeasure, leadUnit, coordinatingUnit,
                legalBasis, section, heading, number, task, procedures, baseline, line);
    }
}
