package vn.chitieu.indicator;

import java.util.regex.Pattern;

/** An indicator's code, upper case with underscores, e.g. {@code ONLINE_RATE}. */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

    private static final Pattern VALID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public IndicatorCode {
        if (value == null || !VALID.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("an indicator code is upper case letters, digits and '_': '" + value + "'");
        }
        value = value.strip();
    }

    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    @Override
    public int compareTo(IndicatorCode o) {
        return value.compareTo(o.value);
    }

    /**
     * Written out rather than left to the record: the generated one is bootstrapped through method handles on
     * first use, some 50 ms of a command's start for the first record hashed (codes key every map).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof IndicatorCode other && value.equals(other.value);
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
