package vn.chitieu.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Approvals;
import vn.chitieu.unit.UnitCode;

/** Period locks in PostgreSQL ({@code period_locks}, V5), oldest approval first. */
public final class JdbiApprovals implements Approvals {

    static final String SELECT = "SELECT unit, period, approved_by, approved_at, reason FROM period_locks";

    private final Jdbi jdbi;

    JdbiApprovals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<PeriodLock> all() {
        return jdbi.withHandle(JdbiApprovals::all);
    }

    @Override
    public Optional<PeriodLock> find(UnitCode unit, Period period) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE unit = :unit AND period = :period")
                .bind("unit", unit.value()).bind("period", period.toString())
                .map((rs, ctx) -> lock(rs)).findOne());
    }

    static List<PeriodLock> all(Handle h) {
        return h.createQuery(SELECT + " ORDER BY approved_at, unit, period").map((rs, ctx) -> lock(rs)).list();
    }

    static PeriodLock lock(ResultSet rs) throws SQLException {
        return new PeriodLock(UnitCode.of(rs.getString("unit")), Period.parse(rs.getString("period")),
                Actor.of(rs.getString("approved_by")), rs.getTimestamp("approved_at").toInstant(), rs.getString("reason"));
    }
}
