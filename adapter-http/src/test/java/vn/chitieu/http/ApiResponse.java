package vn.chitieu.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;

/** What a test received: status, headers and body, the body readable as JSON. */
record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String contentType() {
        return header("Content-Type");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
