package vn.chitieu.application.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chitieu.audit.Actor;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.fixtures.ReadOnlyUnits;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * A province of two districts with a commune each, and decisions kept in a map with the storage
 * contract's optimistic lock: the ports the decision use cases are tested on.
 */
final class FakeStore {

    static final UnitTree TREE = UnitTree.of(List.of(
            new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("krong-pac"), "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-kly"), "Xã Ea Kly", UnitKind.COMMUNE, UnitCode.of("krong-pac")),
            new Unit(UnitCode.of("ea-sup"), "Huyện Ea Súp", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-le"), "Xã Ea Lê", UnitKind.COMMUNE, UnitCode.of("ea-sup"))));

    final ReadOnlyUnits units = new ReadOnlyUnits() {
        @Override
        public UnitTree tree() {
            return TREE;
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return TREE.find(code);
        }
    };

    final Map<DecisionId, Decision> stored = new LinkedHashMap<>();
    final List<String> audit = new ArrayList<>();

    final Decisions decisions = new Decisions() {
        @Override
        public Optional<Decision> findById(DecisionId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Decision> findByYear(int year) {
            return stored.values().stream().filter(d -> d.year() == year).toList();
        }

        @Override
        public List<Decision> all() {
            return List.copyOf(stored.values());
        }

        @Override
        public Decision add(Decision decision, Actor actor, String reason) {
            stored.put(decision.id(), decision);
            audit.add(actor + ": add " + decision.id());
            return decision;
        }

        @Override
        public Decision update(Decision changed, long expectedVersion, Actor actor, String reason) {
            Decision now = findById(changed.id()).orElseThrow(() -> new DecisionNotFoundException(changed.id()));
            if (now.version() != expectedVersion) {
                throw new StaleVersionException("decision " + changed.id(), expectedVersion, now.version());
            }
            Decision next = changed.atVersion(expectedVersion + 1);
            stored.put(next.id(), next);
            audit.add(actor + ": " + reason);
            return next;
        }

        @Override
        public Decision issue(Decision issued, long expectedVersion, Decision replaced, long replacedVersion,
                Actor actor, String reason, Runnable check) {
            check.run();
            if (replaced != null) {
                stored.put(replaced.id(), replaced);
            }
            return update(issued, expectedVersion, actor, reason);
        }
    };

    /** The legal minimums in force: none until a test stores some. */
    final List<vn.chitieu.allocation.Minimum> minimumsInForce = new ArrayList<>();

    final vn.chitieu.port.out.LegalMinimums minimums = new vn.chitieu.port.out.LegalMinimums() {
        @Override
        public vn.chitieu.allocation.Minimums all() {
            return vn.chitieu.allocation.Minimums.of(minimumsInForce);
        }

        @Override
        public void upsert(List<vn.chitieu.allocation.Minimum> minimums, Actor by,
                List<vn.chitieu.audit.PendingAudit> entries) {
            throw new UnsupportedOperationException("the decision use cases only read minimums");
        }
    };

    /** A stored draft of {@code issuer} for 2022. */
    Decision draft(String issuer) {
        return decisions.add(Decision.draft(UnitCode.of(issuer), 2022, "Giao chỉ tiêu năm 2022"), Actor.of("test"), null);
    }
}
