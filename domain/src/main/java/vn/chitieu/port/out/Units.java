package vn.chitieu.port.out;

import java.util.Optional;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** Storage of the unit registry (read side; imports write through {@link StorageTransaction}). */
public interface Units {

    /** The whole registry as a validated tree (empty tree when nothing is stored). */
    UnitTree tree();

    Optional<Unit> find(UnitCode code);
}
