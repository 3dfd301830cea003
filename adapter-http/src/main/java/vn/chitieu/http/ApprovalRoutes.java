package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.chitieu.access.Caller;
import vn.chitieu.application.Actors;
import vn.chitieu.application.approval.ApprovalCommand;
import vn.chitieu.application.approval.ApprovePeriod;
import vn.chitieu.application.approval.ListApprovals;
import vn.chitieu.application.approval.ReopenPeriod;
import vn.chitieu.approval.PeriodLock;

/**
 * Period approval: {@code POST /api/v1/approvals} {@code {"unit","period"[,"reason"]}} approves and
 * locks the results of the unit's subtree for the period (201; 409 when an approval already locks
 * them); {@code DELETE /api/v1/approvals/{unit}/{period}} {@code {"reason"}} re-opens it (a unit
 * above, or an ADMIN; 403 for the unit itself); {@code GET /api/v1/approvals} lists the approvals
 * of the caller's subtree and of the units above it. Writes refuse a VIEWER before reading the body.
 */
public final class ApprovalRoutes implements RouteGroup {

    @Inject private ApprovePeriod approve;
    @Inject private ReopenPeriod reopen;
    @Inject private ListApprovals list;
    @Inject private JsonBodies bodies;
    @Inject private Paging paging;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/approvals", this::approve, WriteRoute.ROUTE);
        routes.get("/api/v1/approvals", this::list);
        routes.delete("/api/v1/approvals/{unit}/{period}", this::reopen, WriteRoute.ROUTE);
    }

    private void approve(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        caller.requireWriter();
        ApprovalRequestJson request = bodies.read(ctx, ApprovalRequestJson.class);
        if (request.unit() == null || request.unit().isBlank()) {
            throw HttpProblem.badField("unit", "the unit whose results are approved is required");
        }
        PeriodLock lock = approve.approve(new ApprovalCommand(request.unit(), Queries.period(request.period(), "period"),
                caller, Actors.of(caller), request.reason()));
        ctx.status(201).header("Location", "/api/v1/approvals/" + lock.unit() + "/" + lock.period());
        ctx.json(ApprovalJson.of(lock));
    }

    private void reopen(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        caller.requireWriter();
        ReopenRequestJson request = bodies.read(ctx, ReopenRequestJson.class);
        PeriodLock lifted = reopen.reopen(new ApprovalCommand(ctx.pathParam("unit"),
                Queries.period(ctx.pathParam("period"), "period"), caller, Actors.of(caller), request.reason()));
        ctx.json(ApprovalJson.of(lifted));
    }

    private void list(Context ctx) {
        ctx.json(paging.page(ctx, list.list(Authentication.caller(ctx)).stream().map(ApprovalJson::of).toList()));
    }
}
