package vn.chitieu.persistence.jdbi;

import java.time.LocalDate;

/**
 * A row of {@code units}; aliases joined with '|' (the separator of units.csv, so never inside an
 * alias); {@code validFrom} / {@code validTo} null when open (V10).
 */
public record UnitRow(String code, String name, String kind, String parent, String aliases, LocalDate validFrom,
        LocalDate validTo) {
}
