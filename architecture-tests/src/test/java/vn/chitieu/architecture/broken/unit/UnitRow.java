package vn.chitieu.architecture.broken.unit;

/** Broken on purpose: a database row outside persistence. */
public record UnitRow(String code) {
}
