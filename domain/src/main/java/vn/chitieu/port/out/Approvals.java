package vn.chitieu.port.out;

import java.util.List;
import java.util.Optional;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/** Storage of period approvals, the locks on results (read side; approvals write through {@link StorageTransaction}). */
public interface Approvals {

    /** Every stored lock, oldest approval first. */
    List<PeriodLock> all();

    /** The lock of exactly {@code unit} and {@code period}, if there is one. */
    Optional<PeriodLock> find(UnitCode unit, Period period);
}
