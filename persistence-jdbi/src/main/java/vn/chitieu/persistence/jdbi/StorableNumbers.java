package vn.chitieu.persistence.jdbi;

import java.math.BigDecimal;
import java.sql.Types;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds a {@link BigDecimal} only when the PostgreSQL driver can send it intact. pgjdbc 42.7
 * sends numeric parameters in binary: a value with more than 16383 decimals is refused by the
 * server in a way that left the connection broken, one with an exponent of 10^131072 or more is
 * silently sent as 0, and {@code 1e-999999999} throws {@link ArithmeticException} as it is
 * encoded. The adapters bound every number far tighter (the domain's {@code NumberBounds}); this
 * is the last line: such a number is refused here, before the statement reaches the driver.
 */
final class StorableNumbers extends AbstractArgumentFactory<BigDecimal> {

    /** Digits after the decimal point, and before it, that a stored number may have. */
    static final int MAX_DIGITS = 1000;

    StorableNumbers() {
        super(Types.NUMERIC);
    }

    @Override
    protected Argument build(BigDecimal value, ConfigRegistry config) {
        check(value);
        return (position, statement, context) -> statement.setBigDecimal(position, value);
    }

    static void check(BigDecimal value) {
        long scale = value.scale();
        long integerDigits = value.signum() == 0 ? 0 : value.precision() - scale;
        if (scale > MAX_DIGITS || integerDigits > MAX_DIGITS || -scale > MAX_DIGITS) {
            throw new IllegalArgumentException("the number " + (scale > 0 ? "with " + scale + " decimals"
                    : "of " + integerDigits + " digits") + " cannot be stored: a stored number has at most "
                    + MAX_DIGITS + " digits before and after the decimal point");
        }
    }
}
