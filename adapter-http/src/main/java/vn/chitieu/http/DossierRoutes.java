package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import vn.chitieu.access.Caller;
import vn.chitieu.application.dossier.DossierImports;
import vn.chitieu.application.dossier.ImportDossiersCommand;
import vn.chitieu.application.dossier.ImportProceduresCommand;
import vn.chitieu.application.dossier.IndicatorsDocument;
import vn.chitieu.application.dossier.NationalIndexDocument;
import vn.chitieu.application.dossier.ReadIndicators;
import vn.chitieu.application.dossier.ReadIndicatorsCommand;
import vn.chitieu.application.dossier.StoredNationalIndex;
import vn.chitieu.dossier.DossierSource;
import vn.chitieu.port.out.ImportSummary;

/**
 * {@code POST /api/v1/procedures} (ADMIN, {@code text/csv}) stores the procedures catalogue;
 * {@code POST /api/v1/dossiers} ({@code text/csv} or {@code application/x-ndjson}) stores dossiers of the
 * caller's subtree, all or nothing, a stored code updated; {@code GET /api/v1/indicators?period=P[&unit=U]}
 * answers the CLI {@code indicators} JSON from the stored counts, over the caller's subtree; with
 * {@code &profile=766-2022} it answers the CLI {@code indicators --profile} JSON (points per criterion), in the
 * language of {@code Accept-Language} (Vietnamese or English).
 */
public final class DossierRoutes implements RouteGroup {

    static final String NDJSON = "application/x-ndjson";

    @Inject private DossierImports imports;
    @Inject private ReadIndicators indicators;
    @Inject private JsonBodies bodies;
    @Inject private CsvTables csv;
    @Inject private DomainMapper mapper;
    @Inject private ServerSettings settings;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/procedures", this::importProcedures, WriteRoute.ROUTE);
        routes.post("/api/v1/dossiers", this::importDossiers, WriteRoute.ROUTE);
        routes.get("/api/v1/indicators", this::indicators);
    }

    private void importProcedures(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        caller.requireAdmin("import procedures");
        ImportSummary summary = imports.importProcedures(new ImportProceduresCommand("procedures.csv",
                csv.read("procedures.csv", bodies.csv(ctx)), caller, Queries.importOptions(ctx, caller)));
        ctx.json(mapper.toJson(summary));
    }

    private void importDossiers(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        caller.requireWriter();
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        DossierSource source;
        if (type.startsWith(NDJSON)) {
            source = DossierBodies.ndjson("dossiers.ndjson", JsonBodies.bytes(ctx, settings.maxCsvBytes()));
        } else {
            byte[] body = bodies.csv(ctx);
            source = DossierBodies.csv("dossiers.csv", csv.read("dossiers.csv", body), body.length);
        }
        ImportSummary summary = imports.importDossiers(new ImportDossiersCommand(source, caller, Queries.importOptions(ctx, caller)));
        ctx.json(mapper.toJson(summary));
    }

    private void indicators(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        String unit = ctx.queryParam("unit");
        String profile = ctx.queryParam("profile");
        ReadIndicatorsCommand command = new ReadIndicatorsCommand(Queries.period(ctx.queryParam("period"), "period"),
                unit == null || unit.isBlank() ? null : unit, "unit", caller);
        if (profile != null) {
            StoredNationalIndex scored = indicators.score(command, profile, "profile");
            ctx.json(NationalIndexDocument.of(scored.scores(), scored.tree(), ProblemResponses.locale(ctx).getLanguage()));
            return;
        }
        ctx.json(IndicatorsDocument.of(indicators.read(command)));
    }
}
