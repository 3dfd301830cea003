package vn.chitieu.persistence.jdbi;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.port.out.LegalMinimums;
import vn.chitieu.unit.UnitKind;

/** Legal minimums in PostgreSQL ({@code minimums}, V7); a write and its audit entries share one transaction. */
public final class JdbiLegalMinimums implements LegalMinimums {

    private final Jdbi jdbi;

    public JdbiLegalMinimums(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Minimums all() {
        return Minimums.of(jdbi.withHandle(h -> h.createQuery(
                "SELECT source, indicator, kind, minimum FROM minimums ORDER BY seq")
                .map((rs, ctx) -> new Minimum(rs.getString("source"), IndicatorCode.of(rs.getString("indicator")),
                        UnitKind.valueOf(rs.getString("kind")), rs.getBigDecimal("minimum")))
                .list()));
    }

    @Override
    public void upsert(List<Minimum> minimums, Actor by, List<PendingAudit> audit) {
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO minimums (source, indicator, kind, minimum) VALUES (:source, :indicator, :kind, :minimum)
                    ON CONFLICT (source, indicator, kind) DO UPDATE SET minimum = EXCLUDED.minimum
                    """);
            for (Minimum m : minimums) {
                batch.bind("source", m.source()).bind("indicator", m.indicator().value()).bind("kind", m.kind().name())
                        .bind("minimum", m.minimum()).add();
            }
            if (!minimums.isEmpty()) {
                batch.execute();
            }
            if (!audit.isEmpty()) {
                h.attach(AuditDao.class).insert(by.name(), audit);
            }
        });
    }
}
