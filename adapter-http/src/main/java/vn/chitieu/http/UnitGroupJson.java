package vn.chitieu.http;

import java.util.List;

/** A group of units by kind under the issuer: {@code label} as printed, {@code kinds}, and whether the issuer itself is in it. */
public record UnitGroupJson(String label, List<String> kinds, Boolean issuer) {
}
