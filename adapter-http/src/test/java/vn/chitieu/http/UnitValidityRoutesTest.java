package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Units with validFrom / validTo over HTTP (issue 14): stored as sent, listed with their dates, and as of a date. */
class UnitValidityRoutesTest {

    @TempDir
    Path dataDirectory;

    private static final String REGISTRY = """
            code,name,kind,parent,aliases,validFrom,validTo
            tinh,UBND tỉnh Tân Lộc,PROVINCE,,,,
            huyen,UBND huyện Phú Giáo,DISTRICT,tinh,,,2025-06-30
            a,Xã An Bình,COMMUNE,huyen,,,2025-06-30
            moi,Xã An Bình,COMMUNE,tinh,,2025-07-01,
            """;

    private static List<String> codes(ApiResponse r) {
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(u -> out.add(u.get("code").asText()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void unitsKeepTheirValidityAndAreListedAsOfADate(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            ApiClient api = server.client();
            ApiResponse put = api.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv", REGISTRY, Map.of());
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            assertThat(put.json().get("inserted").asLong()).isEqualTo(4);

            ApiResponse all = api.get("/api/v1/units", TestServer.ADMIN_TOKEN);
            assertThat(codes(all)).containsExactly("tinh", "huyen", "a", "moi");
            JsonNode a = all.json().get("items").get(2);
            assertThat(a.get("validTo").asText()).isEqualTo("2025-06-30");
            assertThat(a.get("validFrom").isNull()).isTrue();
            assertThat(all.json().get("items").get(3).get("validFrom").asText()).isEqualTo("2025-07-01");

            assertThat(codes(api.get("/api/v1/units?asOf=2026-01-01", TestServer.ADMIN_TOKEN))).containsExactly("tinh", "moi");
            assertThat(codes(api.get("/api/v1/units?asOf=2024-12-31", TestServer.ADMIN_TOKEN)))
                    .containsExactly("tinh", "huyen", "a");
            ApiResponse bad = api.get("/api/v1/units?asOf=31-12-2024", TestServer.ADMIN_TOKEN);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("asOf");

            ApiResponse again = api.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv", REGISTRY, Map.of());
            assertThat(again.json().get("unchanged").asLong()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void aLineageIsStoredAllOrNothingAndABadOneNamesItsLine(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            ApiClient api = server.client();
            api.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv", REGISTRY, Map.of());

            ApiResponse bad = api.send("PUT", "/api/v1/lineage", TestServer.ADMIN_TOKEN, "text/csv",
                    "from,to,share,date\na,moi,0.5,2025-07-01\n", Map.of());
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            JsonNode error = bad.json().get("errors").get(0);
            assertThat(error.get("line").asInt()).isEqualTo(2);
            assertThat(error.get("field").asText()).isEqualTo("share");

            ApiResponse good = api.send("PUT", "/api/v1/lineage", TestServer.ADMIN_TOKEN, "text/csv",
                    "from,to,share,date\na,moi,,2025-07-01\n", Map.of());
            assertThat(good.status()).as(good.body()).isEqualTo(200);
            assertThat(good.json().get("inserted").asLong()).isEqualTo(1);
            ApiResponse audit = api.get("/api/v1/audit", TestServer.ADMIN_TOKEN);
            assertThat(audit.body()).contains("LINEAGE_SET", "lineage/a/moi/2025-07-01");
        }
    }
}
