package vn.chitieu.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.chitieu.text.VietnameseText;

/**
 * The query parameters the API reads, as its OpenAPI document names them, and the before-handler of
 * {@code /api/v1/*} that refuses one written a little wrong: {@code ?unti=krong-ana} was ignored, and the
 * answer covered every unit the caller may read; {@code ?asof=} (query names are case-sensitive) read the
 * tree of today. A name far from every one ({@code ?_=1712345}, a cache buster) is still let through.
 */
final class QueryNames {

    /** Every query parameter of every route of the document. */
    static final Set<String> KNOWN = read();

    private QueryNames() {
    }

    /** Refuses, as 400 naming it, a query parameter that names none but is a near miss of one. */
    static void refuseMisspelt(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            String meant = KNOWN.contains(name) ? null : nearMiss(name, KNOWN);
            if (meant != null) {
                throw HttpProblem.badField(name, "no query parameter is read under this name; did you mean '" + meant + "'?");
            }
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

    private static Set<String> read() {
        try (InputStream in = QueryNames.class.getResourceAsStream(DocsRoutes.OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DocsRoutes.OPENAPI_RESOURCE);
            }
            JsonNode doc = new ObjectMapper().readTree(in);
            Set<String> names = new TreeSet<>();
            doc.path("paths").forEach(path -> path.forEach(operation -> operation.path("parameters").forEach(p -> {
                JsonNode parameter = p.has("$ref")
                        ? doc.path("components").path("parameters").path(p.get("$ref").asText().replaceFirst(".*/", ""))
                        : p;
                if (parameter.path("in").asText().equals("query")) {
                    names.add(parameter.path("name").asText());
                }
            })));
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
