package vn.chitieu.persistence.jdbi;

import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.lineage.LineageLink;
import vn.chitieu.port.out.Lineages;
import vn.chitieu.unit.UnitCode;

/** The lineage of units in PostgreSQL ({@code lineage}, V10); a write and its audit entries share one transaction. */
public final class JdbiLineages implements Lineages {

    private final Jdbi jdbi;

    public JdbiLineages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<LineageLink> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT from_unit, to_unit, share, since FROM lineage ORDER BY seq")
                .map((rs, ctx) -> new LineageLink(UnitCode.of(rs.getString("from_unit")), UnitCode.of(rs.getString("to_unit")),
                        rs.getBigDecimal("share"), rs.getObject("since", java.time.LocalDate.class)))
                .list());
    }

    @Override
    public void replace(Set<UnitCode> from, List<LineageLink> links, Actor by, List<PendingAudit> audit) {
        jdbi.useTransaction(h -> {
            h.execute("LOCK TABLE lineage IN SHARE ROW EXCLUSIVE MODE");
            h.createUpdate("DELETE FROM lineage WHERE from_unit = ANY(:from)")
                    .bindArray("from", String.class, from.stream().map(UnitCode::value).toList()).execute();
            var batch = h.prepareBatch("""
                    INSERT INTO lineage (from_unit, to_unit, share, since) VALUES (:from, :to, :share, :since)
                    """);
            for (LineageLink l : links) {
                batch.bind("from", l.from().value()).bind("to", l.to().value()).bind("share", l.share())
                        .bind("since", l.date()).add();
            }
            if (!links.isEmpty()) {
                batch.execute();
            }
            if (!audit.isEmpty()) {
                h.attach(AuditDao.class).insert(by.name(), audit);
            }
        });
    }
}
