package vn.chitieu.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One invalid field of a request; for a CSV body also the line and the offending value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldErrorJson(String field, String message, Integer line, String value) {

    public static FieldErrorJson of(String field, String message) {
        return new FieldErrorJson(field, message, null, null);
    }
}
