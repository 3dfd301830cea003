package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.port.out.AuditLog;

/** {@code GET /api/v1/audit[?since=ISO-8601]} (ADMIN): who changed what, when, before and after, why. */
public final class AuditRoutes implements RouteGroup {

    private final AuditLog audit;
    private final DomainMapper mapper;
    private final Paging paging;

    @Inject
    public AuditRoutes(AuditLog audit, DomainMapper mapper, Paging paging) {
        this.audit = audit;
        this.mapper = mapper;
        this.paging = paging;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/audit", this::list, AdminOnly.ROUTE);
    }

    private void list(Context ctx) {
        String since = ctx.queryParam("since");
        List<AuditEntry> entries = since == null || since.isBlank() ? audit.all() : audit.since(instant(since));
        ctx.json(paging.page(ctx, entries.stream().map(mapper::toJson).toList()));
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
