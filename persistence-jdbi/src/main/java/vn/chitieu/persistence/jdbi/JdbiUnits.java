package vn.chitieu.persistence.jdbi;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** The unit registry in PostgreSQL. */
public final class JdbiUnits implements Units {

    private final Jdbi jdbi;
    private final StorageMapper mapper;

    JdbiUnits(Jdbi jdbi, StorageMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    @Override
    public UnitTree tree() {
        return UnitTree.of(jdbi.withExtension(UnitDao.class, UnitDao::all).stream().map(mapper::toUnit).toList());
    }

    @Override
    public Optional<Unit> find(UnitCode code) {
        return jdbi.withExtension(UnitDao.class, dao -> dao.find(code.value())).map(mapper::toUnit);
    }
}
