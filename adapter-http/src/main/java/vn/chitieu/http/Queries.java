package vn.chitieu.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.function.Function;
import vn.chitieu.access.Caller;
import vn.chitieu.application.Actors;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.text.ControlCharacters;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.UnitCode;

/** Path and query values read into domain values, a bad one refused as 400 naming the parameter. */
final class Queries {

    private Queries() {
    }

    /**
     * The before-handler of {@code /api/v1/*}: a query parameter holding a control character
     * (NUL…) is refused as 400 naming it, before any handler passes it on to storage.
     */
    static void refuseControlCharacters(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> values.forEach(value -> {
            String problem = ControlCharacters.problem(value);
            if (problem != null) {
                throw HttpProblem.badField(name, problem);
            }
        }));
    }

    /** The options of an import: the caller as the actor, {@code ?reason=}, {@code ?dryRun=}. */
    static ImportOptions importOptions(Context ctx, Caller caller) {
        ImportOptions options = ImportOptions.by(Actors.of(caller)).withReason(ctx.queryParam("reason"));
        return flag(ctx, "dryRun") ? options.asDryRun() : options;
    }

    static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw HttpProblem.badField(name, "true or false, not '" + v + "'");
        };
    }

    static UnitCode unit(String text, String field) {
        return parse(UnitCode::of, text, field, "a unit code is required");
    }

    static IndicatorCode indicator(String text, String field) {
        return parse(IndicatorCode::of, text, field, "an indicator code is required");
    }

    static Period period(String text, String field) {
        return parse(Period::parse, text, field, "a period is required (2022, 2022-H1, 2018-Q1, 2022-06)");
    }

    /** An ISO date ({@code 2026-01-01}); refused as 400 naming {@code field}. */
    static java.time.LocalDate date(String text, String field) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            throw HttpProblem.badField(field, "a date such as 2026-01-01");
        }
    }

    /** {@code text} read by {@code parser}; refused as 400 naming {@code field}, with {@code missing} when absent. */
    private static <T> T parse(Function<String, T> parser, String text, String field, String missing) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HttpProblem.badField(field, text == null ? missing : e.getMessage());
        }
    }

    /**
     * {@code ?target=95} (or {@code 95%}, {@code 95,5}): a uniform target for every row without one in force, as the
     * CLI's {@code score --target}; null when absent. Whether it fits the indicator is the use case's rule.
     */
    static ScoreFilesCommand.UniformTarget uniformTarget(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.math.BigDecimal value = parse(t -> NumberReader.percent(t).orElseThrow(
                () -> new IllegalArgumentException("a target is a number, not '" + t + "'")), text, "target", null);
        return new ScoreFilesCommand.UniformTarget("target", text, value);
    }

    static DecisionId decision(String text) {
        try {
            return DecisionId.parse(text);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.notFound("no decision '" + text + "'");
        }
    }
}
