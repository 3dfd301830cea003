package vn.chitieu.http;

import java.time.Instant;

/** A token as listed to an admin: never its secret nor its hash. */
public record TokenJson(String id, String role, String unit, String label, Instant createdAt, Instant revokedAt) {
}
