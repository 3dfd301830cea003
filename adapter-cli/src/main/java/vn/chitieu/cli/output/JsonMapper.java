package vn.chitieu.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/** The JSON mapper of the commands' documents: codes as their text, exact decimals written plain. */
public final class JsonMapper {

    private JsonMapper() {
    }

    /** A new mapper (the CLI's composition root makes one a run). */
    public static ObjectMapper mapper() {
        SimpleModule codes = new SimpleModule("chitieu-codes");
        codes.addSerializer(UnitCode.class, ToStringSerializer.instance);
        codes.addSerializer(IndicatorCode.class, ToStringSerializer.instance);
        codes.addSerializer(Period.class, ToStringSerializer.instance);
        return new ObjectMapper()
                .registerModule(codes)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
