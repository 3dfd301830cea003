package vn.chitieu.persistence.jdbi;

/** A row of {@code units}; aliases joined with '|' (the separator of units.csv, so never inside an alias). */
public record UnitRow(String code, String name, String kind, String parent, String aliases) {
}
