package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.PeriodOutsideYearException;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Measure;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * {@code /api/v1/decisions}: draft a decision, read it, set its targets one by one (If-Match),
 * issue it. A caller sees a decision whose issuer or targets lie in its subtree, and only the
 * targets that do; it edits only decisions issued within its subtree, and sets targets only for
 * units in its subtree and the issuer's ({@link Caller#requireAssign}).
 */
public final class DecisionRoutes implements RouteGroup {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Decisions decisions;
    private final Units units;
    private final IndicatorCatalogue catalogue;
    private final JsonBodies bodies;
    private final DomainMapper mapper;

    @Inject
    public DecisionRoutes(Decisions decisions, Units units, IndicatorCatalogue catalogue, JsonBodies bodies,
            DomainMapper mapper) {
        this.decisions = decisions;
        this.units = units;
        this.catalogue = catalogue;
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
        Caller caller = Authentication.caller(ctx);
        DecisionRequestJson request = bodies.read(ctx, DecisionRequestJson.class);
        UnitCode issuer = Queries.unit(request.issuer(), "issuer");
        if (request.year() == null) {
            throw HttpProblem.badField("year", "a decision needs the year of its targets");
        }
        if (request.title() == null || request.title().isBlank()) {
            throw HttpProblem.badField("title", "a decision needs a title");
        }
        UnitTree tree = units.tree();
        caller.requireWrite(tree, issuer);
        if (!tree.contains(issuer)) {
            throw HttpProblem.badField("issuer", "no unit '" + issuer + "' in the registry");
        }
        Decision stored = decisions.add(Decision.draft(issuer, request.year(), request.title()),
                Authentication.actor(caller), null);
        ctx.status(201).header("Location", "/api/v1/decisions/" + stored.id());
        respond(ctx, stored, caller, tree);
    }

    private void read(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        Decision decision = find(ctx);
        respond(ctx, decision, caller, units.tree());
    }

    private void assign(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        UnitCode unit = Queries.unit(ctx.pathParam("unit"), "unit");
        IndicatorCode code = Queries.indicator(ctx.pathParam("indicator"), "indicator");
        UnitTree tree = units.tree();
        caller.requireWrite(tree, unit);
        if (!tree.contains(unit)) {
            throw HttpProblem.notFound("no unit '" + unit + "'");
        }
        Decision stored = find(ctx);
        caller.requireAssign(tree, stored, unit);
        long read = ETags.required(ctx);
        AssignmentRequestJson request = bodies.read(ctx, AssignmentRequestJson.class);
        Indicator indicator = catalogue.find(code)
                .orElseThrow(() -> HttpProblem.notFound("no indicator '" + code + "'"));
        BigDecimal target = request.target();
        if (target == null) {
            throw HttpProblem.badField("target", "a target is required");
        }
        if (target.signum() < 0 || (indicator.measure() == Measure.RATIO && target.compareTo(HUNDRED) > 0)) {
            throw HttpProblem.badField("target", "a " + indicator.measure().name().toLowerCase(java.util.Locale.ROOT)
                    + " target is between 0" + (indicator.measure() == Measure.RATIO ? " and 100 (percent)" : " and up")
                    + ", not " + target.toPlainString());
        }
        Period period = request.period() == null ? Period.year(stored.year()) : Queries.period(request.period(), "period");
        try {
            stored.requireInYear(period);
        } catch (PeriodOutsideYearException e) {
            throw HttpProblem.badField("period", e.getMessage());
        }
        ETags.requireCurrent(read, stored.version(), "decision " + stored.id());
        Assignment.Key key = new Assignment.Key(unit, code, period);
        Assignment assignment = stored.assignment(key)
                .map(a -> a.withTarget(target, request.reason()))
                .orElseGet(() -> new Assignment(unit, code, period, target, null, null, null, null, null, request.reason()));
        Decision updated = decisions.assign(stored.id(), read, assignment, Authentication.actor(caller), request.reason());
        respond(ctx, updated, caller, tree);
    }

    private void issue(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        Decision stored = find(ctx);
        UnitTree tree = units.tree();
        caller.requireEdit(tree, stored);
        long read = ETags.required(ctx);
        IssueRequestJson request = bodies.read(ctx, IssueRequestJson.class);
        if (request.number() == null || request.number().isBlank()) {
            throw HttpProblem.badField("number", "an issued decision has its official number, e.g. 3086/QĐ-UBND");
        }
        ETags.requireCurrent(read, stored.version(), "decision " + stored.id());
        Decision issued = decisions.update(stored.issue(request.number(), request.signer(), request.signedOn()), read,
                Authentication.actor(caller), "issued as " + request.number().strip());
        respond(ctx, issued, caller, tree);
    }

    private Decision find(Context ctx) {
        DecisionId id = Queries.decision(ctx.pathParam("id"));
        return decisions.findById(id).orElseThrow(() -> HttpProblem.notFound("no decision '" + id + "'"));
    }

    /** The decision as the caller may see it, with its ETag; 403 when none of it is the caller's. */
    private void respond(Context ctx, Decision decision, Caller caller, UnitTree tree) {
        List<Assignment> visible = decision.assignments().stream().filter(a -> caller.maySee(tree, a.unit())).toList();
        if (!caller.maySee(tree, decision.issuer()) && visible.isEmpty()) {
            throw new AccessDeniedException("decision " + decision.id() + " has nothing in the subtree of '"
                    + caller.scope() + "'");
        }
        ctx.header("ETag", ETags.of(decision.version())).json(mapper.toJson(decision, visible));
    }
}
