package vn.chitieu.persistence.jdbi;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vn.chitieu.common.InputProblem;
import vn.chitieu.persistence.ImportChecks;
import vn.chitieu.persistence.UnitImportPlan;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
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

    @Override
    public ImportSummary importUnits(ImportFile<Unit> file, ImportOptions options) {
        return jdbi.inTransaction(h -> {
            UnitDao dao = h.attach(UnitDao.class);
            dao.lockForImport();
            List<Unit> stored = dao.all().stream().map(mapper::toUnit).toList();
            List<InputProblem> problems = ImportChecks.units(file, stored);
            if (!problems.isEmpty()) {
                h.rollback();
                return ImportSummary.refused(problems, options.dryRun());
            }
            UnitImportPlan plan = UnitImportPlan.of(file, stored, options.reason(), options.progress());
            ImportSummary summary = ImportSummary.counted(plan.inserted(), plan.updated(), plan.unchanged(),
                    options.dryRun());
            if (options.dryRun() || !summary.changesSomething()) {
                h.rollback();
                return summary;
            }
            dao.upsert(plan.changed().stream().map(mapper::toRow).toList());
            AuditDao audit = h.attach(AuditDao.class);
            audit.insert(options.actor().name(), plan.audits());
            audit.insertBatch(ImportKind.UNITS.name(), file.name(), options.actor().name(), plan.inserted(),
                    plan.updated(), plan.unchanged());
            return summary;
        });
    }
}
