package vn.chitieu.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvStyle#shown} writes numbers from their digits; each must read as the BigDecimal way
 * ({@code stripTrailingZeros().toPlainString()}, after rounding to two decimals in the Excel style)
 * that it replaced.
 */
class CsvStyleShownTest {

    private static String reference(CsvStyle style, BigDecimal d) {
        if (style.roundShown() && d.scale() > CsvStyle.SHOWN_DECIMALS) {
            d = d.setScale(CsvStyle.SHOWN_DECIMALS, RoundingMode.HALF_UP);
        }
        d = d.stripTrailingZeros();
        String plain = (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        return style.decimalComma() ? plain.replace('.', ',') : plain;
    }

    private static List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        for (String s : new String[] {"0", "0.000", "-0.00", "1", "-1", "10", "1200", "1.2E+3", "1E+5", "-3E+2",
                "0.5", "0.05", "0.0050", "-0.0001", "99.96", "99.9600", "100", "100.00", "80", "-12.3400",
                "0.000000000000000000000000000000000001", "123456789012345678901234567890.1234000"}) {
            values.add(new BigDecimal(s));
        }
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            long b = random.nextInt(1_000_000);
            long a = 1 + random.nextInt(1_000_000);
            BigDecimal value = BigDecimal.valueOf(b).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(a), MathContext.DECIMAL128);
            values.add(value);
            values.add(value.subtract(BigDecimal.valueOf(random.nextInt(101))));
            values.add(BigDecimal.valueOf(random.nextLong(), random.nextInt(40) - 10));
            // unscaled values of 60 to 140 bits: the limbs of 127 bits and past them
            java.math.BigInteger unscaled = new java.math.BigInteger(60 + random.nextInt(81), random);
            values.add(new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(45) - 5));
        }
        values.add(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(127).subtract(java.math.BigInteger.ONE), 3));
        values.add(new BigDecimal(java.math.BigInteger.TEN.pow(38), 2));
        values.add(new BigDecimal(java.math.BigInteger.TEN.pow(19).add(java.math.BigInteger.valueOf(7)), 20));
        return values;
    }

    @Test
    void plainAndExcelNumbersReadAsTheStrippedPlainString() {
        for (CsvStyle style : List.of(CsvStyle.PLAIN, CsvStyle.EXCEL_VI)) {
            for (BigDecimal d : values()) {
                assertThat(style.shown(d)).as("%s %s", style.name(), d).isEqualTo(reference(style, d));
            }
        }
    }

    @Test
    void integersAreWrittenAsTheirDigits() {
        for (CsvStyle style : List.of(CsvStyle.PLAIN, CsvStyle.EXCEL_VI)) {
            for (long n : new long[] {0, 7, -7, 1200, Long.MAX_VALUE, Long.MIN_VALUE}) {
                assertThat(style.shown(n)).isEqualTo(reference(style, BigDecimal.valueOf(n)));
                assertThat(style.shown((int) n)).isEqualTo(reference(style, BigDecimal.valueOf((int) n)));
            }
        }
    }
}
