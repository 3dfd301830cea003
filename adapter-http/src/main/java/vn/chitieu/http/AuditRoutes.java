package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.chitieu.port.out.AuditLog;

/**
 * {@code GET /api/v1/audit[?since=ISO-8601][&offset=&limit=]} (ADMIN): who changed what, when,
 * before and after, why. The page and {@code since} are read by storage: one page of the log is
 * loaded, never the whole of it.
 */
public final class AuditRoutes implements RouteGroup {

    @Inject private AuditLog audit;
    @Inject private DomainMapper mapper;
    @Inject private Paging paging;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/audit", this::list, AdminOnly.ROUTE);
    }

    private void list(Context ctx) {
        String text = ctx.queryParam("since");
        Instant since = text == null || text.isBlank() ? null : instant(text);
        ctx.json(paging.page(ctx, audit.count(since), (offset, limit) -> audit.page(since, offset, limit).stream()
                .map(mapper::toJson).toList()));
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw HttpProblem.badField("since", "an ISO-8601 date or instant, e.g. 2026-01-31 or 2026-01-31T08:00:00Z");
            }
        }
    }
}
