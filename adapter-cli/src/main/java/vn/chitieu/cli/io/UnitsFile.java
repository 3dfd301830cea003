package vn.chitieu.cli.io;

import com.google.inject.Inject;
import java.nio.file.Path;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/** Reads a units file ({@code code,name,kind,parent[,aliases]}, CSV or .xlsx) into a validated tree. */
public final class UnitsFile {

    private final TableFiles files;

    @Inject
    public UnitsFile(TableFiles files) {
        this.files = files;
    }

    public UnitTree read(Path file) {
        return UnitsTable.read(files.read(file, UnitsTable.MAX_UNITS));
    }
}
