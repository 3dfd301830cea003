package vn.chitieu.scoring;

import java.util.List;
import java.util.Locale;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;

/**
 * A total as the source document states it (seed 003's letter: "tiếp nhận 38.122 hồ sơ … đã giải
 * quyết 36.940"), to be reconciled with the sum of its own table. Written {@code received=38122}.
 */
public record DeclaredTotal(String key, long value) {

    /** The totals that can be declared: the wide on-time counts, the summed b and a, and the number of rows. */
    public static final List<String> KEYS = List.of("received", "resolved", "onTime", "late", "numerator",
            "denominator", "rows");

    public DeclaredTotal {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("unknown total '" + key + "'; expected one of " + String.join(", ", KEYS));
        }
        if (value < 0) {
            throw new IllegalArgumentException("a declared total cannot be negative: " + value);
        }
    }

    /** Reads {@code KEY=N}; the key is matched case-insensitively ({@code ontime=…}, {@code onTime=…}), N may be {@code 38.122}. */
    public static DeclaredTotal parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected KEY=N (e.g. received=38122), got '" + text + "'");
        }
        String wanted = text.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String key = KEYS.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown total '" + text.substring(0, eq).strip()
                        + "'; expected one of " + String.join(", ", KEYS)));
        try {
            return new DeclaredTotal(key, NumberReader.count(text.substring(eq + 1)));
        } catch (UnreadableNumberException e) {
            throw new IllegalArgumentException("total '" + key + "': cannot read '" + e.text() + "': " + e.reason(), e);
        }
    }
}
