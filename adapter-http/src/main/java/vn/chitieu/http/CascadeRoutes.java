package vn.chitieu.http;

import com.google.inject.Inject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.Cascade;
import vn.chitieu.allocation.CascadeChild;
import vn.chitieu.allocation.InvalidPolicyException;
import vn.chitieu.allocation.NoBaselineRule;
import vn.chitieu.allocation.Rounding;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * {@code POST /api/v1/cascade}: the CLI's {@code cascade} over JSON. The parent, and for a caller
 * other than an admin every child, must be a unit of the caller's subtree (403 otherwise, naming
 * no other unit). An unreachable target is an answer, not an error: {@code feasible} false,
 * every child at its cap, and {@code bestReachable}.
 */
public final class CascadeRoutes implements RouteGroup {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Units units;
    private final JsonBodies bodies;
    private final CascadeMapper mapper;

    @Inject
    public CascadeRoutes(Units units, JsonBodies bodies, CascadeMapper mapper) {
        this.units = units;
        this.bodies = bodies;
        this.mapper = mapper;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/cascade", this::cascade);
    }

    private void cascade(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        CascadeRequestJson request = bodies.read(ctx, CascadeRequestJson.class);
        UnitCode parent = Queries.unit(request.parent(), "parent");
        UnitTree tree = units.tree();
        caller.requireRead(tree, parent);
        if (!tree.contains(parent)) {
            throw HttpProblem.badField("parent", "no unit '" + parent + "' in the registry");
        }
        BigDecimal target = request.target();
        if (target == null || target.signum() < 0 || target.compareTo(HUNDRED) > 0) {
            throw HttpProblem.badField("target", "a target is a percentage between 0 and 100");
        }
        if (request.children() == null || request.children().isEmpty()) {
            throw HttpProblem.badField("children", "a cascade needs at least one child");
        }
        AllocationPolicy policy = policy(request.policy());
        List<CascadeChild> children = new ArrayList<>();
        for (int i = 0; i < request.children().size(); i++) {
            children.add(child(caller, tree, request.children().get(i), "children[" + i + "]"));
        }
        ctx.json(mapper.toJson(new Cascade(policy).plan(parent, target, children)));
    }

    /**
     * A child of the cascade. A caller other than an admin cascades to units of its own subtree
     * only: any other code, registered or not, is refused alike (403), so that the answer tells
     * nothing of units outside the subtree, not even their names.
     */
    private static CascadeChild child(Caller caller, UnitTree tree, CascadeChildJson json, String at) {
        if (json == null) {
            throw HttpProblem.badField(at, "a child cannot be null");
        }
        UnitCode code = Queries.unit(json.unit(), at + ".unit");
        if (!caller.maySee(tree, code)) {
            throw new AccessDeniedException(at + ".unit '" + code + "' is not a unit of the subtree of '" + caller.scope()
                    + "' that " + caller.tokenId() + " may use");
        }
        Unit known = tree.find(code).orElse(null);
        UnitKind kind = json.kind() == null ? (known == null ? null : known.kind())
                : UnitKind.parse(json.kind()).orElseThrow(() -> HttpProblem.badField(at + ".kind", "unknown kind '" + json.kind() + "'"));
        if (kind == null) {
            throw HttpProblem.badField(at + ".kind", "'" + code + "' is not in the registry, so its kind is needed");
        }
        if (json.weight() == null) {
            throw HttpProblem.badField(at + ".weight", "a weight is required (e.g. last year's dossiers)");
        }
        try {
            return new CascadeChild(code, json.name() != null ? json.name() : known == null ? null : known.name(), kind,
                    json.weight(), json.baseline(), json.readiness(), json.cap());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badField(at, e.getMessage());
        }
    }

    private static AllocationPolicy policy(PolicyJson json) {
        if (json == null) {
            throw HttpProblem.badField("policy", "a cascade needs a policy (growth, granularity, cap, floors…)");
        }
        Map<UnitKind, BigDecimal> floors = new EnumMap<>(UnitKind.class);
        if (json.floors() != null) {
            json.floors().forEach((k, v) -> floors.put(UnitKind.parse(k)
                    .orElseThrow(() -> HttpProblem.badField("policy.floors", "unknown kind '" + k + "'")), v));
        }
        try {
            return new AllocationPolicy(json.indicator() == null ? null : Queries.indicator(json.indicator(), "policy.indicator"),
                    json.growth(), json.rounding() == null ? null : enumOf(Rounding.class, json.rounding(), "policy.rounding"),
                    json.granularity(), json.cap(), floors,
                    json.noBaseline() == null ? null : enumOf(NoBaselineRule.class, json.noBaseline(), "policy.noBaseline"),
                    json.uniform());
        } catch (InvalidPolicyException e) {
            throw HttpProblem.badField("policy." + e.field(), e.reason());
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badField(field, "unknown value '" + text + "'");
        }
    }
}
