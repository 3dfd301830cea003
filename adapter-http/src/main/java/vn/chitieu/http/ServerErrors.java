package vn.chitieu.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a malformed request line, headers too large, a body sent too
 * slowly: refused before any route runs) as {@code application/problem+json} like every other
 * error, instead of Jetty's HTML page, and with no server internals in the detail.
 */
final class ServerErrors extends ErrorHandler {

    private final ObjectMapper json;

    ServerErrors(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.write(true, badMessageError(code, message, response.getHeaders()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON);
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(problem(status));
    }

    private byte[] problem(int status) {
        try {
            return json.writeValueAsString(new ProblemJson("about:blank", title(status), status, detail(status), null,
                    null)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serializes", e);
        }
    }

    static String title(int status) {
        return switch (status) {
            case 408 -> "Request Timeout";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> ProblemResponses.reason(status);
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (request line, URI or headers)";
            case 408 -> "the request was not sent in time, or its body came too slowly";
            case 413 -> "the request is too large";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "unexpected error; see the server log" : "the request was refused";
        };
    }
}
