package vn.chitieu.period;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: {@code 2022} (year), {@code 2022-H1} (half), {@code 2018-Q1} (quarter),
 * {@code 2022-06} (month). {@code index} is 0 for a year, 1–2 for a half, 1–4 for a quarter and
 * 1–12 for a month.
 */
public record Period(int year, PeriodType type, int index) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:([Hh])([12])|([Qq])([1-4])|(\\d{2})))?");
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Period::end);

    public Period {
        Objects.requireNonNull(type, "type");
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (type) {
            case YEAR -> 0;
            case HALF -> 2;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (type == PeriodType.YEAR ? index != 0 : index < 1 || index > max) {
            throw new IllegalArgumentException("index " + index + " out of range for " + type);
        }
    }

    public static Period year(int year) {
        return new Period(year, PeriodType.YEAR, 0);
    }

    public static Period half(int year, int half) {
        return new Period(year, PeriodType.HALF, half);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, PeriodType.QUARTER, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(year, PeriodType.MONTH, month);
    }

    /** Parses {@code 2022}, {@code 2022-H1}, {@code 2018-Q1} or {@code 2022-06}. */
    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a period is required (2022, 2022-H1, 2018-Q1 or 2022-06)");
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: '" + text + "' (expected 2022, 2022-H1, 2018-Q1 or 2022-06)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return half(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return quarter(year, Integer.parseInt(m.group(5)));
        }
        if (m.group(6) != null) {
            int month = Integer.parseInt(m.group(6));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("not a month: '" + text + "'");
            }
            return month(year, month);
        }
        return year(year);
    }

    public LocalDate start() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case HALF -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    /** The last day of the period, inclusive. */
    public LocalDate end() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case HALF -> start().plusMonths(6).minusDays(1);
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case MONTH -> start().plusMonths(1).minusDays(1);
        };
    }

    /** True when this period lies inside {@code other} (a quarter inside its year, say). */
    public boolean isWithin(Period other) {
        return !start().isBefore(other.start()) && !end().isAfter(other.end());
    }

    @Override
    public int compareTo(Period o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
            case MONTH -> String.format("%d-%02d", year, index);
        };
    }
}
