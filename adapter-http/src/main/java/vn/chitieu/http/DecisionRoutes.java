package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import vn.chitieu.application.decision.DecisionView;
import vn.chitieu.application.decision.DraftDecision;
import vn.chitieu.application.decision.DraftDecisionCommand;
import vn.chitieu.application.decision.IssueDecision;
import vn.chitieu.application.decision.IssueDecisionCommand;
import vn.chitieu.application.decision.ReadDecision;
import vn.chitieu.application.decision.SetTarget;
import vn.chitieu.application.decision.SetTargetCommand;
import vn.chitieu.decision.DecisionId;

/**
 * {@code /api/v1/decisions}: draft a decision, read it, set its targets one by one (If-Match),
 * issue it. The use cases decide who may see and edit what and check the version read (412 when
 * stale); this adapter reads the request and the If-Match version and writes the decision with its
 * ETag.
 */
public final class DecisionRoutes implements RouteGroup {

    private final DraftDecision drafting;
    private final ReadDecision reading;
    private final SetTarget setting;
    private final IssueDecision issuing;
    private final JsonBodies bodies;
    private final DomainMapper mapper;

    @Inject
    public DecisionRoutes(DraftDecision drafting, ReadDecision reading, SetTarget setting, IssueDecision issuing,
            JsonBodies bodies, DomainMapper mapper) {
        this.drafting = drafting;
        this.reading = reading;
        this.setting = setting;
        this.issuing = issuing;
        this.bodies = bodies;
        this.mapper = mapper;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/decisions", this::draft, WriteRoute.ROUTE);
        routes.get("/api/v1/decisions/{id}", this::read);
        routes.put("/api/v1/decisions/{id}/assignments/{unit}/{indicator}", this::assign, WriteRoute.ROUTE);
        routes.post("/api/v1/decisions/{id}/issue", this::issue, WriteRoute.ROUTE);
    }

    private void draft(Context ctx) {
        DecisionRequestJson request = bodies.read(ctx, DecisionRequestJson.class);
        DecisionView stored = drafting.draft(new DraftDecisionCommand(Authentication.caller(ctx),
                Queries.unit(request.issuer(), "issuer"), request.year(), request.title()));
        ctx.status(201).header("Location", "/api/v1/decisions/" + stored.decision().id());
        respond(ctx, stored);
    }

    private void read(Context ctx) {
        respond(ctx, reading.read(Authentication.caller(ctx), id(ctx)));
    }

    private void assign(Context ctx) {
        DecisionId id = id(ctx);
        long read = ETags.required(ctx);
        AssignmentRequestJson request = bodies.read(ctx, AssignmentRequestJson.class);
        respond(ctx, setting.set(new SetTargetCommand(Authentication.caller(ctx), id, read,
                Queries.unit(ctx.pathParam("unit"), "unit"), Queries.indicator(ctx.pathParam("indicator"), "indicator"),
                request.period() == null ? null : Queries.period(request.period(), "period"), request.target(),
                request.reason())));
    }

    private void issue(Context ctx) {
        DecisionId id = id(ctx);
        long read = ETags.required(ctx);
        IssueRequestJson request = bodies.read(ctx, IssueRequestJson.class);
        respond(ctx, issuing.issue(new IssueDecisionCommand(Authentication.caller(ctx), id, read, request.number(),
                request.signer(), request.signedOn())));
    }

    private static DecisionId id(Context ctx) {
        return Queries.decision(ctx.pathParam("id"));
    }

    private void respond(Context ctx, DecisionView view) {
        ctx.header("ETag", ETags.of(view.decision().version())).json(mapper.toJson(view.decision(), view.visible()));
    }
}
