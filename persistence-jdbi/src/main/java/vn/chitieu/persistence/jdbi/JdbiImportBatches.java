package vn.chitieu.persistence.jdbi;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportBatches;

/** The import batches in PostgreSQL. */
public final class JdbiImportBatches implements ImportBatches {

    private final Jdbi jdbi;
    private final StorageMapper mapper;

    JdbiImportBatches(Jdbi jdbi, StorageMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    @Override
    public List<ImportBatch> all() {
        return jdbi.withExtension(AuditDao.class, AuditDao::batches).stream().map(mapper::toBatch).toList();
    }
}
