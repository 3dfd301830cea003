package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.chitieu.access.Caller;
import vn.chitieu.application.lineage.ImportLineage;
import vn.chitieu.application.lineage.ImportLineageCommand;

/**
 * {@code PUT /api/v1/lineage}: store the lineage of units (ADMIN, text/csv {@code from,to,share,date},
 * all or nothing, as {@code import lineage} does; domain.md §10).
 */
public final class LineageRoutes implements RouteGroup {

    @Inject private ImportLineage imports;
    @Inject private JsonBodies bodies;
    @Inject private CsvTables csv;
    @Inject private DomainMapper mapper;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.put("/api/v1/lineage", this::upload, AdminOnly.ROUTE);
    }

    private void upload(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        ctx.json(mapper.toJson(imports.importLineage(new ImportLineageCommand("lineage.csv",
                csv.read("lineage.csv", bodies.csv(ctx)), Queries.importOptions(ctx, caller)))));
    }
}
