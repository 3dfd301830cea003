package vn.chitieu.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.chitieu.text.VietnameseText;

/**
 * The query parameters the API reads, route by route, as its OpenAPI document names them, and the
 * before-handler of {@code /api/v1/*} that refuses one the route would ignore: written a little wrong
 * ({@code ?unti=krong-ana} was ignored, and the answer covered every unit the caller may read; {@code ?asof=},
 * query names being case-sensitive, read the tree of today), or a parameter of another route
 * ({@code GET /api/v1/scoreboard?unit=cu-mgar} answered the caller's whole subtree, or an empty board, as if it
 * were that unit's). A name far from every one ({@code ?_=1712345}, a cache buster) is still let through.
 */
final class QueryNames {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** The document's operations with their query parameters, in its order. */
    private static final List<Operation> OPERATIONS = read();

    /** Every query parameter of every route of the document. */
    static final Set<String> KNOWN = OPERATIONS.stream().flatMap(o -> o.names().stream())
            .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet));

    private QueryNames() {
    }

    /**
     * Refuses, as 400 naming it, a query parameter the route does not read but that is a near miss of one it
     * reads, or the name (or a near miss) of one another route reads. On a path the document does not hold,
     * only near misses of the names of every route are refused.
     */
    static void refuseMisspelt(Context ctx) {
        if (ctx.queryParamMap().isEmpty()) {
            return; // most requests: no route to look up
        }
        Operation operation = operation(ctx.method().name(), ctx.path());
        Set<String> own = operation == null ? KNOWN : operation.names();
        for (String name : ctx.queryParamMap().keySet()) {
            if (own.contains(name)) {
                continue;
            }
            String meant = nearMiss(name, own);
            if (meant != null) {
                throw HttpProblem.badField(name, "no query parameter is read under this name; did you mean '" + meant + "'?");
            }
            if (operation != null && (KNOWN.contains(name) || nearMiss(name, KNOWN) != null)) {
                throw HttpProblem.badField(name, own.isEmpty() ? operation + " reads no query parameters"
                        : operation + " reads no query parameter of this name; it reads " + String.join(", ", own));
            }
        }
    }

    /** The operation of {@code method} ({@code HEAD} as {@code GET}) on {@code path}: a path of its own first, else a template's. */
    static Operation operation(String method, String path) {
        String m = method.equals("HEAD") ? "GET" : method;
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Operation templated = null;
        for (Operation o : OPERATIONS) {
            if (o.method().equals(m) && o.path().matcher(p).matches()) {
                if (o.template().equals(p)) {
                    return o;
                }
                templated = templated == null ? o : templated;
            }
        }
        return templated;
    }

    /** A route of the document: {@code GET /api/v1/decisions/{id}/tasks}, its path as a pattern, its query parameters. */
    record Operation(String method, String template, Pattern path, Set<String> names) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /**
     * The name of {@code names} that {@code name} is a near miss of, or null: the same but for case, two
     * neighbouring letters swapped, or one letter off (two in a name of eight or more); never in a name under
     * four letters.
     */
    static String nearMiss(String name, Set<String> names) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String known : names) {
            String k = known.toLowerCase(Locale.ROOT);
            int shorter = Math.min(n.length(), k.length());
            if (n.equals(k) || shorter >= 4 && (swapped(n, k) || Math.abs(n.length() - k.length()) <= 2
                    && VietnameseText.levenshtein(n, k) <= (shorter < 8 ? 1 : 2))) {
                return known;
            }
        }
        return null;
    }

    /** True when {@code a} is {@code b} with two neighbouring letters swapped. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    private static List<Operation> read() {
        try (InputStream in = QueryNames.class.getResourceAsStream(DocsRoutes.OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DocsRoutes.OPENAPI_RESOURCE);
            }
            JsonNode doc = new ObjectMapper().readTree(in);
            List<Operation> operations = new ArrayList<>();
            doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                if (!METHODS.contains(operation.getKey())) {
                    return; // a path's summary or common parameters: no route of its own
                }
                Set<String> names = new LinkedHashSet<>();
                operation.getValue().path("parameters").forEach(p -> {
                    JsonNode parameter = p.has("$ref")
                            ? doc.path("components").path("parameters").path(p.get("$ref").asText().replaceFirst(".*/", ""))
                            : p;
                    if (parameter.path("in").asText().equals("query")) {
                        names.add(parameter.path("name").asText());
                    }
                });
                // {id} stands for one segment; the rest of the path is literal
                Pattern pattern = Pattern.compile(Arrays.stream(path.getKey().split("/", -1))
                        .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                        .collect(Collectors.joining("/")));
                operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), pattern,
                        Collections.unmodifiableSet(names)));
            }));
            return List.copyOf(operations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
