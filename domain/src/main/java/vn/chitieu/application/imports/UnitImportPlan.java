package vn.chitieu.application.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditValues;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportProgress;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;

/** What a units import changes, worked out before anything is written; shared by every implementation. */
public record UnitImportPlan(List<Unit> changed, List<PendingAudit> audits, long inserted, long updated, long unchanged) {

    public static UnitImportPlan of(ImportFile<Unit> file, List<Unit> stored, String reason, ImportProgress progress) {
        Map<UnitCode, Unit> byCode = new HashMap<>();
        stored.forEach(u -> byCode.put(u.code(), u));
        List<Unit> changed = new ArrayList<>();
        List<PendingAudit> audits = new ArrayList<>();
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        long done = 0;
        for (Lined<Unit> line : file.lines()) {
            Unit u = line.value();
            Unit old = byCode.get(u.code());
            if (old == null) {
                inserted++;
                changed.add(u);
                audits.add(new PendingAudit(AuditAction.UNIT_ADDED, AuditValues.subject(u), null, AuditValues.of(u), reason));
            } else if (old.equals(u)) {
                unchanged++;
            } else {
                updated++;
                changed.add(u);
                audits.add(new PendingAudit(AuditAction.UNIT_CHANGED, AuditValues.subject(u), AuditValues.of(old),
                        AuditValues.of(u), reason));
            }
            progress.rowsDone(++done);
        }
        return new UnitImportPlan(changed, audits, inserted, updated, unchanged);
    }
}
