package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import vn.chitieu.application.decision.AmendDecision;
import vn.chitieu.application.decision.DecisionTasks;
import vn.chitieu.application.decision.DecisionView;
import vn.chitieu.application.decision.DraftDecision;
import vn.chitieu.application.decision.DraftDecisionCommand;
import vn.chitieu.application.decision.IssueDecision;
import vn.chitieu.application.decision.IssueDecisionCommand;
import vn.chitieu.application.decision.ListDecisions;
import vn.chitieu.application.decision.ReadDecision;
import vn.chitieu.application.decision.SetTargetCommand;
import vn.chitieu.application.decision.SetTargets;
import vn.chitieu.application.decision.SetTargetsCommand;
import vn.chitieu.application.decision.WithdrawDecision;
import vn.chitieu.common.InputProblems;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitCode;

/**
 * {@code /api/v1/decisions}: list, draft (with legal bases and tasks), read, set targets one by one
 * or many at once (CSV or JSON, with group targets), issue, amend, supersede, withdraw a draft, and
 * the tasks' progress. The use cases decide who may see and edit what and check the version read
 * (412 when stale); this adapter reads the request and the If-Match version and writes the
 * decision with its ETag.
 */
public final class DecisionRoutes implements RouteGroup {

    /** The use cases behind the routes (one object, so that adding a route does not grow the constructor). */
    public record UseCases(DraftDecision drafting, ReadDecision reading, SetTargets targets,
            IssueDecision issuing, AmendDecision amending, WithdrawDecision withdrawing, ListDecisions listing,
            DecisionTasks tasks) {
    }

    @Inject private UseCases uses;
    @Inject private JsonBodies bodies;
    @Inject private CsvTables csv;
    @Inject private Paging paging;
    @Inject private DomainMapper mapper;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/decisions", this::list);
        routes.post("/api/v1/decisions", this::draft, WriteRoute.ROUTE);
        routes.get("/api/v1/decisions/{id}", this::read);
        routes.delete("/api/v1/decisions/{id}", this::withdraw, WriteRoute.ROUTE);
        routes.put("/api/v1/decisions/{id}/assignments", this::assignMany, WriteRoute.ROUTE);
        routes.put("/api/v1/decisions/{id}/assignments/{unit}/{indicator}", this::assign, WriteRoute.ROUTE);
        routes.post("/api/v1/decisions/{id}/issue", this::issue, WriteRoute.ROUTE);
        routes.post("/api/v1/decisions/{id}/amend", this::amend, WriteRoute.ROUTE);
        routes.post("/api/v1/decisions/{id}/supersede", this::supersede, WriteRoute.ROUTE);
        routes.get("/api/v1/decisions/{id}/tasks", this::tasks);
    }

    private void list(Context ctx) {
        Paging.Request page = paging.request(ctx);
        Integer year = year(ctx.queryParam("year"));
        String issuer = ctx.queryParam("issuer");
        DecisionStatus status = status(ctx.queryParam("status"));
        var found = uses.listing().page(Authentication.caller(ctx), year,
                issuer == null || issuer.isBlank() ? null : Queries.unit(issuer, "issuer"), status, page.offset(),
                page.limit());
        // each decision without the targets: read one for them
        ctx.json(new PageJson<>(found.items().stream().map(d -> mapper.toJson(d, java.util.List.of(),
                java.util.List.of())).toList(), found.total(), page.offset(), page.limit()));
    }

    private void draft(Context ctx) {
        DecisionRequestJson request = bodies.read(ctx, DecisionRequestJson.class);
        InputProblems problems = new InputProblems(); // every bad field of the body in one answer
        var bases = DecisionBodies.attempt(problems, () -> DecisionBodies.legalBases(request.legalBases()));
        var tasks = DecisionBodies.attempt(problems, () -> DecisionBodies.tasks(request.tasks()));
        UnitCode issuer = DecisionBodies.attempt(problems, () -> Queries.unit(request.issuer(), "issuer"));
        DraftDecisionCommand command = issuer == null ? null : DecisionBodies.attempt(problems, () -> new DraftDecisionCommand(
                Authentication.caller(ctx), issuer, request.year(), request.title(), bases, tasks));
        problems.refuseIfAny();
        created(ctx, uses.drafting().draft(command));
    }

    private void read(Context ctx) {
        respond(ctx, uses.reading().read(Authentication.caller(ctx), id(ctx)));
    }

    private void assign(Context ctx) {
        DecisionId id = id(ctx);
        long read = ETags.required(ctx);
        AssignmentRequestJson request = bodies.read(ctx, AssignmentRequestJson.class);
        respond(ctx, uses.targets().set(new SetTargetCommand(Authentication.caller(ctx), id, read,
                Queries.unit(ctx.pathParam("unit"), "unit"), Queries.indicator(ctx.pathParam("indicator"), "indicator"),
                request.period() == null ? null : Queries.period(request.period(), "period"), request.target(),
                request.reason())));
    }

    /** Many targets at once: a targets.csv body, or JSON {@code {"targets":[…],"groups":[…]}}; all or nothing. */
    private void assignMany(Context ctx) {
        DecisionId id = id(ctx);
        long read = ETags.required(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        Table table;
        java.util.List<vn.chitieu.decision.GroupAssignment> groups;
        if (type.startsWith("text/csv")) {
            table = csv.read("targets.csv", bodies.csv(ctx));
            groups = java.util.List.of();
        } else {
            BulkTargetsJson body = bodies.read(ctx, BulkTargetsJson.class);
            table = DecisionBodies.targets(body.targets());
            groups = DecisionBodies.groups(body.groups());
        }
        respond(ctx, uses.targets().set(new SetTargetsCommand(Authentication.caller(ctx), id, read, table, groups)));
    }

    private void issue(Context ctx) {
        DecisionId id = id(ctx);
        long read = ETags.required(ctx);
        IssueRequestJson request = bodies.read(ctx, IssueRequestJson.class);
        respond(ctx, uses.issuing().issue(new IssueDecisionCommand(Authentication.caller(ctx), id, read,
                request.number(), request.signer(), request.signedOn())));
    }

    private void amend(Context ctx) {
        created(ctx, uses.amending().amend(Authentication.caller(ctx), id(ctx)));
    }

    private void supersede(Context ctx) {
        DecisionId id = id(ctx);
        String title = null;
        if (ctx.contentLength() > 0 || ctx.contentType() != null) {
            title = bodies.read(ctx, SupersedeRequestJson.class).title();
        }
        created(ctx, uses.amending().supersede(Authentication.caller(ctx), id, title));
    }

    private void withdraw(Context ctx) {
        DecisionId id = id(ctx);
        long read = ETags.required(ctx);
        respond(ctx, uses.withdrawing().withdraw(Authentication.caller(ctx), id, read, ctx.queryParam("reason")));
    }

    private void tasks(Context ctx) {
        String asOf = ctx.queryParam("asOf");
        DecisionTasks.Progress p = uses.tasks().tasks(Authentication.caller(ctx), id(ctx),
                asOf == null || asOf.isBlank() ? null : Queries.date(asOf, "asOf"));
        ctx.json(new TaskProgressJson(p.decision().id().toString(), p.asOf(), p.overdue().size(), p.rows().stream()
                .map(r -> new TaskProgressJson.Row(r.task(), r.of().text(), r.unit().value(), r.of().deadline(),
                        r.state().name(), r.doneBy() == null ? null : r.doneBy().id().toString(),
                        r.doneBy() == null ? null : r.doneBy().number().orElse(null),
                        r.doneBy() == null ? null : r.doneBy().signedOn().orElse(null)))
                .toList()));
    }

    private static DecisionId id(Context ctx) {
        return Queries.decision(ctx.pathParam("id"));
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw HttpProblem.badField("year", "not a year: '" + text + "'");
        }
    }

    private static DecisionStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DecisionStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badField("status", "one of " + java.util.List.of(DecisionStatus.values()) + ", not '"
                    + text + "'");
        }
    }

    private void created(Context ctx, DecisionView stored) {
        ctx.status(201).header("Location", "/api/v1/decisions/" + stored.decision().id());
        respond(ctx, stored);
    }

    private void respond(Context ctx, DecisionView view) {
        ctx.header("ETag", ETags.of(view.decision().version()))
                .json(mapper.toJson(view.decision(), view.visible(), view.visibleGroups()));
    }
}
