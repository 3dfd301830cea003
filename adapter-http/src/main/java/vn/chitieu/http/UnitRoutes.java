package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.chitieu.access.Caller;
import vn.chitieu.application.imports.ImportUnitsCommand;
import vn.chitieu.application.imports.ImportUnitsUseCase;
import vn.chitieu.application.unit.ListUnits;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.port.out.ImportSummary;

/**
 * {@code /api/v1/units}: upload units (ADMIN, text/csv, all or nothing, rows whose parent is stored
 * accepted, as {@code import units} does; If-Match optional)
 * and list the units a caller may see. Both answer with the registry's ETag.
 */
public final class UnitRoutes implements RouteGroup {

    @Inject private ListUnits listing;
    @Inject private ImportUnitsUseCase imports;
    @Inject private JsonBodies bodies;
    @Inject private CsvTables csv;
    @Inject private DomainMapper mapper;
    @Inject private Paging paging;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.put("/api/v1/units", this::upload, AdminOnly.ROUTE);
        routes.get("/api/v1/units", this::list);
    }

    private void upload(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        ImportSummary summary = imports.importUnits(new ImportUnitsCommand("units.csv",
                csv.read("units.csv", bodies.csv(ctx)), Queries.importOptions(ctx, caller), ETags.registryRead(ctx)));
        if (!summary.errors().isEmpty()) {
            throw new InvalidInputException(summary.errors());
        }
        ctx.header("ETag", ETags.ofRegistry(listing.version())).json(mapper.toJson(summary));
    }

    private void list(Context ctx) {
        String asOf = ctx.queryParam("asOf");
        String parent = ctx.queryParam("parent");
        ListUnits.Listed listed = listing.list(Authentication.caller(ctx),
                asOf == null || asOf.isBlank() ? null : Queries.date(asOf, "asOf"),
                parent == null || parent.isBlank() ? null : Queries.unit(parent, "parent"));
        ctx.header("ETag", ETags.ofRegistry(listed.version()))
                .json(paging.page(ctx, listed.units().stream().map(mapper::toJson).toList()));
    }
}
