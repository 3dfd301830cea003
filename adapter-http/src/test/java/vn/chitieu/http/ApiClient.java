package vn.chitieu.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A client of the running server, as a tool would call it: real HTTP on 127.0.0.1. Every
 * response is checked against openapi.json before the test sees it.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final OpenApiContract contract;

    ApiClient(int port, OpenApiContract contract) {
        this.base = "http://127.0.0.1:" + port;
        this.contract = contract;
    }

    ApiResponse get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    ApiResponse postJson(String path, String token, Object body) {
        return send("POST", path, token, "application/json", json(body), Map.of());
    }

    ApiResponse putJson(String path, String token, Object body, Map<String, String> headers) {
        return send("PUT", path, token, "application/json", json(body), headers);
    }

    ApiResponse delete(String path, String token) {
        return send("DELETE", path, token, null, null, Map.of());
    }

    ApiResponse send(String method, String path, String token, String contentType, String body,
            Map<String, String> headers) {
        ApiResponse response = exchange(method, path, token, contentType, body, headers);
        contract.validate(method, path, response.status(), response.contentType(), response.body());
        return response;
    }

    /** Without the document check: for static files, which the document does not describe. */
    ApiResponse exchange(String method, String path, String token, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
