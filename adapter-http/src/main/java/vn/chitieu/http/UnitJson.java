package vn.chitieu.http;

import java.util.List;

/**
 * A unit of the registry: {@code unit} codes, names as written; {@code validFrom} / {@code validTo}
 * the first and last day it exists (ISO dates, inclusive; null: open, domain.md §10).
 */
public record UnitJson(String code, String name, String kind, String parent, List<String> aliases, String validFrom,
        String validTo) {
}
