package vn.chitieu.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem ({@code application/problem+json}); {@code errors} only for validation errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemJson(String type, String title, int status, String detail, List<FieldErrorJson> errors) {
}
