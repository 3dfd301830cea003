package vn.chitieu.http;

import java.util.List;

/** A unit of the registry: {@code unit} codes, names as written. */
public record UnitJson(String code, String name, String kind, String parent, List<String> aliases) {
}
