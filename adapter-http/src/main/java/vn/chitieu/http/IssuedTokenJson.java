package vn.chitieu.http;

/** A new token: {@code token} is the secret, shown this once and never again. */
public record IssuedTokenJson(String token, String id, String role, String unit) {
}
