package vn.chitieu.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Ratio#percentValue()} divides b × 100 by a in longs, digit by digit; each value must be the
 * BigDecimal it replaced, scale included: {@code divide(a, 34 digits, HALF_EVEN).stripTrailingZeros()}.
 */
class RatioPercentTest {

    private static BigDecimal reference(long b, long a) {
        return BigDecimal.valueOf(b).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(a), new MathContext(34, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static void same(long b, long a) {
        BigDecimal value = new Ratio(b, a).percentValue().orElseThrow();
        BigDecimal expected = reference(b, a);
        assertThat(value).as("%d / %d", b, a).isEqualTo(expected); // equals: the same digits and scale
    }

    @Test
    void everyValueIsTheBigDecimalDivisionsToTheDigitAndScale() {
        Random random = new Random(17);
        long[] bounds = {10, 2_000, 1_000_000, 1_000_000_000_000_000L, Long.MAX_VALUE / 100, Long.MAX_VALUE};
        for (int i = 0; i < 300_000; i++) {
            long bound = bounds[i % bounds.length];
            long a = 1 + (random.nextLong() & Long.MAX_VALUE) % bound;
            long b = switch (i % 5) {
                case 0 -> (random.nextLong() & Long.MAX_VALUE) % (a + 1);
                case 1 -> (random.nextLong() & Long.MAX_VALUE) % bound; // b > a too: above 100 %
                case 2 -> a;
                case 3 -> a / 2;
                default -> random.nextInt(3);
            };
            same(b, a);
        }
    }

    @Test
    void exactQuotientsRoundingCarriesAndTiesAreThoseOfTheBigDecimalDivision() {
        for (long a : new long[] {1, 2, 3, 4, 8, 16, 7, 9, 99, 125, 1 << 20, 1L << 40, 1L << 56, 5_000_000_000_000_000L,
                3_000_000_000_000_000L, 999_999_999_999_999_999L, Long.MAX_VALUE / 100}) {
            for (long b : new long[] {0, 1, 2, 3, 5, 50, 99, a / 3, a - 1, a, a + 1, 2 * a, Long.MAX_VALUE / 100,
                    Long.MAX_VALUE / 100 - 1, 92_233_720_368_547_758L, Long.MAX_VALUE}) {
                if (b >= 0) {
                    same(b, a);
                }
            }
        }
        // a half exactly at the 35th digit: 2^-k terminates past 34 digits
        for (int k = 40; k <= 56; k++) {
            for (long b = 1; b < 40; b++) {
                same(b, 1L << k);
            }
        }
    }
}
