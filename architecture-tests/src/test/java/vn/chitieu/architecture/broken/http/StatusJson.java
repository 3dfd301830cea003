package vn.chitieu.architecture.broken.http;

/** Not broken: a JSON DTO in the HTTP adapter, so the *Json rule has something to hold for. */
public record StatusJson(String status) {
}
