package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import vn.chitieu.indicator.IndicatorCatalogue;

/** {@code GET /api/v1/indicators/catalogue}: the indicators the server knows (the dashboard's choice of indicator). */
public final class CatalogueRoutes implements RouteGroup {

    private final List<CatalogueIndicatorJson> indicators;

    @Inject
    public CatalogueRoutes(IndicatorCatalogue catalogue) {
        this.indicators = catalogue.all().stream().map(i -> new CatalogueIndicatorJson(i.code().value(),
                i.measure().name(), i.nameVi(), i.nameEn(), i.numerator(), i.denominator(), i.legalBasis())).toList();
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/indicators/catalogue", this::list);
    }

    private void list(Context ctx) {
        Authentication.caller(ctx);
        ctx.json(indicators);
    }
}
