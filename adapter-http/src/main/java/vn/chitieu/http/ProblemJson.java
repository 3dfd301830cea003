package vn.chitieu.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem ({@code application/problem+json}); {@code errors} only for validation
 * errors, {@code total} (how many were found: {@code errors} lists the first 100) only with them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemJson(String type, String title, int status, String detail, List<FieldErrorJson> errors, Long total) {
}
