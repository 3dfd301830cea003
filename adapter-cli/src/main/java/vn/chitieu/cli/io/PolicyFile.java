package vn.chitieu.cli.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.InvalidPolicyException;
import vn.chitieu.allocation.NoBaselineRule;
import vn.chitieu.allocation.Rounding;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.text.NumberBounds;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.UnitKind;

/**
 * Reads a {@code policy.yaml} (contracts.md) into an {@link AllocationPolicy}. An unknown key, a
 * value of the wrong type, an unknown rounding or unit kind, and a policy the domain refuses (a
 * floor above the cap…) are all {@link InvalidInputException}s naming the file, the line of the
 * key and the reason; so is a number beyond {@link NumberBounds} ({@code growth: 1e-999999999}).
 */
public final class PolicyFile {

    private final TableFiles files;
    /** Made when a policy is read (Jackson and YAML are hundreds of classes a command without a policy never loads). */
    private ObjectMapper yaml;

    @Inject
    public PolicyFile(TableFiles files) {
        this.files = files;
    }

    private ObjectMapper yaml() {
        if (yaml == null) {
            yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
        return yaml;
    }

    /** The policy file as written: every key optional, none other allowed. */
    record PolicyYaml(String indicator, BigDecimal growth, String rounding, BigDecimal granularity, BigDecimal cap,
            Map<String, BigDecimal> floors, String noBaseline, BigDecimal uniform) {
    }

    public AllocationPolicy read(Path file) {
        return parse(file.toString(), files.readText(file));
    }

    /** Reads policy text; {@code source} names it in errors. */
    public AllocationPolicy parse(String source, String text) {
        if (text.isBlank()) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the policy file is empty"));
        }
        PolicyYaml p;
        try {
            p = yaml().readValue(text, PolicyYaml.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? ""
                    : "; known keys: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
            // Jackson reports a record's unknown key where the object ends; the key's own line is what a user needs
            Key key = keys(source, text).get(path(e));
            throw new InvalidInputException(InputProblem.at(source, key != null ? key.line() : line(e.getLocation()),
                    e.getPropertyName(), key == null ? null : key.value(), "unknown key '" + e.getPropertyName() + "'" + known));
        } catch (InvalidFormatException e) {
            throw new InvalidInputException(InputProblem.at(source, line(e.getLocation()), path(e),
                    String.valueOf(e.getValue()), "expected " + kind(e.getTargetType()) + " (write numbers as 99.5, not 99,5%)"));
        } catch (JsonMappingException e) {
            throw new InvalidInputException(InputProblem.at(source, line(e.getLocation()), path(e), null,
                    mappingReason(e)));
        } catch (JsonProcessingException e) {
            String twice = PolicyFile.duplicateKey(e);
            if (twice != null) {
                throw new InvalidInputException(InputProblem.at(source, line(e.getLocation()), twice, null,
                        "duplicate key '" + twice + "': give each key once"));
            }
            throw new InvalidInputException(InputProblem.at(source, line(e.getLocation()), null, null,
                    "not valid YAML: " + oneLine(e.getOriginalMessage())));
        }
        if (p == null) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the policy file is empty"));
        }
        Map<String, Key> keys = keys(source, text);
        List<InputProblem> problems = new ArrayList<>();
        IndicatorCode indicator = null;
        if (p.indicator() != null) {
            try {
                indicator = IndicatorCode.of(p.indicator().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem(source, keys, "indicator", e.getMessage()));
            }
            if (indicator != null && IndicatorCatalogue.builtIn().find(indicator).isEmpty()) {
                problems.add(problem(source, keys, "indicator", "unknown indicator; known: " + IndicatorCatalogue.builtIn()
                        .all().stream().map(i -> i.code().value()).collect(Collectors.joining(", "))));
                indicator = null;
            }
        }
        Rounding rounding = null;
        if (p.rounding() != null) {
            rounding = parseEnum(Rounding.class, p.rounding());
            if (rounding == null) {
                problems.add(problem(source, keys, "rounding", "one of CEIL, HALF_UP, NONE"));
            }
        }
        NoBaselineRule noBaseline = null;
        if (p.noBaseline() != null) {
            noBaseline = parseEnum(NoBaselineRule.class, p.noBaseline());
            if (noBaseline == null) {
                problems.add(problem(source, keys, "noBaseline", "one of FLOOR, CAP"));
            }
        }
        Map<UnitKind, BigDecimal> floors = new EnumMap<>(UnitKind.class);
        if (p.floors() != null) {
            for (Map.Entry<String, BigDecimal> f : p.floors().entrySet()) {
                UnitKind kind = UnitKind.parse(f.getKey()).orElse(null);
                if (kind == null) {
                    problems.add(problem(source, keys, "floors." + f.getKey(), "unknown unit kind '" + f.getKey()
                            + "'; one of " + java.util.Arrays.toString(UnitKind.values())));
                } else if (f.getValue() == null) {
                    problems.add(problem(source, keys, "floors." + f.getKey(), "a floor needs a value"));
                } else {
                    floors.put(kind, bounded(source, keys, "floors." + f.getKey(), f.getValue(), problems));
                }
            }
        }
        BigDecimal growth = bounded(source, keys, "growth", p.growth(), problems);
        BigDecimal granularity = bounded(source, keys, "granularity", p.granularity(), problems);
        BigDecimal cap = bounded(source, keys, "cap", p.cap(), problems);
        BigDecimal uniform = bounded(source, keys, "uniform", p.uniform(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return new AllocationPolicy(indicator, growth, rounding, granularity, cap, floors, noBaseline, uniform);
        } catch (InvalidPolicyException e) {
            String field = e.field();
            if (field.startsWith("floors.") && !keys.containsKey(field)) {
                field = keys.keySet().stream().filter(k -> k.equalsIgnoreCase(e.field())).findFirst().orElse(field);
            }
            throw new InvalidInputException(problem(source, keys, field, e.reason()));
        }
    }

    /**
     * The reason of a YAML value of the wrong shape, without Jackson's words for chitieu's classes: a single value
     * or a list where keys and values are expected ("Cannot construct instance of `vn.chitieu…`") reads as such.
     */
    static String mappingReason(JsonMappingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Cannot construct instance of") || m.contains("`vn.chitieu.")) {
            return e.getPath().isEmpty() ? "the file must hold keys and values (one 'key: value' a line), not a single value or a list"
                    : "expected keys and values here (a YAML mapping), not a single value or a list";
        }
        if (m.startsWith("Cannot deserialize value of type `java.math.BigDecimal`")
                || m.startsWith("Cannot deserialize value of type `java.lang.Integer`")
                || m.startsWith("Cannot deserialize value of type `int`")) {
            return "expected one number here, not a list or keys and values";
        }
        return m;
    }

    /** The YAML parser's message on one line: one reason, which a translation replaces whole (its caret picture is lost). */
    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }

    /** The key a YAML document gives twice (refused: which value counts is unknown), or null. */
    static String duplicateKey(JsonProcessingException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Duplicate field '(.*)'$")
                .matcher(String.valueOf(e.getOriginalMessage()));
        return m.matches() ? m.group(1) : null;
    }

    /** {@code value} within {@link NumberBounds}, or null with a problem naming the key, its line and value. */
    private static BigDecimal bounded(String source, Map<String, Key> keys, String field, BigDecimal value,
            List<InputProblem> problems) {
        if (value == null) {
            return null;
        }
        Key key = keys.get(field);
        try {
            return NumberBounds.check(key == null || key.value() == null ? value.toString() : key.value(), value);
        } catch (UnreadableNumberException e) {
            problems.add(problem(source, keys, field, e.reason()));
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text.strip()))
                .findFirst().orElse(null);
    }

    private static InputProblem problem(String source, Map<String, Key> keys, String field, String reason) {
        Key k = keys.get(field);
        if (k == null && field.contains(".")) {
            k = keys.get(field.substring(0, field.indexOf('.')));
        }
        return InputProblem.at(source, k == null ? 0 : k.line(), field, k == null ? null : k.value(), reason);
    }

    /** Where a key and its scalar value are written, by dotted path ({@code floors.WARD}). */
    record Key(int line, String value) {
    }

    private Map<String, Key> keys(String source, String text) {
        Map<String, Key> out = new HashMap<>();
        try (JsonParser parser = yaml().getFactory().createParser(text)) {
            Deque<String> path = new ArrayDeque<>(); // outermost key first
            String field = null;
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    out.put(dotted(path, field), new Key(line(parser.currentTokenLocation()), null));
                } else if (t == JsonToken.START_OBJECT) {
                    if (field != null) {
                        path.addLast(field);
                    }
                    field = null;
                } else if (t == JsonToken.END_OBJECT) {
                    path.pollLast();
                } else if (t.isScalarValue() && field != null) {
                    String full = dotted(path, field);
                    Key k = out.get(full);
                    out.put(full, new Key(k == null ? 0 : k.line(), parser.getText()));
                    field = null;
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(source, "not valid YAML: " + oneLine(e.getMessage())));
        }
        return out;
    }

    private static String dotted(Deque<String> path, String field) {
        return path.isEmpty() ? field : String.join(".", path) + "." + field;
    }

    /** The line of {@code location}, 0 when unknown. */
    static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? 0 : location.getLineNr();
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
        return p.isEmpty() ? null : p;
    }

    private static String kind(Class<?> type) {
        return BigDecimal.class.equals(type) || Number.class.isAssignableFrom(type) ? "a number" : type.getSimpleName();
    }
}
