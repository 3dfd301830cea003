package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.List;
import vn.chitieu.access.Caller;
import vn.chitieu.application.dossier.ScoreStoredDossiers;
import vn.chitieu.application.imports.ImportResultsCommand;
import vn.chitieu.application.imports.ImportResultsUseCase;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.table.CsvStyle;
import vn.chitieu.table.Table;

/**
 * {@code POST /api/v1/results} imports actual results (long or wide CSV, all or nothing, units
 * of the caller's subtree only) and {@code GET /api/v1/scoreboard} scores them against the
 * targets of the decisions in force ({@link ScorePeriod}), over the caller's subtree only; with
 * {@code source=dossiers} the results are the figures computed from the stored dossiers ({@link ScoreStoredDossiers}).
 */
public final class ResultRoutes implements RouteGroup {

    @Inject private ImportResultsUseCase imports;
    @Inject private ScorePeriod scoring;
    @Inject private ScoreStoredDossiers fromDossiers;
    @Inject private JsonBodies bodies;
    @Inject private CsvTables csv;
    @Inject private DomainMapper mapper;
    @Inject private ScoreboardMapper boards;
    /** The JSON of the scoreboards lately answered, by board ({@link #rendered}). */
    private final java.util.Map<Kept, byte[]> written = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/results", this::importResults, WriteRoute.ROUTE);
        routes.get("/api/v1/scoreboard", this::scoreboard);
    }

    private void importResults(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        caller.requireWriter();
        Table table = csv.read("results.csv", bodies.csv(ctx));
        String periodText = ctx.queryParam("period");
        Period period = periodText == null || periodText.isBlank() ? null : Queries.period(periodText, "period");
        ImportSummary summary = imports.importResults(new ImportResultsCommand("results.csv", table, period, caller,
                Queries.importOptions(ctx, caller)));
        if (!summary.errors().isEmpty()) {
            throw new InvalidInputException(summary.errors());
        }
        ctx.json(mapper.toJson(summary));
    }

    private void scoreboard(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        List<String> indicators = ctx.queryParams("indicator").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (indicators.size() > 1) {
            if (fromDossiers(ctx)) {
                throw HttpProblem.badField("indicator", "source=dossiers scores one indicator at a time");
            }
            scoreboards(ctx, caller, indicators);
            return;
        }
        ScoreStoredCommand command = new ScoreStoredCommand(caller,
                Queries.indicator(ctx.queryParam("indicator"), "indicator"), Queries.period(ctx.queryParam("period"), "period"),
                List.of(), Queries.uniformTarget(ctx.queryParam("target")), null, null, null);
        ScoredPeriod scored = fromDossiers(ctx) ? fromDossiers.scored(command) : scoring.scored(command);
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank() || format.equals("json")) {
            ctx.contentType(ContentType.APPLICATION_JSON).result(rendered(ctx, scored));
            return;
        }
        file(ctx, format, boards.toJson(scored, lang(ctx)), command.indicator() + "-" + command.period(),
                command.indicator().value(), true);
    }

    /**
     * {@code indicator=A&indicator=B} (or {@code indicator=A,B}): one scoreboard per indicator side by
     * side, {@code {"period","indicators","scoreboards":[…]}}; csv and xlsx hold the rows of each in
     * turn (every row names its indicator). One indicator keeps the single scoreboard's shape.
     */
    private void scoreboards(Context ctx, Caller caller, List<String> texts) {
        List<IndicatorCode> codes = texts.stream().map(t -> Queries.indicator(t, "indicator")).toList();
        Period period = Queries.period(ctx.queryParam("period"), "period");
        List<ScoreboardJson> json = scoring.scoredEach(new ScoreStoredCommand(caller, codes.get(0), period, List.of(),
                Queries.uniformTarget(ctx.queryParam("target")), null, null, null), codes).stream().map(b -> boards.toJson(b, lang(ctx))).toList();
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank() || format.equals("json")) {
            ctx.json(new ScoreboardsJson(period.toString(), codes.stream().map(Object::toString).toList(), json));
            return;
        }
        ScoreboardJson all = new ScoreboardJson(json.stream().flatMap(b -> b.rows().stream()).toList(), null, List.of());
        file(ctx, format, all, String.join("-", codes.stream().map(Object::toString).toList()) + "-" + period,
                "scoreboard", false);
    }

    /**
     * {@code format=csv} or {@code xlsx}: {@code board} as the file {@code scoreboard-<name>.csv|xlsx}, e.g.
     * {@code scoreboard-ON_TIME_RATE-2018-Q1.csv}: {@code name} from the parsed (hence safe) indicators and period;
     * its rows on the sheet {@code sheet}, with the chart sheet when {@code chart}.
     */
    private static void file(Context ctx, String format, ScoreboardJson board, String name, String sheet,
            boolean chart) {
        String attachment = "attachment; filename=\"scoreboard-" + name + ".";
        if (format.equals("csv")) {
            ctx.contentType(ScoreboardFiles.CSV).header("Content-Disposition", attachment + "csv\"")
                    .result(ScoreboardFiles.csv(board, csvStyle(ctx.queryParam("csvStyle"))));
        } else if (format.equals("xlsx")) {
            ctx.contentType(ScoreboardFiles.XLSX).header("Content-Disposition", attachment + "xlsx\"")
                    .result(ScoreboardFiles.xlsx(board, sheet, chart, ProblemResponses.locale(ctx)));
        } else {
            throw HttpProblem.badField("format", "json, csv or xlsx, not '" + format + "'");
        }
    }

    /**
     * {@code source=dossiers}: the figures computed from the stored dossiers are the results
     * ({@link ScoreStoredDossiers}); {@code source=results} (the default): the stored results.
     */
    private static boolean fromDossiers(Context ctx) {
        String source = ctx.queryParam("source");
        if (source == null || source.isBlank() || source.equals("results")) {
            return false;
        }
        if (source.equals("dossiers")) {
            return true;
        }
        throw HttpProblem.badField("source", "results or dossiers, not '" + source + "'");
    }

    /** {@code csvStyle=plain} (the default, with a BOM) or {@code excel} (Vietnamese Excel). */
    private static CsvStyle csvStyle(String text) {
        try {
            return text == null || text.isBlank() ? CsvStyle.PLAIN.withBom(true) : CsvStyle.of(text, null).withBom(true);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badField("csvStyle", e.getMessage());
        }
    }

    /**
     * The JSON of {@code scored} as UTF-8, written once per scoreboard the use case computed: while the store
     * is not written to, {@link ScorePeriod} answers the board it kept, the same object, whose JSON is
     * then the same too (which board is still right is the use case's rule, not the route's).
     */
    private byte[] rendered(Context ctx, ScoredPeriod scored) {
        String lang = lang(ctx);
        Kept key = new Kept(scored, lang);
        byte[] body = written.get(key);
        if (body == null) {
            body = ctx.jsonMapper().toJsonString(boards.toJson(scored, lang), ScoreboardJson.class)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (written.size() >= 64) {
                written.clear(); // boards of older versions are never asked for again
            }
            written.put(key, body);
        }
        return body;
    }

    /**
     * The language of a scoreboard's warnings ({@code vi} or {@code en}): the request's Accept-Language read as for
     * its problems; Vietnamese, as they always were, when the request names no language.
     */
    private static String lang(Context ctx) {
        String header = ctx.header("Accept-Language");
        return header == null || header.isBlank() ? "vi" : ProblemResponses.locale(ctx).getLanguage();
    }

    /**
     * A scoreboard by identity, in a language: two kept boards are the same board only when they are the same
     * object; its warnings are written in each language asked for.
     */
    private record Kept(ScoredPeriod scored, String lang) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Kept k && k.scored == scored && k.lang.equals(lang);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(scored) * 31 + lang.hashCode();
        }
    }
}
