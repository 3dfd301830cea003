package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import vn.chitieu.access.Caller;
import vn.chitieu.application.imports.ImportUnitsCommand;
import vn.chitieu.application.imports.ImportUnitsUseCase;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Units;
import vn.chitieu.table.Table;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * {@code /api/v1/units}: upload units (ADMIN, text/csv, all or nothing, rows whose parent is stored
 * accepted, as {@code import units} does; If-Match optional)
 * and list the units a caller may see. Both answer with the registry's ETag.
 */
public final class UnitRoutes implements RouteGroup {

    @Inject private Units units;
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
        byte[] body = bodies.csv(ctx);
        ETags.requireRegistry(ctx, units.tree());
        Table table = csv.read("units.csv", body);
        ImportSummary summary = imports.importUnits(new ImportUnitsCommand("units.csv", table,
                Queries.importOptions(ctx, caller)));
        if (!summary.errors().isEmpty()) {
            throw new InvalidInputException(summary.errors());
        }
        ctx.header("ETag", ETags.ofRegistry(units.tree())).json(mapper.toJson(summary));
    }

    private void list(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        UnitTree registry = units.tree();
        String asOf = ctx.queryParam("asOf");
        // asOf: the units valid on that date (domain.md §10); the ETag stays the registry's
        UnitTree tree = asOf == null || asOf.isBlank() ? registry : registry.asOf(Queries.date(asOf, "asOf"));
        String parent = ctx.queryParam("parent");
        List<Unit> visible;
        if (parent == null || parent.isBlank()) {
            visible = caller.visible(tree);
        } else {
            UnitCode code = Queries.unit(parent, "parent");
            caller.requireRead(tree, code);
            if (!tree.contains(code)) {
                throw HttpProblem.notFound("no unit '" + code + "'");
            }
            visible = tree.childrenOf(code);
        }
        ctx.header("ETag", ETags.ofRegistry(registry)).json(paging.page(ctx, visible.stream().map(mapper::toJson).toList()));
    }
}
