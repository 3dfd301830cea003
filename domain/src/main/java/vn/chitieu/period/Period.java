package vn.chitieu.period;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.common.Labelled;
import vn.chitieu.common.Texts;

/**
 * A reporting period: {@code 2022} (year), {@code 2022-H1} (half), {@code 2018-Q1} (quarter),
 * {@code 2022-06} (month). {@code index} is 0 for a year, 1–2 for a half, 1–4 for a quarter and
 * 1–12 for a month. {@link #toString()} is its code (JSON, CSV, files read back); {@link #label}
 * is how people read it: "Quý I/2018", "Tháng 6/2022", "6 tháng đầu năm 2025", "Năm 2018" in
 * Vietnamese, "Q1 2018", "June 2022", "H1 2025", "2018" in English.
 */
public record Period(int year, PeriodType type, int index) implements Comparable<Period>, Labelled {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:([Hh])([12])|([Qq])([1-4])|(\\d{2})))?");

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
        return firstMonth() >= other.firstMonth() && lastMonth() <= other.lastMonth();
    }

    /**
     * By start, then by end (as {@link #start()} and {@link #end()} compare); a period begins on the
     * first day of a month and ends on the last day of one, so months since year 0 compare the same,
     * without making dates (a million-row scoreboard sorts by period).
     */
    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(firstMonth(), o.firstMonth());
        return c != 0 ? c : Integer.compare(lastMonth(), o.lastMonth());
    }

    /** The period's first month, counted in months since January of year 0. */
    private int firstMonth() {
        return year * 12 + switch (type) {
            case YEAR -> 0;
            case HALF -> (index - 1) * 6;
            case QUARTER -> (index - 1) * 3;
            case MONTH -> index - 1;
        };
    }

    /** The period's last month, counted as {@link #firstMonth()}. */
    private int lastMonth() {
        return firstMonth() + switch (type) {
            case YEAR -> 11;
            case HALF -> 5;
            case QUARTER -> 2;
            case MONTH -> 0;
        };
    }

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** How people read the period in {@code lang} ({@code "vi"} or {@code "en"}), from the texts bundle. */
    @Override
    public String label(String lang) {
        java.util.Locale locale = Texts.locale(lang);
        String y = Integer.toString(year);
        return switch (type) {
            case YEAR -> Texts.text("label.period.year", locale, y);
            case HALF -> Texts.text("label.period.half." + index, locale, y);
            case QUARTER -> Texts.text("label.period.quarter", locale, index, y, ROMAN[index]);
            case MONTH -> Texts.text("label.period.month", locale, index, y,
                    java.time.Month.of(index).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        };
    }

    @Override
    public String toString() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
            case MONTH -> year + (index < 10 ? "-0" : "-") + index; // not String.format: a scoreboard prints millions
        };
    }
}
