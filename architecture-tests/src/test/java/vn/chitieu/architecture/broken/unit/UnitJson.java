package vn.chitieu.architecture.broken.unit;

/** Breaks the naming rule: a {@code *Json} DTO outside the HTTP adapter. */
public record UnitJson(String code) {
}
