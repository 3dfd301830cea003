package vn.chitieu.port.out;

import java.util.Optional;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** Storage of the unit registry. */
public interface Units {

    /** The whole registry as a validated tree (empty tree when nothing is stored). */
    UnitTree tree();

    Optional<Unit> find(UnitCode code);

    /**
     * Adds or updates the units of {@code file} by code, all or nothing. Refused, with every
     * problem and its line, when a code appears twice in the file or when the registry with the
     * file applied would not be a tree (unknown parent, cycle). Units not in the file stay as
     * they are. Every unit added or changed writes an audit entry.
     */
    ImportSummary importUnits(ImportFile<Unit> file, ImportOptions options);
}
