package vn.chitieu.persistence.jdbi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary {@code COPY} format (the server reads them without parsing text: timestamps as
 * microseconds since 2000-01-01, numbers as they are stored), written to a {@link CopyIn} a chunk at a time so
 * that the server works on one chunk while the next one is made.
 */
final class BinaryCopy {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0,
        0, 0, 0, 0};
    private static final int CHUNK = 1 << 17;
    /** 2000-01-01T00:00 in epoch seconds: PostgreSQL's timestamp origin. */
    private static final long ORIGIN = 946_684_800L;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private final CopyIn in;
    private byte[] b = new byte[CHUNK + 4096];
    private int n;
    /** Base-10000 digits of a long (at most 5). */
    private final int[] digits = new int[8];

    /** Starts {@code COPY … FROM STDIN (FORMAT binary)} rows on {@code in}: the header is written first. */
    BinaryCopy(CopyIn in) {
        this.in = in;
        System.arraycopy(HEADER, 0, b, 0, HEADER.length);
        n = HEADER.length;
    }

    /** A row of {@code fields} columns begins. */
    BinaryCopy row(int fields) throws SQLException {
        if (n >= CHUNK) {
            flush();
        }
        return int16(fields);
    }

    BinaryCopy text(String s) {
        int len = s.length();
        room(4 + 3 * len);
        int at = n + 4;
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            b[at + i] = (byte) c;
        }
        if (!ascii) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(bytes, 0, b, at, bytes.length);
            len = bytes.length;
        }
        put32(len);
        n += len;
        return this;
    }

    BinaryCopy smallint(int v) {
        room(6);
        put32(2);
        return int16(v);
    }

    BinaryCopy integer(int v) {
        room(8);
        put32(4);
        put32(v);
        return this;
    }

    BinaryCopy bigint(long v) {
        room(12);
        put32(8);
        put32((int) (v >>> 32));
        put32((int) v);
        return this;
    }

    BinaryCopy bool(boolean v) {
        room(5);
        put32(1);
        b[n++] = (byte) (v ? 1 : 0);
        return this;
    }

    BinaryCopy nul() {
        room(4);
        put32(-1);
        return this;
    }

    /** A timestamp (without time zone), or SQL null for null. */
    BinaryCopy timestamp(LocalDateTime t) {
        if (t == null) {
            return nul();
        }
        long micros = (t.toEpochSecond(ZoneOffset.UTC) - ORIGIN) * 1_000_000L + t.getNano() / 1000;
        return bigint(micros);
    }

    /** A timestamp (without time zone) given in local epoch seconds. */
    BinaryCopy timestamp(long seconds) {
        return bigint((seconds - ORIGIN) * 1_000_000L);
    }

    /** {@code -infinity} as a timestamp. */
    BinaryCopy minusInfinity() {
        return bigint(Long.MIN_VALUE);
    }

    /** A whole numeric, as {@link #numeric(BigDecimal)} writes {@code BigDecimal.valueOf(v)}. */
    BinaryCopy numeric(long v) {
        if (v == Long.MIN_VALUE) {
            return numeric(BigDecimal.valueOf(v));
        }
        int sign = v < 0 ? 0x4000 : 0;
        v = Math.abs(v);
        int count = 0;
        int[] digits = this.digits;
        while (v != 0) {
            digits[count++] = (int) (v % 10_000);
            v /= 10_000;
        }
        int low = 0;
        while (low < count && digits[low] == 0) {
            low++;
        }
        int ndigits = count - low;
        int weight = ndigits == 0 ? 0 : count - 1;
        room(4 + 8 + 2 * ndigits);
        put32(8 + 2 * ndigits);
        int16(ndigits);
        int16(weight);
        int16(sign);
        int16(0);
        for (int i = count - 1; i >= low; i--) {
            int16(digits[i]);
        }
        return this;
    }

    /** A numeric: sign, weight and display scale, then the base-10000 digits, as {@code numeric_send} writes them. */
    BinaryCopy numeric(BigDecimal d) {
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        int scale = d.scale();
        BigInteger unscaled = d.unscaledValue();
        int sign = unscaled.signum() < 0 ? 0x4000 : 0;
        unscaled = unscaled.abs();
        // align the fraction to whole base-10000 digits: value = unscaled' × 10000^-fractionDigits
        int fractionDigits = (scale + 3) / 4;
        if (fractionDigits * 4 > scale) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(fractionDigits * 4 - scale));
        }
        int[] digits = new int[8];
        int count = 0;
        if (unscaled.bitLength() < 63) {
            long v = unscaled.longValue();
            while (v != 0) { // below 2^63: at most 5 digits
                digits[count++] = (int) (v % 10_000);
                v /= 10_000;
            }
        } else {
            while (unscaled.signum() != 0) {
                BigInteger[] qr = unscaled.divideAndRemainder(TEN_THOUSAND);
                if (count == digits.length) {
                    digits = java.util.Arrays.copyOf(digits, count * 2);
                }
                digits[count++] = qr[1].intValue();
                unscaled = qr[0];
            }
        }
        // digits[] holds the base-10000 digits from the least significant; the first one is 10000^-fractionDigits
        int low = 0;
        while (low < count && digits[low] == 0) {
            low++;
        }
        int ndigits = count - low;
        int weight = ndigits == 0 ? 0 : count - 1 - fractionDigits;
        room(4 + 8 + 2 * ndigits);
        put32(8 + 2 * ndigits);
        int16(ndigits);
        int16(weight);
        int16(sign);
        int16(scale);
        for (int i = count - 1; i >= low; i--) {
            int16(digits[i]);
        }
        return this;
    }

    /** Writes the rows made so far. */
    void flush() throws SQLException {
        if (n > 0) {
            in.writeToCopy(b, 0, n);
            n = 0;
        }
    }

    /** The trailer, then the end of the COPY; returns the rows the server took. */
    long end() throws SQLException {
        room(2);
        int16(-1);
        flush();
        return in.endCopy();
    }

    /** Cancels the COPY when it is still open (nothing of it is stored); quiet, as it runs on the way out. */
    void cancel() {
        if (in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException e) {
                // the transaction is lost anyway and rolled back
            }
        }
    }

    private BinaryCopy int16(int v) {
        b[n++] = (byte) (v >>> 8);
        b[n++] = (byte) v;
        return this;
    }

    private void put32(int v) {
        b[n++] = (byte) (v >>> 24);
        b[n++] = (byte) (v >>> 16);
        b[n++] = (byte) (v >>> 8);
        b[n++] = (byte) v;
    }

    private void room(int bytes) {
        if (n + bytes > b.length) {
            b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + bytes));
        }
    }
}
