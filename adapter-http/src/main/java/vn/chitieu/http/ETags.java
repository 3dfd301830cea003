package vn.chitieu.http;

import io.javalin.http.Context;

/**
 * Optimistic concurrency over HTTP: a decision answers with {@code ETag: "v<version>"} and an
 * update must send it back in {@code If-Match} (428 without it, 412 when it is stale). The unit
 * registry's ETag is its version; a registry upload may send it back (the use case refuses a stale one: 412).
 */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"v" + version + "\"";
    }

    /** The version the caller read, from If-Match; refused when missing or not one of ours. */
    static long required(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new HttpProblem(428, "Precondition Required",
                    "this update needs If-Match with the ETag of the version you read (GET it first)");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.matches("\"v\\d{1,18}\"")) {
            throw new HttpProblem(412, "Precondition Failed", "If-Match " + header + " is not an ETag of this resource");
        }
        return Long.parseLong(tag.substring(2, tag.length() - 1));
    }

    /** The registry's ETag: its version ({@code ListUnits}), quoted. */
    static String ofRegistry(String version) {
        return "\"" + version + "\"";
    }

    /** The registry version an upload was made from: its optional If-Match unquoted; null when absent or {@code *}. */
    static String registryRead(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        return tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }
}
