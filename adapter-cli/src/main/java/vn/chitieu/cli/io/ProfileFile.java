package vn.chitieu.cli.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.scoring.Band;
import vn.chitieu.scoring.IndicatorPoints;
import vn.chitieu.scoring.PointsGroup;
import vn.chitieu.scoring.ScoringProfile;
import vn.chitieu.text.NumberBounds;

/**
 * Reads a scoring profile (YAML) into a {@link ScoringProfile}. Unknown keys, wrong types and
 * broken rules (a group whose indicators do not add up to its maximum, an indicator in an
 * undefined group) are refused with the file and, where YAML tells it, the line.
 *
 * <pre>
 * name: QĐ 766/QĐ-TTg
 * groups:
 *   - {code: progress, vi: Tiến độ giải quyết, en: Progress, max: 20}
 * indicators:
 *   - {indicator: ON_TIME_RATE, group: progress, max: 20, fullAt: 100}
 * bands:
 *   - {min: 90, vi: Xuất sắc, en: Excellent}
 * </pre>
 */
public final class ProfileFile {

    /** Made when a profile is read (Jackson and YAML are hundreds of classes a command without one never loads). */
    private ObjectMapper yaml;

    private ObjectMapper yaml() {
        if (yaml == null) {
            yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
        return yaml;
    }

    /** The profile document as written. */
    public record ProfileYaml(String name, List<GroupYaml> groups, List<IndicatorYaml> indicators, List<BandYaml> bands) {
    }

    /** A group: {@code code}, names, maximum points. */
    public record GroupYaml(String code, String vi, String en, BigDecimal max) {
    }

    /**
     * An indicator's points: {@code max} earned in full from the value {@code fullAt}. {@code vi} /
     * {@code en} name an indicator that the built-in catalogue lacks (e.g. satisfaction).
     */
    public record IndicatorYaml(String indicator, String group, BigDecimal max, BigDecimal fullAt, String vi, String en) {
    }

    /** A band from {@code min} points. */
    public record BandYaml(BigDecimal min, String vi, String en) {
    }

    /** The document and the profile built from it. */
    public record Loaded(ProfileYaml document, ScoringProfile profile) {
    }

    public Loaded read(Path file) {
        return read(file.toString(), TableFiles.bytes(file));
    }

    public Loaded read(String source, byte[] bytes) {
        ProfileYaml doc;
        try {
            doc = yaml().readValue(bytes, ProfileYaml.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(at(source, e, e.getPropertyName(), "unknown key '" + e.getPropertyName()
                    + "'; known: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "))));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new InvalidInputException(at(source, e, field, PolicyFile.mappingReason(e)));
        } catch (JsonProcessingException e) {
            String twice = PolicyFile.duplicateKey(e);
            if (twice != null) {
                throw new InvalidInputException(at(source, e, twice, "duplicate key '" + twice + "': give each key once"));
            }
            throw new InvalidInputException(at(source, e, null, "not valid YAML: " + PolicyFile.oneLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(source, "cannot read the file: " + e.getMessage()));
        }
        if (doc == null) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the profile is empty"));
        }
        List<InputProblem> problems = new ArrayList<>();
        if (doc.groups() == null || doc.groups().isEmpty()) {
            problems.add(InputProblem.at(source, 0, "groups", null, "a profile needs at least one group"));
        }
        if (doc.indicators() == null || doc.indicators().isEmpty()) {
            problems.add(InputProblem.at(source, 0, "indicators", null, "a profile needs at least one indicator"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<PointsGroup> groups = new ArrayList<>();
        for (GroupYaml g : doc.groups()) {
            try {
                groups.add(new PointsGroup(g.code(), g.vi(), g.en(), bounded(g.max())));
            } catch (RuntimeException e) {
                problems.add(InputProblem.at(source, 0, "groups", g.code(), message(e)));
            }
        }
        List<IndicatorPoints> indicators = new ArrayList<>();
        for (IndicatorYaml i : doc.indicators()) {
            try {
                indicators.add(new IndicatorPoints(IndicatorCode.of(i.indicator()), i.group(), bounded(i.max()), bounded(i.fullAt())));
            } catch (RuntimeException e) {
                problems.add(InputProblem.at(source, 0, "indicators", i.indicator(), message(e)));
            }
        }
        List<Band> bands = new ArrayList<>();
        for (BandYaml b : doc.bands() == null ? List.<BandYaml>of() : doc.bands()) {
            try {
                bands.add(new Band(bounded(b.min()), b.vi(), b.en()));
            } catch (RuntimeException e) {
                problems.add(InputProblem.at(source, 0, "bands", b.vi(), message(e)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return new Loaded(doc, new ScoringProfile(doc.name(), groups, indicators, bands));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InputProblem.ofFile(source, e.getMessage()));
        }
    }

    /** A number of the profile within {@link NumberBounds}; refused (an IllegalArgumentException naming it) otherwise. */
    private static BigDecimal bounded(BigDecimal value) {
        return value == null ? null : NumberBounds.check(value.toString(), value);
    }

    private static String message(RuntimeException e) {
        return e instanceof NullPointerException ? "missing " + e.getMessage() : e.getMessage();
    }

    private static InputProblem at(String source, JsonProcessingException e, String column, String reason) {
        return InputProblem.at(source, PolicyFile.line(e.getLocation()), column, null, reason);
    }
}
