package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chitieu.text.UnreadableNumberException;

/** The JSON binding bounds every number of a request body as the domain does (issue 10 #1, #7). */
class JsonNumberBoundsTest {

    private final ObjectMapper json = new HttpModule(ServerSettings.defaults()).objectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e-100000", "1e-999999999", "1e999999999", "1E+2147483647", "1e-10000000", "1e15",
            "-1e15", "0.000000000000000000001", "\"1e-999999999\"", "\"1E+2147483647\""})
    void aNumberOutOfBoundsIsRefusedAsItIsReadNamingItsField(String number) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> json.readValue("{\"target\":" + number + ",\"reason\":\"x\"}", AssignmentRequestJson.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> {
                    assertThat(e.getCause()).isInstanceOf(UnreadableNumberException.class);
                    assertThat(path((JsonMappingException) e)).isEqualTo("target");
                }));
    }

    @Test
    void aFiveThousandDigitNumberIsRefusedByTheParser() {
        String digits = "1" + "0".repeat(4999);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> json.readValue("{\"target\":" + digits + "}", AssignmentRequestJson.class))
                    .isInstanceOf(StreamConstraintsException.class);
            assertThatThrownBy(() -> json.readValue("{\"target\":0." + digits + "}", AssignmentRequestJson.class))
                    .isInstanceOf(StreamConstraintsException.class);
            assertThatThrownBy(() -> json.readValue("{\"target\":\"" + digits + "\"}", AssignmentRequestJson.class))
                    .isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(UnreadableNumberException.class);
        });
    }

    @Test
    void everyNumberOfACascadeIsBoundedWhereverItIs() {
        String[] bodies = {
            "{\"children\":[{\"unit\":\"a\",\"weight\":1},{\"unit\":\"b\",\"readiness\":1e-10000000}]}",
            "{\"children\":[{\"unit\":\"a\",\"weight\":1e999999999}]}",
            "{\"children\":[{\"unit\":\"a\",\"baseline\":1e-100000}]}",
            "{\"children\":[{\"unit\":\"a\",\"cap\":1E+2147483647}]}",
            "{\"target\":1e-999999999}",
            "{\"policy\":{\"growth\":1e-999999999}}",
            "{\"policy\":{\"granularity\":1e-10000000}}",
            "{\"policy\":{\"cap\":1e999999999}}",
            "{\"policy\":{\"uniform\":1E+2147483647}}",
            "{\"policy\":{\"floors\":{\"COMMUNE\":1e-100000}}}",
        };
        String[] paths = {"children[1].readiness", "children[0].weight", "children[0].baseline", "children[0].cap",
            "target", "policy.growth", "policy.granularity", "policy.cap", "policy.uniform", "policy.floors.COMMUNE"};
        for (int i = 0; i < bodies.length; i++) {
            String body = bodies[i];
            JsonMappingException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> catchMapping(() -> json.readValue(body, CascadeRequestJson.class)));
            assertThat(e.getCause()).as(body).isInstanceOf(UnreadableNumberException.class);
            assertThat(path(e)).as(body).isEqualTo(paths[i]);
        }
    }

    @Test
    void numbersWithinTheBoundsAreReadAsWritten() throws Exception {
        assertThat(json.readValue("{\"target\":99.96}", AssignmentRequestJson.class).target()).hasToString("99.96");
        assertThat(json.readValue("{\"target\":1e2}", AssignmentRequestJson.class).target()).isEqualByComparingTo("100");
        assertThat(json.readValue("{\"target\":999999999999999.99999999999999999999}", AssignmentRequestJson.class)
                .target()).isEqualByComparingTo("999999999999999.99999999999999999999");
        assertThat(json.readValue("{\"target\":1.0000000000000000000000000000}", AssignmentRequestJson.class).target())
                .hasToString("1");
        assertThat(json.readValue("{\"target\":null}", AssignmentRequestJson.class).target()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e-999999999", "1e999999999", "1E+2147483647", "2022.5", "1e-100000"})
    void aYearThatIsNotAWholeNumberIsRefusedQuickly(String number) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(
                () -> json.readValue("{\"issuer\":\"dak-lak\",\"year\":" + number + "}", DecisionRequestJson.class))
                .isInstanceOf(JsonProcessingException.class));
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static JsonMappingException catchMapping(Read read) {
        try {
            read.run();
        } catch (JsonMappingException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a JsonMappingException, got " + e, e);
        }
        throw new AssertionError("expected a JsonMappingException, got none");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
