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
     * written from the digits once (stripping divides a 34-digit value by ten, a million times a file).
     */
    private String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        int scale = d.scale();
        String digits = digits(d.unscaledValue().abs());
        int end = digits.length();
        while (scale > 0 && digits.charAt(end - 1) == '0') {
            end--;
            scale--;
        }
        StringBuilder out = new StringBuilder(end + 3 + Math.max(0, -scale));
        if (d.signum() < 0) {
            out.append('-');
        }
        if (scale <= 0) {
            out.append(digits, 0, end);
            for (int i = 0; i < -scale; i++) {
                out.append('0');
            }
        } else if (end > scale) {
            out.append(digits, 0, end - scale).append(decimalComma ? ',' : '.').append(digits, end - scale, end);
        } else {
            out.append('0').append(decimalComma ? ',' : '.');
            for (int i = end; i < scale; i++) {
                out.append('0');
            }
            out.append(digits, 0, end);
        }
        return out.toString();
    }

    /**
     * The decimal digits of {@code n} ≥ 0: what {@code toString} gives, from 32-bit limbs divided by 10^9
     * when {@code n} fits in 127 bits (a 34-digit value: {@code BigInteger.toString} divides a
     * MutableBigInteger twice per number, a million times a file).
     */
    static String digits(BigInteger n) {
        int bits = n.bitLength();
        if (bits < 64) {
            return Long.toString(n.longValue());
        }
        if (bits > 127) {
            return n.toString();
        }
        long low = n.longValue();
        long high = n.shiftRight(64).longValue();
        long[] limbs = {high >>> 32, high & 0xFFFFFFFFL, low >>> 32, low & 0xFFFFFFFFL};
        long[] chunks = new long[5]; // 9 digits each, lowest first: 10^45 > 2^127
        int count = 0;
        boolean zero;
        do {
            long rest = 0;
            zero = true;
            for (int i = 0; i < limbs.length; i++) {
                long current = rest << 32 | limbs[i];
                limbs[i] = current / 1_000_000_000L;
                rest = current % 1_000_000_000L;
                zero &= limbs[i] == 0;
            }
            chunks[count++] = rest;
        } while (!zero);
        StringBuilder out = new StringBuilder(count * 9);
        out.append(chunks[count - 1]);
        for (int i = count - 2; i >= 0; i--) {
            String chunk = Long.toString(chunks[i]);
            for (int pad = chunk.length(); pad < 9; pad++) {
                out.append('0');
            }
            out.append(chunk);
        }
        return out.toString();
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
