package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decision routes of issue 12 over the real server (documented responses checked against the
 * OpenAPI document by the client): list and filter, legal bases and tasks, bulk targets in CSV and
 * JSON (all or nothing), group targets, conflict at issue (409), amend, supersede, withdraw, the
 * tasks' progress, and a district's 403 on every write to the province's decision.
 */
class DecisionLifecycleRoutesTest {

    private static final String CSV = "text/csv";

    @Test
    void theProvinceDraftsWithLegalBasesAndTasksSetsTargetsInBulkIssuesAmendsAndIsRefusedAConflict() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(Province.UNITS_CSV);
            String province = api.token("EDITOR", "dak-lak");
            String district = api.token("EDITOR", "krong-pac");

            ApiResponse draft = http.postJson("/api/v1/decisions", province, Map.of("issuer", "dak-lak", "year", 2022,
                    "title", "Giao chỉ tiêu năm 2022",
                    "legalBases", List.of(Map.of("number", "3478/QĐ-UBND", "date", "2021-12-10", "issuer", "UBND tỉnh",
                            "title", "Chương trình cải cách hành chính 2021-2025")),
                    "tasks", List.of(Map.of("text", "giao chỉ tiêu cho các xã trước ngày 30/6/2022",
                            "group", Map.of("label", "UBND các huyện", "kinds", List.of("DISTRICT")),
                            "deadline", "2022-06-30"))));
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            String id = draft.json().get("id").asText();
            assertThat(draft.json().get("legalBases").get(0).get("number").asText()).isEqualTo("3478/QĐ-UBND");
            assertThat(draft.json().get("tasks").get(0).get("group").get("kinds").get(0).asText()).isEqualTo("DISTRICT");

            // one bad row of three: nothing changes, both bad rows are listed with their lines
            ApiResponse refused = http.send("PUT", "/api/v1/decisions/" + id + "/assignments", province, CSV, """
                    unit,indicator,period,target,reason
                    krong-pac,ONLINE_RATE,2022,88,
                    Huyện Không Có,ONLINE_RATE,2022,40,
                    so-y-te,ONLINE_RATE,2022,150,
                    """, Map.of("If-Match", "\"v0\""));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            List<Integer> lines = new ArrayList<>();
            refused.json().get("errors").forEach(e -> lines.add(e.get("line").asInt()));
            assertThat(lines).containsExactly(3, 4);
            assertThat(http.get("/api/v1/decisions/" + id, province).json().get("assignments")).isEmpty();

            ApiResponse bulk = http.putJson("/api/v1/decisions/" + id + "/assignments", province, Map.of(
                    "targets", List.of(Map.of("unit", "Huyện Krông Pắc", "indicator", "ONLINE_RATE", "target", 40)),
                    "groups", List.of(Map.of("group", Map.of("label", "UBND cấp xã", "kinds", List.of("COMMUNE", "WARD",
                            "TOWNSHIP")), "indicator", "DIGITIZATION_RATE", "period", "2022", "target", 15,
                            "unitOfMeasure", "%", "leadUnitName", "UBND cấp xã", "coordinatingUnit", "so-tttt",
                            "legalBasis", "Mục 7.3.4 (Bảng 2 kèm theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ)"))),
                    Map.of("If-Match", "\"v0\""));
            assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
            assertThat(bulk.header("ETag")).isEqualTo("\"v1\"");
            assertThat(bulk.json().get("assignments").get(0).get("unit").asText()).isEqualTo("krong-pac");
            JsonNode group = bulk.json().get("groupAssignments").get(0);
            assertThat(group.get("group").get("kinds")).hasSize(3);
            assertThat(group.get("legalBasis").asText()).startsWith("Mục 7.3.4");
            assertThat(group.get("coordinatingUnit").asText()).isEqualTo("so-tttt");

            ApiResponse issued = api.issue(province, id, "\"v1\"", "100/QĐ-UBND");
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);

            // a second decision giving Krông Pắc 60 % for the same indicator and year is refused at issue
            ApiResponse other = api.draft(province, "dak-lak", 2022, "Giao lại chỉ tiêu");
            String otherId = other.json().get("id").asText();
            assertThat(api.setTarget(province, otherId, "krong-pac", "ONLINE_RATE", "\"v0\"", Map.of("target", 60))
                    .status()).isEqualTo(200);
            ApiResponse conflict = api.issue(province, otherId, "\"v1\"", "200/QĐ-UBND");
            assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
            assertThat(conflict.json().get("detail").asText()).contains("100/QĐ-UBND", "200/QĐ-UBND",
                    "(krong-pac, ONLINE_RATE, 2022)");
            assertThat(http.get("/api/v1/decisions/" + otherId, province).json().get("status").asText())
                    .isEqualTo("DRAFT");

            // amending it instead: a copy linked to it; issuing it marks the first AMENDED
            ApiResponse amendment = http.postJson("/api/v1/decisions/" + id + "/amend", province, Map.of());
            assertThat(amendment.status()).as(amendment.body()).isEqualTo(201);
            String amendId = amendment.json().get("id").asText();
            assertThat(amendment.json().get("amends").asText()).isEqualTo(id);
            assertThat(amendment.json().get("groupAssignments")).hasSize(1);
            assertThat(api.setTarget(province, amendId, "krong-pac", "ONLINE_RATE", "\"v0\"", Map.of("target", 60))
                    .status()).isEqualTo(200);
            assertThat(api.issue(province, amendId, "\"v1\"", "300/QĐ-UBND").status()).isEqualTo(200);
            assertThat(http.get("/api/v1/decisions/" + id, province).json().get("status").asText()).isEqualTo("AMENDED");

            // the conflicting draft is withdrawn
            ApiResponse withdrawn = http.send("DELETE", "/api/v1/decisions/" + otherId + "?reason=tr%C3%B9ng", province,
                    null, null, Map.of("If-Match", "\"v1\""));
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
            assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");

            ApiResponse issuedList = http.get("/api/v1/decisions?year=2022&status=ISSUED", province);
            assertThat(issuedList.status()).as(issuedList.body()).isEqualTo(200);
            assertThat(issuedList.json().get("total").asInt()).isEqualTo(1);
            assertThat(issuedList.json().get("items").get(0).get("number").asText()).isEqualTo("300/QĐ-UBND");
            assertThat(http.get("/api/v1/decisions?year=2022", province).json().get("total").asInt()).isEqualTo(3);
            assertThat(http.get("/api/v1/decisions?status=NOPE", province).status()).isEqualTo(400);

            // Krông Pắc drafts and issues its own decision in time; Ea Súp does not
            ApiResponse own = api.draft(district, "krong-pac", 2022, "Giao chỉ tiêu cho các xã");
            ApiResponse ownIssued = http.postJson("/api/v1/decisions/" + own.json().get("id").asText() + "/issue",
                    district, Map.of("number", "125/QĐ-UBND", "signer", "Chủ tịch", "signedOn", "2022-06-15"));
            assertThat(ownIssued.status()).isEqualTo(428);
            ownIssued = http.send("POST", "/api/v1/decisions/" + own.json().get("id").asText() + "/issue", district,
                    "application/json", ApiClient.json(Map.of("number", "125/QĐ-UBND", "signer", "Chủ tịch",
                            "signedOn", "2022-06-15")), Map.of("If-Match", "\"v0\""));
            assertThat(ownIssued.status()).as(ownIssued.body()).isEqualTo(200);
            ApiResponse tasks = http.get("/api/v1/decisions/" + amendId + "/tasks?asOf=2022-07-01", province);
            assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
            assertThat(tasks.json().get("overdue").asInt()).isEqualTo(1);
            List<String> states = new ArrayList<>();
            tasks.json().get("rows").forEach(r -> states.add(r.get("unit").asText() + "=" + r.get("state").asText()));
            assertThat(states).containsExactlyInAnyOrder("krong-pac=DONE", "ea-sup=OVERDUE");
        }
    }

    @Test
    void aDistrictTokenGets403OnEveryWriteToTheProvincesDecision() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(Province.UNITS_CSV);
            String province = api.token("EDITOR", "dak-lak");
            String district = api.token("EDITOR", "krong-pac");
            String draftId = api.draft(province, "dak-lak", 2022, "Dự thảo của tỉnh").json().get("id").asText();
            String issuedId = api.draft(province, "dak-lak", 2023, "Đã ban hành").json().get("id").asText();
            assertThat(api.issue(province, issuedId, "\"v0\"", "5/QĐ-UBND").status()).isEqualTo(200);
            Map<String, String> v0 = Map.of("If-Match", "\"v0\"");
            String d = "/api/v1/decisions/" + draftId;

            List<ApiResponse> writes = List.of(
                    http.send("PUT", d + "/assignments", district, CSV, "unit,indicator,target\nea-kly,ONLINE_RATE,40\n", v0),
                    http.send("PUT", d + "/assignments", district, "application/json", ApiClient.json(Map.of("targets",
                            List.of(Map.of("unit", "ea-kly", "indicator", "ONLINE_RATE", "target", 40)))), v0),
                    http.send("PUT", d + "/assignments/krong-pac/ONLINE_RATE", district, "application/json",
                            ApiClient.json(Map.of("target", 40)), v0),
                    http.send("POST", d + "/issue", district, "application/json",
                            ApiClient.json(Map.of("number", "9/QĐ-UBND")), v0),
                    http.send("DELETE", d, district, null, null, v0),
                    http.postJson("/api/v1/decisions/" + issuedId + "/amend", district, Map.of()),
                    http.postJson("/api/v1/decisions/" + issuedId + "/supersede", district, Map.of()));

            assertThat(writes).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(403));
            ApiResponse read = http.get(d, province);
            assertThat(read.header("ETag")).isEqualTo("\"v0\"");
            assertThat(read.json().get("status").asText()).isEqualTo("DRAFT");
            assertThat(http.get("/api/v1/decisions", TestServer.ADMIN_TOKEN).json().get("total").asInt()).isEqualTo(2);
        }
    }
}
