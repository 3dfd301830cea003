package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Steps a test takes through the API, each asserting that it worked. */
final class Api {

    private final ApiClient client;

    Api(ApiClient client) {
        this.client = client;
    }

    ApiClient client() {
        return client;
    }

    ApiResponse loadUnits(String csv) {
        ApiResponse r = client.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv", csv, Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    String token(String role, String unit) {
        ApiResponse r = client.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN, Map.of("role", role, "unit", unit));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("token").asText();
    }

    ApiResponse draft(String token, String issuer, int year, String title) {
        ApiResponse r = client.postJson("/api/v1/decisions", token, Map.of("issuer", issuer, "year", year, "title", title));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    ApiResponse setTarget(String token, String decision, String unit, String indicator, String etag, Object body) {
        return client.putJson("/api/v1/decisions/" + decision + "/assignments/" + unit + "/" + indicator, token, body,
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    ApiResponse issue(String token, String decision, String etag, String number) {
        return client.send("POST", "/api/v1/decisions/" + decision + "/issue", token, "application/json",
                ApiClient.json(Map.of("number", number, "signer", "Phạm Ngọc Nghị", "signedOn", "2022-03-01")),
                Map.of("If-Match", etag));
    }
}
