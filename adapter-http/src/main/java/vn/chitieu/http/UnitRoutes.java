package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import vn.chitieu.access.Caller;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportLine;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Units;
import vn.chitieu.table.Table;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * {@code /api/v1/units}: upload the registry (ADMIN, text/csv, all or nothing; If-Match optional)
 * and list the units a caller may see. Both answer with the registry's ETag.
 */
public final class UnitRoutes implements RouteGroup {

    private final Units units;
    private final JsonBodies bodies;
    private final CsvTables csv;
    private final DomainMapper mapper;
    private final Paging paging;

    @Inject
    public UnitRoutes(Units units, JsonBodies bodies, CsvTables csv, DomainMapper mapper, Paging paging) {
        this.units = units;
        this.bodies = bodies;
        this.csv = csv;
        this.mapper = mapper;
        this.paging = paging;
    }

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
        UnitTree tree = UnitsTable.read(table);
        List<ImportLine<Unit>> lines = new ArrayList<>();
        List<Unit> read = tree.units();
        for (int i = 0; i < read.size(); i++) {
            lines.add(new ImportLine<>(table.rows().get(i).line(), read.get(i)));
        }
        ImportOptions options = ImportOptions.by(Authentication.actor(caller)).withReason(ctx.queryParam("reason"));
        ImportSummary summary = units.importUnits(new ImportFile<>("units.csv", lines),
                Queries.flag(ctx, "dryRun") ? options.asDryRun() : options);
        if (!summary.errors().isEmpty()) {
            throw new InvalidInputException(summary.errors());
        }
        ctx.header("ETag", ETags.ofRegistry(units.tree())).json(mapper.toJson(summary));
    }

    private void list(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        UnitTree tree = units.tree();
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
        ctx.header("ETag", ETags.ofRegistry(tree)).json(paging.page(ctx, visible.stream().map(mapper::toJson).toList()));
    }
}
