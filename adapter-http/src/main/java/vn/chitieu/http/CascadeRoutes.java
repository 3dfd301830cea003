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
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.InvalidPolicyException;
import vn.chitieu.allocation.NoBaselineRule;
import vn.chitieu.allocation.Rounding;
import vn.chitieu.application.allocation.CascadeTargetsCommand;
import vn.chitieu.application.allocation.CascadeTargets;
import vn.chitieu.application.allocation.ChildRequest;
import vn.chitieu.unit.UnitKind;

/**
 * {@code POST /api/v1/cascade}: the CLI's {@code cascade} over JSON, through the same use case
 * ({@link CascadeTargets}: access, registry defaults, the plan). An unreachable target is an
 * answer, not an error: {@code feasible} false, every child at its cap, and {@code bestReachable}.
 */
public final class CascadeRoutes implements RouteGroup {

    @Inject private CascadeTargets cascading;
    @Inject private JsonBodies bodies;
    @Inject private CascadeMapper mapper;

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/cascade", this::cascade);
    }

    private void cascade(Context ctx) {
        CascadeRequestJson request = bodies.read(ctx, CascadeRequestJson.class);
        List<ChildRequest> children = new ArrayList<>();
        for (int i = 0; request.children() != null && i < request.children().size(); i++) {
            children.add(child(request.children().get(i), "children[" + i + "]"));
        }
        ctx.json(mapper.toJson(cascading.cascade(new CascadeTargetsCommand(Authentication.caller(ctx),
                Queries.unit(request.parent(), "parent"), request.target(), "target", null,
                request.policy() == null ? null : policy(request.policy()), children))));
    }

    private static ChildRequest child(CascadeChildJson json, String at) {
        if (json == null) {
            throw HttpProblem.badField(at, "a child cannot be null");
        }
        UnitKind kind = json.kind() == null ? null : UnitKind.parse(json.kind())
                .orElseThrow(() -> HttpProblem.badField(at + ".kind", "unknown kind '" + json.kind() + "'"));
        return new ChildRequest(at, Queries.unit(json.unit(), at + ".unit"), json.name(), kind, json.weight(),
                json.baseline(), json.readiness(), json.cap());
    }

    private static AllocationPolicy policy(PolicyJson json) {
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
