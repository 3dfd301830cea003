package vn.chitieu.http;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The OpenAPI document kept in the repository, read by swagger-parser, and a small validator:
 * every response a test receives must be documented (path, method, status, content type) and
 * its JSON body must match the schema (required properties, types, enums, nullability).
 */
final class OpenApiContract {

    private final OpenAPI api;
    private final ObjectMapper json = new ObjectMapper();

    private OpenApiContract(OpenAPI api) {
        this.api = api;
    }

    static OpenApiContract load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(DocsRoutes.OPENAPI_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);
            if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
                throw new IllegalStateException("openapi.json does not parse: " + result.getMessages());
            }
            return new OpenApiContract(result.getOpenAPI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of the document as {@code METHOD /path/{param}}, Javalin's way of writing paths. */
    TreeSet<String> operations() {
        TreeSet<String> out = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> out.add(method.name() + " " + path)));
        return out;
    }

    /** Fails the test when the response is not what the document promises. */
    void validate(String method, String path, int status, String contentType, String body) {
        String where = method + " " + path + " → " + status;
        String template = template(path);
        if (template == null) {
            fail(where + ": the path is not in openapi.json");
        }
        PathItem item = api.getPaths().get(template);
        Operation op = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        if (op == null) {
            fail(where + ": " + method + " " + template + " is not in openapi.json");
        }
        ApiResponse response = op.getResponses().get(String.valueOf(status));
        if (response == null) {
            response = op.getResponses().getDefault();
        }
        if (response == null) {
            fail(where + ": status " + status + " is not documented for " + method + " " + template);
        }
        response = resolve(response);
        if (response.getContent() == null || response.getContent().isEmpty()) {
            if (body != null && !body.isEmpty()) {
                fail(where + ": the document says no body, the server sent " + body);
            }
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip();
        MediaType media = response.getContent().get(mediaType);
        if (media == null) {
            fail(where + ": content type '" + mediaType + "' is not documented; expected one of "
                    + response.getContent().keySet());
        }
        if (mediaType.endsWith("json") && media.getSchema() != null) {
            JsonNode node;
            try {
                node = json.readTree(body);
            } catch (IOException e) {
                fail(where + ": the body is not JSON: " + body);
                return;
            }
            List<String> errors = new ArrayList<>();
            check(media.getSchema(), node, "$", errors);
            if (!errors.isEmpty()) {
                fail(where + ": the body does not match openapi.json:\n  " + String.join("\n  ", errors) + "\nbody: "
                        + abbreviate(body));
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    private String template(String path) {
        String bare = path.split("\\?")[0];
        for (String template : api.getPaths().keySet()) {
            String regex = template.replaceAll("\\{[^/]+}", "[^/]+");
            if (bare.matches(regex)) {
                return template;
            }
        }
        return null;
    }

    private ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getResponses().get(name);
    }

    @SuppressWarnings("rawtypes")
    private Schema resolve(Schema schema) {
        Schema at = schema;
        while (at.get$ref() != null) {
            String name = at.get$ref().substring(at.get$ref().lastIndexOf('/') + 1);
            at = api.getComponents().getSchemas().get(name);
            if (at == null) {
                throw new IllegalStateException("openapi.json refers to an unknown schema " + name);
            }
        }
        return at;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void check(Schema declared, JsonNode node, String at, List<String> errors) {
        Schema schema = resolve(declared);
        if (node == null || node.isNull()) {
            if (!Boolean.TRUE.equals(schema.getNullable())) {
                errors.add(at + ": null, but the schema does not allow null");
            }
            return;
        }
        String type = schema.getType();
        if (type == null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            type = (String) schema.getTypes().iterator().next();
        }
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                if (!node.isObject()) {
                    errors.add(at + ": expected an object, got " + node.getNodeType());
                    return;
                }
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                for (String name : required) {
                    if (!node.has(name)) {
                        errors.add(at + ": required property '" + name + "' is missing");
                    }
                }
                Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    Schema property = properties.get(field.getKey());
                    if (property != null) {
                        check(property, field.getValue(), at + "." + field.getKey(), errors);
                    } else if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                        errors.add(at + ": property '" + field.getKey() + "' is not in the schema");
                    } else if (schema.getAdditionalProperties() instanceof Schema extra) {
                        check(extra, field.getValue(), at + "." + field.getKey(), errors);
                    } else if (!properties.isEmpty()) {
                        errors.add(at + ": undocumented property '" + field.getKey() + "'");
                    }
                }
            }
            case "array" -> {
                if (!node.isArray()) {
                    errors.add(at + ": expected an array, got " + node.getNodeType());
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    check(schema.getItems(), node.get(i), at + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!node.isTextual()) {
                    errors.add(at + ": expected a string, got " + node);
                } else if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                        && schema.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(node.asText()))) {
                    errors.add(at + ": '" + node.asText() + "' is not one of " + schema.getEnum());
                }
            }
            case "integer" -> {
                if (!node.isIntegralNumber()) {
                    errors.add(at + ": expected an integer, got " + node);
                }
            }
            case "number" -> {
                if (!node.isNumber()) {
                    errors.add(at + ": expected a number, got " + node);
                }
            }
            case "boolean" -> {
                if (!node.isBoolean()) {
                    errors.add(at + ": expected a boolean, got " + node);
                }
            }
            default -> errors.add(at + ": the validator does not know the type " + type);
        }
    }
}
