package vn.chitieu.unit;

import java.util.regex.Pattern;

/** A unit's stable code, e.g. {@code so-cong-thuong}: letters, digits, '-', '_' and '.', never blank. */
public record UnitCode(String value) implements Comparable<UnitCode> {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public UnitCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a unit code cannot be blank");
        }
        value = value.strip();
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a unit code has letters, digits, '-', '_' or '.' only (at most 100): '" + value + "'");
        }
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
