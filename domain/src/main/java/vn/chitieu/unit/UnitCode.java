package vn.chitieu.unit;

/** A unit's stable code, e.g. {@code so-cong-thuong}: letters, digits, '-', '_' and '.', never blank. */
public record UnitCode(String value) implements Comparable<UnitCode> {

    public UnitCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a unit code cannot be blank");
        }
        value = value.strip();
        if (!isValid(value)) {
            throw new IllegalArgumentException("a unit code has letters, digits, '-', '_' or '.' only (at most 100): '"
                    + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "'");
        }
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,99}}, checked without a regular expression: a file of a million codes. */
    private static boolean isValid(String value) {
        int n = value.length();
        if (n == 0 || n > 100 || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Written out rather than left to the record: the generated one is bootstrapped through method handles on
     * first use, some 50 ms of a command's start for the first record hashed (codes key every map).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof UnitCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
