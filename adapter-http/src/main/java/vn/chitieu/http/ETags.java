package vn.chitieu.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;

/**
 * Optimistic concurrency over HTTP: a decision answers with {@code ETag: "v<version>"} and an
 * update must send it back in {@code If-Match} (428 without it, 412 when it is stale). The unit
 * registry's ETag is a digest of its content; a registry upload may send it (412 when stale).
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

    /**
     * The registry's ETag: a digest of every unit as stored, so any change to any unit changes
     * it, whichever part of the registry the caller sees.
     */
    static String ofRegistry(UnitTree tree) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Unit u : tree.units()) {
                sha.update((u.code() + "\t" + u.name() + "\t" + u.kind() + "\t" + u.parent() + "\t"
                        + String.join("|", u.aliases()) + (u.isDated() ? "\t" + u.validFrom() + "\t" + u.validTo() : "")
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "\"u" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An optional If-Match on the registry: when sent, it must be the registry's current ETag (412). */
    static void requireRegistry(Context ctx, UnitTree tree) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return;
        }
        String current = ofRegistry(tree);
        if (!header.strip().equals(current)) {
            throw new HttpProblem(412, "Precondition Failed", "the unit registry has changed since you read it: If-Match "
                    + header.strip() + ", now " + current);
        }
    }
}
