package vn.chitieu.http;

/** A difference between a declared total and the sum of the rows. */
public record ScoreWarningJson(String code, String key, Long declared, Long computed, Long difference, String message) {
}
