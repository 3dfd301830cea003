package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.text.VietnameseText;
import vn.chitieu.unit.UnitKind;

/**
 * A legal minimum (domain.md §4): what a document of a province or a ministry ({@code source},
 * e.g. {@code 876/QĐ-BNV}) requires of every unit of {@code kind} for {@code indicator}, e.g.
 * digitization at least 15 % for communes. No target of such a unit may be below it, whatever
 * the policy or the drafter say.
 */
public record Minimum(String source, IndicatorCode indicator, UnitKind kind, BigDecimal minimum) {

    /** The longest source reference kept (a document number, not its text). */
    public static final int MAX_SOURCE_CHARS = 200;

    public Minimum {
        source = VietnameseText.nfc(source);
        source = source == null ? null : source.strip();
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("a minimum needs its source document, e.g. 876/QĐ-BNV");
        }
        if (source.length() > MAX_SOURCE_CHARS) {
            throw new IllegalArgumentException("a source is a document reference of at most " + MAX_SOURCE_CHARS
                    + " characters");
        }
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(minimum, "minimum");
        if (minimum.signum() < 0) {
            throw new IllegalArgumentException("a minimum cannot be negative: " + minimum.toPlainString());
        }
    }

    /** A minimum held to the range of its indicator ({@link Indicator#refusal}: 0–100 % for a ratio). */
    public static Minimum of(String source, Indicator indicator, UnitKind kind, BigDecimal minimum) {
        indicator.refusal(minimum).ifPresent(reason -> {
            throw new IllegalArgumentException(reason + ", not " + minimum.toPlainString());
        });
        return new Minimum(source, indicator.code(), kind, minimum);
    }

    /** The key a set of minimums holds once: one document sets one minimum per indicator and kind. */
    public Key key() {
        return new Key(source, indicator, kind);
    }

    /** (source, indicator, kind). */
    public record Key(String source, IndicatorCode indicator, UnitKind kind) {
    }

    /** {@code 15 (876/QĐ-BNV)}. */
    public String describe() {
        return minimum.stripTrailingZeros().toPlainString() + " (" + source + ")";
    }
}
