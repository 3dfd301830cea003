package vn.chitieu.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The time forms of dossier files (contracts.md), read as local time (Asia/Ho_Chi_Minh) into
 * "local seconds" (seconds since 1970-01-01T00:00:00 local, so that comparing two of them compares
 * the wall-clock times): {@code yyyyMMddHHmmss}, {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-ddTHH:mm:ss},
 * {@code dd/MM/yyyy HH:mm:ss}, or a date {@code dd/MM/yyyy}, {@code yyyy-MM-dd}, {@code yyyyMMdd}. A date
 * without a time is 00:00:00, or 23:59:59 for a deadline (a deadline lasts the whole day).
 * <p>Besides, what other tools write of the same dates: a time of one-digit hour or without seconds
 * ({@code dd/MM/yyyy H:mm}, as Excel saves a date-time column to CSV), seconds with a fraction
 * ({@code 2025-06-30T08:00:00.1234567}, .NET's round trip: dropped, the record keeps seconds), and
 * after an ISO time an offset ({@code Z}, {@code +07:00}, {@code +0700}) brought to local time (UTC+7).
 * Day and month keep their two digits: {@code 6/3/2025} is 6 March or June 3 depending on the
 * spreadsheet's country, so it is refused rather than guessed.
 * Parsed by hand (digit positions): a file has millions of them.
 */
public final class DossierTimes {

    /** What {@link #parse} answers for text that is not a time of the forms above. */
    public static final long UNREADABLE = Long.MIN_VALUE;
    /** The forms accepted, for error messages. */
    public static final String FORMS = "yyyyMMddHHmmss, yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss, dd/MM/yyyy HH:mm:ss, "
            + "dd/MM/yyyy, yyyy-MM-dd or yyyyMMdd";
    /** Why a date of one-digit day or month ({@code 6/3/2025}, {@link #shortDayOrMonth}) is refused. */
    public static final String SHORT_DAY_OR_MONTH = "day and month take two digits (dd/MM/yyyy, e.g. 06/03/2025): a one-digit "
            + "day or month may come from a spreadsheet set to another country (month first), so it is not guessed";
    /** The longest text a time of any form read has (an ISO time with nine decimals and an offset is 35). */
    private static final int MAX_CHARS = 40;
    /** Vietnam's offset from UTC (no daylight saving since 1975). */
    private static final int LOCAL_OFFSET = 7 * 3600;
    private static final int DAY = 86_400;

    private DossierTimes() {
    }

    /** {@code text} (trimmed) as local seconds; {@link #UNREADABLE} when it is none of the forms. */
    public static long parse(String text, boolean endOfDay) {
        String s = text.strip();
        int n = s.length();
        if (n < 8 || n > MAX_CHARS) {
            return UNREADABLE;
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 127) {
                return UNREADABLE; // every form is ASCII
            }
            b[i] = (byte) c;
        }
        return parse(b, 0, n, endOfDay);
    }

    /**
     * The ASCII bytes {@code b[from, to)} (already trimmed: a record's field as a reader hands it) as local
     * seconds; {@link #UNREADABLE} when they are none of the forms. Allocates nothing: a file has millions.
     */
    public static long parse(byte[] b, int from, int to, boolean endOfDay) {
        long t = fixed(b, from, to, endOfDay);
        return t != UNREADABLE || to - from > MAX_CHARS ? t : other(b, from, to);
    }

    /**
     * True when {@code b[from, to)} is a date {@code d/M/yyyy} whose day or month has one digit (a time may
     * follow after a space): a form this class refuses because it cannot tell day from month.
     */
    public static boolean shortDayOrMonth(byte[] b, int from, int to) {
        int i = from;
        int[] parts = new int[2];
        for (int p = 0; p < 2; p++) {
            int start = i;
            while (i < to && isDigit(b[i])) {
                i++;
            }
            parts[p] = i - start;
            if (parts[p] < 1 || parts[p] > 2 || i >= to || b[i] != '/') {
                return false;
            }
            i++;
        }
        if (to - i < 4 || !digits(b, i, 4) || (to - i > 4 && b[i + 4] != ' ')) {
            return false;
        }
        return parts[0] == 1 || parts[1] == 1;
    }

    /** The forms of contracts.md, by their digit positions. */
    private static long fixed(byte[] b, int from, int to, boolean endOfDay) {
        int n = to - from;
        int y;
        int mo;
        int d;
        int h = -1;
        int mi = 0;
        int se = 0;
        if (n == 8 || n == 14) {
            if (!digits(b, from, n)) {
                return UNREADABLE;
            }
            y = num(b, from, 4);
            mo = num(b, from + 4, 2);
            d = num(b, from + 6, 2);
            if (n == 14) {
                h = num(b, from + 8, 2);
                mi = num(b, from + 10, 2);
                se = num(b, from + 12, 2);
            }
        } else if ((n == 10 || n == 19) && b[from + 4] == '-' && b[from + 7] == '-') {
            if (!digits(b, from, 4) || !digits(b, from + 5, 2) || !digits(b, from + 8, 2)) {
                return UNREADABLE;
            }
            y = num(b, from, 4);
            mo = num(b, from + 5, 2);
            d = num(b, from + 8, 2);
            if (n == 19) {
                byte t = b[from + 10];
                if (t != ' ' && t != 'T') {
                    return UNREADABLE;
                }
                h = clock(b, from + 11);
                if (h < 0) {
                    return UNREADABLE;
                }
                mi = num(b, from + 14, 2);
                se = num(b, from + 17, 2);
            }
        } else if ((n == 10 || n == 19) && b[from + 2] == '/' && b[from + 5] == '/') {
            if (!digits(b, from, 2) || !digits(b, from + 3, 2) || !digits(b, from + 6, 4)) {
                return UNREADABLE;
            }
            d = num(b, from, 2);
            mo = num(b, from + 3, 2);
            y = num(b, from + 6, 4);
            if (n == 19) {
                if (b[from + 10] != ' ') {
                    return UNREADABLE;
                }
                h = clock(b, from + 11);
                if (h < 0) {
                    return UNREADABLE;
                }
                mi = num(b, from + 14, 2);
                se = num(b, from + 17, 2);
            }
        } else {
            return UNREADABLE;
        }
        if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) {
            return UNREADABLE;
        }
        int secondOfDay;
        if (h < 0) {
            secondOfDay = endOfDay ? DAY - 1 : 0;
        } else {
            if (h > 23 || mi > 59 || se > 59) {
                return UNREADABLE;
            }
            secondOfDay = h * 3600 + mi * 60 + se;
        }
        return epochDay(y, mo, d) * DAY + secondOfDay;
    }

    /**
     * The other forms (the class comment): {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, then, after a space (or a
     * {@code T} after {@code yyyy-MM-dd}), {@code H:mm}, {@code H:mm:ss} or {@code H:mm:ss.fraction}, then, after an
     * ISO time only, {@code Z} or {@code ±HH:mm} / {@code ±HHmm}.
     */
    private static long other(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 11) {
            return UNREADABLE;
        }
        int y;
        int mo;
        int d;
        boolean iso = b[from + 4] == '-' && b[from + 7] == '-';
        if (iso && digits(b, from, 4) && digits(b, from + 5, 2) && digits(b, from + 8, 2)) {
            y = num(b, from, 4);
            mo = num(b, from + 5, 2);
            d = num(b, from + 8, 2);
        } else if (b[from + 2] == '/' && b[from + 5] == '/' && digits(b, from, 2) && digits(b, from + 3, 2)
                && digits(b, from + 6, 4)) {
            d = num(b, from, 2);
            mo = num(b, from + 3, 2);
            y = num(b, from + 6, 4);
        } else {
            return UNREADABLE;
        }
        int i = from + 10;
        if (!(b[i] == ' ' || iso && b[i] == 'T')) {
            return UNREADABLE;
        }
        i++;
        int hourDigits = i + 1 < to && isDigit(b[i]) && isDigit(b[i + 1]) ? 2 : 1;
        if (i + hourDigits + 3 > to || !digits(b, i, hourDigits) || b[i + hourDigits] != ':'
                || !digits(b, i + hourDigits + 1, 2)) {
            return UNREADABLE;
        }
        int h = num(b, i, hourDigits);
        int mi = num(b, i + hourDigits + 1, 2);
        int se = 0;
        i += hourDigits + 3;
        if (i < to && b[i] == ':') {
            if (i + 3 > to || !digits(b, i + 1, 2)) {
                return UNREADABLE;
            }
            se = num(b, i + 1, 2);
            i += 3;
            if (i < to && b[i] == '.') {
                int start = ++i;
                while (i < to && isDigit(b[i])) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return UNREADABLE;
                }
            }
        }
        int offset = LOCAL_OFFSET;
        if (i < to && iso) {
            if (b[i] == 'Z' && i + 1 == to) {
                offset = 0;
            } else if ((b[i] == '+' || b[i] == '-') && (to - i == 6 && b[i + 3] == ':' && digits(b, i + 1, 2)
                    && digits(b, i + 4, 2) || to - i == 5 && digits(b, i + 1, 4))) {
                int oh = num(b, i + 1, 2);
                int om = num(b, i + (to - i == 6 ? 4 : 3), 2);
                if (oh > 14 || om > 59) {
                    return UNREADABLE;
                }
                offset = (b[i] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return UNREADABLE;
            }
        } else if (i < to) {
            return UNREADABLE;
        }
        if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo) || h > 23 || mi > 59
                || se > 59) {
            return UNREADABLE;
        }
        return epochDay(y, mo, d) * DAY + h * 3600 + mi * 60 + se + LOCAL_OFFSET - offset;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The first second of {@code date}, local. */
    public static long startOf(LocalDate date) {
        return date.toEpochDay() * DAY;
    }

    /** The last second (23:59:59) of {@code date}, local. */
    public static long endOf(LocalDate date) {
        return date.toEpochDay() * DAY + DAY - 1;
    }

    public static long of(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    public static LocalDateTime toLocal(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    /** HH:mm:ss at {@code at}: the hour, or −1 when the colons or digits are not there. */
    private static int clock(byte[] s, int at) {
        if (s[at + 2] != ':' || s[at + 5] != ':' || !digits(s, at, 2) || !digits(s, at + 3, 2)
                || !digits(s, at + 6, 2)) {
            return -1;
        }
        return num(s, at, 2);
    }

    private static boolean digits(byte[] s, int from, int len) {
        for (int i = from; i < from + len; i++) {
            byte c = s[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(byte[] s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            v = v * 10 + (s[i] - '0');
        }
        return v;
    }

    private static int monthLength(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a valid date (the civil-from-days inverse, proleptic Gregorian). */
    private static long epochDay(int y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
