package vn.chitieu.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.approval.AlreadyApprovedException;
import vn.chitieu.approval.PeriodLockedException;
import vn.chitieu.common.DomainRefusal;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.common.Texts;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.persistence.DatabaseUnavailableException;

/**
 * The one place where errors become responses: every exception a handler throws ends here as
 * {@code application/problem+json} with type, title, status and detail (and {@code errors} for
 * validation). Bad input 400, no token 401, out of scope 403, unknown 404, state conflict 409,
 * stale If-Match or version 412, body too large 413, other domain refusals 422.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final Pattern REFERENCE_CHAIN = Pattern.compile("\\s*\\(through reference chain:[^)]*\\)");
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\s*at \\[Source:.*?](?=\\s|$)", Pattern.DOTALL);
    private static final Pattern JSON_TOKEN = Pattern.compile("\\s*\\(token `JsonToken\\.[A-Z_]+`\\)");
    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "\\b(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "`?(\\b(?:java|javax|jakarta|kotlin|vn\\.chitieu|com\\.fasterxml|org\\.eclipse|org\\.jdbi|io\\.javalin)(?:\\.[A-Za-z_$][\\w$]*)+)`?");

    private final ObjectMapper json;
    private final DomainMapper mapper;

    @Inject
    public ProblemResponses(ObjectMapper json, DomainMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.exception(HttpProblem.class, (e, ctx) -> write(ctx, e.status(), e.title(), translated(e.getMessage(), ctx),
                e.errors() == null ? null : e.errors().stream().map(f -> new FieldErrorJson(f.field(),
                        translated(clean(f.message()), ctx), f.line(), f.value())).toList()));
        routes.exception(InvalidInputException.class, (e, ctx) -> write(ctx, 400, "about:blank", "Bad Request",
                // the one problem's description in the request's language, else the summary
                e.total() == 1 ? e.problems().get(0).describe(locale(ctx)) : translated(e.total()
                        + " problem(s) in the input" + (e.omitted() > 0 ? "; the first " + e.problems().size()
                        + " are listed, " + e.omitted() + " more are not" : ""), ctx),
                e.problems().stream().map(p -> {
                    FieldErrorJson f = mapper.toJson(p);
                    return new FieldErrorJson(f.field(), p.reason(locale(ctx)), f.line(), f.value());
                }).toList(), e.total()));
        routes.exception(AccessDeniedException.class, (e, ctx) -> write(ctx, 403, "Forbidden", translated(e.getMessage(), ctx), null));
        // a target below a legal minimum: 409, every target listed (unit/indicator/period, its value, minimum and source)
        routes.exception(vn.chitieu.allocation.BelowMinimumException.class, (e, ctx) -> write(ctx, 409,
                "urn:chitieu:problem:below-minimum", reason(409), e.message(locale(ctx)), e.violations().stream()
                        .map(v -> new FieldErrorJson(v.unit() + "/" + v.indicator() + (v.period() == null ? "" : "/" + v.period()),
                                translated("below the minimum " + v.minimum().describe() + " of " + v.minimum().kind(), ctx), null,
                                v.target().stripTrailingZeros().toPlainString()))
                        .toList(), null));
        routes.exception(DomainRefusal.class, (e, ctx) -> write(ctx, statusOf(e), "urn:chitieu:problem:"
                + e.code().toLowerCase(Locale.ROOT).replace('_', '-'), reason(statusOf(e)), e.message(locale(ctx)), null, null));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(),
                reason(e.getStatus()), e.getMessage(), null));
        routes.exception(BadMessageException.class, (e, ctx) -> write(ctx, e.getCode(), ServerErrors.title(e.getCode()),
                e.getCode() == 408 ? "the request body came too slowly" : "the request cannot be read", null));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, "Bad Request", translated(e.getMessage(), ctx), null));
        // a database that is down, unreachable or full: 503 within the pool's 2 s, not a 500 after 30 s
        routes.exception(Exception.class, (e, ctx) -> {
            if (e instanceof RuntimeException && DatabaseUnavailableException.in(e).isPresent()) {
                LOG.warn("database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                ctx.header("Retry-After", "5");
                write(ctx, 503, "Service Unavailable", "the database is unavailable; try again later", null);
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "Internal Server Error", "unexpected error; see the server log", null);
        });
        for (int status : new int[] {404, 405}) {
            routes.error(status, "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith(PROBLEM_JSON)) {
                    write(ctx, status, reason(status), "no route for " + ctx.method() + " " + ctx.path(), null);
                }
            });
        }
    }

    /**
     * The language of the problem details: Vietnamese when the request's {@code Accept-Language}
     * prefers it to English (the dashboard sends its own), else English, as before.
     */
    static Locale locale(Context ctx) {
        String header = ctx.header("Accept-Language");
        if (header == null || header.isBlank()) {
            return Texts.EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().toLowerCase(Locale.ROOT).split("-")[0]; // vi-VN: vi
                if (range.getWeight() > 0 && (language.equals("vi") || language.equals("en"))) {
                    return language.equals("vi") ? Texts.VI : Texts.EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return Texts.EN; // a malformed header is no reason to refuse the answer
        }
        return Texts.EN;
    }

    /** {@code english} in the request's language ({@link Texts#translate}). */
    private static String translated(String english, Context ctx) {
        return Texts.translate(english, locale(ctx));
    }

    /** A stale version is a failed precondition (someone changed it since If-Match was read). */
    private static int statusOf(DomainRefusal e) {
        if (e instanceof DecisionNotFoundException || e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof StaleVersionException) {
            return 412;
        }
        return e instanceof PeriodLockedException || e instanceof AlreadyApprovedException
                || e instanceof DecisionNotEditableException
                || e instanceof vn.chitieu.decision.DecisionConflictException
                || e instanceof vn.chitieu.decision.DecisionLifecycleException ? 409 : 422;
    }

    private void write(Context ctx, int status, String title, String detail, List<FieldErrorJson> errors) {
        write(ctx, status, "about:blank", title, detail, errors, null);
    }

    private void write(Context ctx, int status, String type, String title, String detail, List<FieldErrorJson> errors,
            Long total) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        try {
            ctx.status(status).contentType(PROBLEM_JSON)
                    .result(json.writeValueAsString(new ProblemJson(type, translated(title, ctx), status,
                            clean(translated(clean(Texts.shortened(detail)), ctx)),
                            clean(errors), total)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serializes", e);
        }
    }

    /**
     * A detail without the server's internals: Jackson's reference chains and source locations
     * are dropped, and a qualified class name (java.math.BigDecimal, vn.chitieu.http.PolicyJson)
     * becomes the kind of value the client sent or should send (number, text, object…).
     */
    static String clean(String detail) {
        if (detail == null) {
            return null;
        }
        String text = REFERENCE_CHAIN.matcher(detail).replaceAll("");
        text = SOURCE_LOCATION.matcher(text).replaceAll("");
        text = JSON_TOKEN.matcher(text).replaceAll("");
        text = EXCEPTION_NAME.matcher(text).replaceAll("");
        Matcher m = QUALIFIED_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(kindOf(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    private static List<FieldErrorJson> clean(List<FieldErrorJson> errors) {
        return errors == null ? null : errors.stream()
                .map(e -> new FieldErrorJson(e.field(), clean(e.message()), e.line(), e.value())).toList();
    }

    private static String kindOf(String qualified) {
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
        return switch (simple) {
            case "BigDecimal", "BigInteger", "Integer", "Long", "Short", "Double", "Float", "Number" -> "number";
            case "String", "CharSequence" -> "text";
            case "Boolean" -> "boolean";
            case "List", "ArrayList", "Collection", "Set" -> "array";
            default -> "object";
        };
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
