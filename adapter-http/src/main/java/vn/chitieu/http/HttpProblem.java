package vn.chitieu.http;

import java.util.List;

/**
 * A refusal decided by the HTTP adapter itself (bad body, unknown decision, stale If-Match, body
 * too large…), turned into problem+json by {@link ProblemResponses} like every other error.
 */
public class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient List<FieldErrorJson> errors;

    public HttpProblem(int status, String title, String detail, List<FieldErrorJson> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public HttpProblem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public static HttpProblem badRequest(String detail, List<FieldErrorJson> errors) {
        return new HttpProblem(400, "Bad Request", detail, errors);
    }

    public static HttpProblem badField(String field, String message) {
        return badRequest(field + ": " + message, List.of(FieldErrorJson.of(field, message)));
    }

    public static HttpProblem notFound(String detail) {
        return new HttpProblem(404, "Not Found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldErrorJson> errors() {
        return errors;
    }
}
