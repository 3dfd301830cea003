package vn.chitieu.table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import vn.chitieu.text.FormulaGuard;

/**
 * How every CSV that chitieu writes looks, in the CLI and over HTTP alike.
 * <ul>
 *   <li>{@link #EXCEL_VI}: what Excel and LibreOffice open as a table of numbers under a Vietnamese
 *       locale: UTF-8 with a BOM, {@code ;} between fields, a decimal comma ({@code 99,96}), no
 *       thousands separator, yes/no as words ({@code Đạt} / {@code Không đạt});</li>
 *   <li>{@link #PLAIN}: plain comma CSV with a decimal point, {@code true}/{@code false}, no BOM.</li>
 * </ul>
 * A number is written in one of two ways: {@link #shown} (a report: at most {@value #SHOWN_DECIMALS}
 * decimals in the Excel style, the exact value stays in JSON; exact in the plain style, as before) or
 * {@link #exact} (a file chitieu reads back: export, the long results form; never rounded, so
 * that it re-imports unchanged, whichever the style: chitieu's readers take the BOM, {@code ;} and
 * the decimal comma). Text that a spreadsheet would run as a formula gets a leading {@code '}
 * ({@link FormulaGuard}); numbers never do.
 */
public record CsvStyle(String name, boolean bom, char separator, boolean decimalComma, boolean roundShown,
        String yes, String no) {

    /** The digits of the small counts most cells hold (ranks, targets, a unit's dossiers), made once. */
    private static final String[] SMALL = java.util.stream.IntStream.range(0, 4096).mapToObj(Integer::toString)
            .toArray(String[]::new);

    /**
     * The two arrays {@link #plain} writes a number's digits and then its text into, one pair a thread: only
     * the String is new (two arrays a cell were a sixth of all the garbage of scoring a million rows).
     */
    private static final ThreadLocal<char[][]> SCRATCH = ThreadLocal.withInitial(() -> new char[][] {new char[39], new char[96]});

    /** Decimals a shown number keeps in the Excel style. */
    public static final int SHOWN_DECIMALS = 2;

    public static final CsvStyle EXCEL_VI = new CsvStyle("excel", true, ';', true, true, "Đạt", "Không đạt");
    public static final CsvStyle PLAIN = new CsvStyle("plain", false, ',', false, false, "true", "false");

    /**
     * The style asked for: {@code plain} or {@code excel} by name; with no name, Excel's under the
     * Vietnamese language ({@code vi}) and plain under any other.
     */
    public static CsvStyle of(String name, String lang) {
        if (name == null || name.isBlank()) {
            return "vi".equalsIgnoreCase(lang) ? EXCEL_VI : PLAIN;
        }
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "plain" -> PLAIN;
            case "excel" -> EXCEL_VI;
            default -> throw new IllegalArgumentException("plain or excel, not '" + name + "'");
        };
    }

    /** This style with or without the BOM (the HTTP scoreboard's plain CSV has always carried one). */
    public CsvStyle withBom(boolean withBom) {
        return new CsvStyle(name, withBom, separator, decimalComma, roundShown, yes, no);
    }

    /** The bytes a file starts with: the UTF-8 BOM in the Excel style, nothing in the plain one. */
    public byte[] prefix() {
        return bom ? "\uFEFF".getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    /** {@code text} as the file's bytes: {@link #prefix()} then UTF-8. */
    public byte[] bytes(String text) {
        byte[] head = prefix();
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** A cell of a file chitieu reads back: numbers exact (decimal comma in the Excel style), booleans {@code true}/{@code false}. */
    public String exact(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(decimal(n).toPlainString());
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return FormulaGuard.neutralise(value.toString());
    }

    /** A cell of a report: numbers with at most {@value #SHOWN_DECIMALS} decimals in the Excel style, booleans as words. */
    public String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            // an integer reads the same exact or rounded, stripped or not: no BigDecimal made per cell
            long n = ((Number) value).longValue();
            return n >= 0 && n < SMALL.length ? SMALL[(int) n] : Long.toString(n);
        }
        if (value instanceof Number n) {
            BigDecimal d = decimal(n);
            if (roundShown && d.scale() > SHOWN_DECIMALS) {
                d = d.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
            }
            return plain(d);
        }
        if (value instanceof Boolean b) {
            return b ? yes : no;
        }
        return FormulaGuard.neutralise(value.toString());
    }

    /**
     * {@code d} without trailing zeros, in plain notation (an integer when nothing is left after the
     * point), with this style's decimal mark: what {@code stripTrailingZeros().toPlainString()} gives,
     * written from the digits once into a thread's scratch arrays (stripping divides a 34-digit value by ten, and a
     * builder per step made a kilobyte of garbage per row, a million times a file).
     */
    private String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigInteger unscaled = d.unscaledValue().abs();
        char[][] scratch = SCRATCH.get();
        char[] digits = unscaled.bitLength() <= 127 ? scratch[0] : new char[unscaled.bitLength() / 3 + 2];
        int from = digits(unscaled, digits);
        int end = digits.length;
        int scale = d.scale();
        while (scale > 0 && digits[end - 1] == '0') {
            end--;
            scale--;
        }
        int count = end - from;
        int size = 1 + count + 2 + Math.max(0, -scale) + Math.max(0, scale - count);
        char[] out = size <= scratch[1].length ? scratch[1] : new char[size];
        int at = 0;
        if (d.signum() < 0) {
            out[at++] = '-';
        }
        char mark = decimalComma ? ',' : '.';
        if (scale <= 0) {
            System.arraycopy(digits, from, out, at, count);
            at += count;
            for (int i = 0; i < -scale; i++) {
                out[at++] = '0';
            }
        } else if (count > scale) {
            System.arraycopy(digits, from, out, at, count - scale);
            at += count - scale;
            out[at++] = mark;
            System.arraycopy(digits, end - scale, out, at, scale);
            at += scale;
        } else {
            out[at++] = '0';
            out[at++] = mark;
            for (int i = count; i < scale; i++) {
                out[at++] = '0';
            }
            System.arraycopy(digits, from, out, at, count);
            at += count;
        }
        return new String(out, 0, at);
    }

    /**
     * The decimal digits of {@code n} ≥ 0 (what {@code toString} gives) written at the end of {@code out}
     * (39 chars hold 127 bits); where they start. From 32-bit limbs divided by 10^9 when {@code n} fits in
     * 127 bits (a 34-digit value: {@code BigInteger.toString} divides a MutableBigInteger twice per number,
     * a million times a file).
     */
    static int digits(BigInteger n, char[] out) {
        int bits = n.bitLength();
        if (bits < 64) {
            return digits(n.longValue(), out, out.length, false);
        }
        if (bits > 127) {
            String s = n.toString();
            s.getChars(0, s.length(), out, out.length - s.length());
            return out.length - s.length();
        }
        long low = n.longValue();
        long high = n.shiftRight(64).longValue();
        long l0 = high >>> 32;
        long l1 = high & 0xFFFFFFFFL;
        long l2 = low >>> 32;
        long l3 = low & 0xFFFFFFFFL;
        int at = out.length;
        while (true) { // 9 digits at a time, lowest first: 10^45 > 2^127
            long current = l0;
            l0 = current / 1_000_000_000L;
            current = (current % 1_000_000_000L) << 32 | l1;
            l1 = current / 1_000_000_000L;
            current = (current % 1_000_000_000L) << 32 | l2;
            l2 = current / 1_000_000_000L;
            current = (current % 1_000_000_000L) << 32 | l3;
            l3 = current / 1_000_000_000L;
            long rest = current % 1_000_000_000L;
            boolean last = (l0 | l1 | l2 | l3) == 0;
            at = digits(rest, out, at, !last);
            if (last) {
                return at;
            }
        }
    }

    /** {@code v} ≥ 0 written right to left ending at {@code end}, padded with zeros to 9 digits if asked; its start. */
    private static int digits(long v, char[] out, int end, boolean nine) {
        int at = end;
        do {
            out[--at] = (char) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        if (nine) {
            while (end - at < 9) {
                out[--at] = '0';
            }
        }
        return at;
    }

    private String number(String plain) {
        return decimalComma ? plain.replace('.', ',') : plain;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        throw new IllegalArgumentException("CSV holds exact numbers only, not " + n.getClass().getSimpleName());
    }
}
