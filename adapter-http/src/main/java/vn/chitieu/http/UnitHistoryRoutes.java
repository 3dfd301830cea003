package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.chitieu.application.history.ReadUnitHistory;
import vn.chitieu.application.history.UnitHistory;
import vn.chitieu.application.history.UnitHistoryCommand;

/**
 * {@code GET /api/v1/units/{code}/results}: a unit's results over every period on record and the
 * targets of issued decisions ({@link ReadUnitHistory}); 403 outside the caller's subtree.
 */
public final class UnitHistoryRoutes implements RouteGroup {

    @Inject private ReadUnitHistory history;
    @Inject private DomainMapper mapper;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/units/{code}/results", this::results);
    }

    private void results(Context ctx) {
        UnitHistory h = history.read(new UnitHistoryCommand(Authentication.caller(ctx),
                Queries.unit(ctx.pathParam("code"), "code")));
        ctx.json(new UnitHistoryJson(mapper.toJson(h.unit()),
                h.results().stream().map(r -> new UnitResultJson(r.indicator().value(), r.period().toString(),
                        r.numerator(), r.denominator(), r.value())).toList(),
                h.targets().stream().map(t -> new UnitTargetJson(t.assignment().indicator().value(),
                        t.assignment().period().toString(), t.assignment().target(), t.decision().toString(), t.number(),
                        t.year(), t.status().name(), t.assignment().reason())).toList()));
    }
}
