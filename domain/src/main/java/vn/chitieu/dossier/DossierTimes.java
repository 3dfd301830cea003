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
 * Parsed by hand (digit positions): a file has millions of them.
 */
public final class DossierTimes {

    /** What {@link #parse} answers for text that is not a time of the forms above. */
    public static final long UNREADABLE = Long.MIN_VALUE;
    /** The forms accepted, for error messages. */
    public static final String FORMS = "yyyyMMddHHmmss, yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss, dd/MM/yyyy HH:mm:ss, "
            + "dd/MM/yyyy, yyyy-MM-dd or yyyyMMdd";
    private static final int DAY = 86_400;

    private DossierTimes() {
    }

    /** {@code text} (trimmed) as local seconds; {@link #UNREADABLE} when it is none of the forms. */
    public static long parse(String text, boolean endOfDay) {
        String s = text.strip();
        int n = s.length();
        if (n != 8 && n != 10 && n != 14 && n != 19) {
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
