package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.chitieu.access.Caller;
import vn.chitieu.application.minimum.ImportMinimums;
import vn.chitieu.application.minimum.ImportMinimumsCommand;
import vn.chitieu.application.minimum.ReadMinimums;

/**
 * {@code /api/v1/minimums}: store legal minimums (ADMIN, text/csv {@code source,indicator,kind,minimum},
 * all or nothing, as {@code import minimums} does) and list them (any caller: they are law). A
 * decision with a target below one is refused when issued (409).
 */
public final class MinimumRoutes implements RouteGroup {

    @Inject private ImportMinimums imports;
    @Inject private ReadMinimums reads;
    @Inject private JsonBodies bodies;
    @Inject private CsvTables csv;
    @Inject private DomainMapper mapper;
    @Inject private Paging paging;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.put("/api/v1/minimums", this::upload, AdminOnly.ROUTE);
        routes.get("/api/v1/minimums", this::list);
    }

    private void upload(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        ctx.json(mapper.toJson(imports.importMinimums(new ImportMinimumsCommand("minimums.csv",
                csv.read("minimums.csv", bodies.csv(ctx)), Queries.importOptions(ctx, caller)))));
    }

    private void list(Context ctx) {
        Authentication.caller(ctx);
        ctx.json(paging.page(ctx, reads.all().all().stream().map(MinimumJson::of).toList()));
    }
}
