package vn.chitieu.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import vn.chitieu.text.ControlCharacters;
import vn.chitieu.text.NumberBounds;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.text.VietnameseText;

/**
 * JSON numbers bounded as the domain bounds every number ({@link NumberBounds}): a written number
 * longer than {@link NumberBounds#MAX_LENGTH} characters is refused by the parser, and every
 * {@link BigDecimal} of a request (a target, a weight, a readiness, a policy value…) is refused
 * when it is too large or too fine, as soon as it is read: {@code 1e-100000} never reaches the
 * arithmetic or the database. Every string is refused with a control character (a NUL would
 * reach PostgreSQL and fail there) and read in NFC. {@link JsonBodies} answers 400 naming the
 * field and the value.
 */
final class BoundedNumbers {

    private BoundedNumbers() {
    }

    /** The parser's limit on the length of a written number. */
    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNumberLength(NumberBounds.MAX_LENGTH).build();
    }

    /** The module that reads every {@link BigDecimal} within the bounds. */
    static SimpleModule module() {
        return new SimpleModule("bounded-numbers").addDeserializer(BigDecimal.class, new Decimal())
                .addDeserializer(String.class, new Text());
    }

    /** Every JSON string of a request: refused with a control character (NUL…), else in NFC. */
    private static final class Text extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text == null) {
                return null;
            }
            String problem = ControlCharacters.problem(text);
            if (problem != null) {
                throw JsonMappingException.from(p, problem);
            }
            return VietnameseText.nfc(text);
        }
    }

    private static final class Decimal extends NumberDeserializers.BigDecimalDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
                    || p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
            try {
                NumberBounds.checkLength(text);
                return NumberBounds.check(text, super.deserialize(p, ctxt));
            } catch (UnreadableNumberException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
