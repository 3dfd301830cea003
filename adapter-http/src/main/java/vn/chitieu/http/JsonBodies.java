package vn.chitieu.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import com.google.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chitieu.text.NumberBounds;
import vn.chitieu.text.UnreadableNumberException;

/**
 * Reads request bodies: JSON into a {@code *Json} record (an unknown property is refused and
 * named: no mass assignment), text/csv as UTF-8 text; each under its size limit (413).
 */
public final class JsonBodies {

    /** How much of a body over its limit is still read (and thrown away) before answering 413. */
    static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    /** Reads tokens only, to find where a number too long for {@link BoundedNumbers} was written. */
    private static final JsonFactory SCANNER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build()).build();

    private final ObjectMapper json;
    private final ServerSettings settings;

    @Inject
    public JsonBodies(ObjectMapper json, ServerSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    public <T> T read(Context ctx, Class<T> type) {
        requireContentType(ctx, "application/json");
        byte[] body = bytes(ctx, settings.maxJsonBytes());
        if (body.length == 0) {
            throw HttpProblem.badRequest("the request needs a JSON body", null);
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw HttpProblem.badRequest("the request needs a JSON object, not null", null);
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw HttpProblem.badRequest("unknown property '" + field + "'; expected only "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")),
                    List.of(FieldErrorJson.of(field, "unknown property")));
        } catch (InvalidFormatException e) {
            String field = path(e);
            throw HttpProblem.badRequest("'" + field + "' cannot be " + e.getValue(),
                    List.of(FieldErrorJson.of(field, "expected " + e.getTargetType().getSimpleName().toLowerCase(Locale.ROOT)
                            + ", got '" + e.getValue() + "'")));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw HttpProblem.badRequest("'" + field + "' has the wrong type",
                    List.of(FieldErrorJson.of(field.isEmpty() ? "body" : field, e.getOriginalMessage())));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof UnreadableNumberException number) {
                throw badNumber(path(e), number.text(), number.reason());
            }
            if (e.getCause() instanceof StreamConstraintsException tooLong) {
                throw tooLongNumber(body, tooLong);
            }
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String field = path(e);
            throw HttpProblem.badRequest(cause.getMessage(),
                    List.of(FieldErrorJson.of(field.isEmpty() ? "body" : field, rootMessage(cause))));
        } catch (StreamConstraintsException e) {
            throw tooLongNumber(body, e);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw HttpProblem.badRequest("the body cannot be read: " + e.getMessage(), null);
        }
    }

    /** A text/csv body as raw bytes, for {@link CsvTables}. */
    public byte[] csv(Context ctx) {
        requireContentType(ctx, "text/csv");
        return bytes(ctx, settings.maxCsvBytes());
    }

    /** Malformed JSON: where it breaks (line, column) when the parser knows, and the parser's words. */
    private static HttpProblem notJson(JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return HttpProblem.badRequest(at != null && at.getLineNr() > 0
                ? "the body is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                        + e.getOriginalMessage()
                : "the body is not valid JSON: " + e.getOriginalMessage(), null);
    }

    private static void requireContentType(Context ctx, String expected) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(expected)) {
            throw new HttpProblem(415, "Unsupported Media Type",
                    "this endpoint reads " + expected + ", not " + (type == null ? "a body without Content-Type" : type));
        }
    }

    /**
     * The body, refused with 413 when it is larger than {@code limit}: by its Content-Length or as
     * it is read. A refused body of up to {@link #DRAIN_LIMIT} bytes is read to its end first, so
     * that the client, still sending, gets the 413 rather than a reset connection.
     */
    static byte[] bytes(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > limit) {
                drain(in);
                throw tooLarge(declared, limit);
            }
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                drain(in);
                throw tooLarge(body.length, limit);
            }
            return body;
        } catch (IOException e) {
            throw HttpProblem.badRequest("the body cannot be read: " + e.getMessage(), null);
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n >= 0 && read < DRAIN_LIMIT; n = in.read(buffer)) {
            read += n;
        }
    }

    private static HttpProblem tooLarge(long size, int limit) {
        return new HttpProblem(413, "Content Too Large",
                "the body has " + (size > limit ? "more than " + limit : size) + " bytes; this endpoint takes at most " + limit);
    }

    private static HttpProblem badNumber(String field, String text, String reason) {
        String name = field == null || field.isEmpty() ? "body" : field;
        return HttpProblem.badRequest("'" + name + "' cannot be " + (text == null ? "that number" : text) + ": " + reason,
                List.of(FieldErrorJson.of(name, reason)));
    }

    /**
     * A written number longer than the parser takes ({@link BoundedNumbers}), named by its field:
     * found again by scanning the tokens of the body (bounded by its size limit), without parsing
     * any number. Another limit of the parser (nesting…) is answered as invalid JSON.
     */
    private static HttpProblem tooLongNumber(byte[] body, StreamConstraintsException e) {
        try (JsonParser p = SCANNER.createParser(body)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isNumeric() && p.getTextLength() > NumberBounds.MAX_LENGTH) {
                    String pointer = p.getParsingContext().pathAsPointer().toString();
                    String field = pointer.isEmpty() ? null
                            : pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
                    return badNumber(field, null, "too long (" + p.getTextLength() + " characters): a number has at most "
                            + NumberBounds.MAX_LENGTH + " characters");
                }
            }
        } catch (IOException notOnlyANumber) {
            // another limit of the parser: said below
        }
        return notJson(e);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String rootMessage(Throwable t) {
        Throwable at = t;
        while (at.getCause() != null && at.getCause() != at) {
            at = at.getCause();
        }
        return at.getMessage();
    }
}
