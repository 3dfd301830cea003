package vn.chitieu.cli.io;

import com.google.inject.Inject;
import java.nio.file.Path;
import vn.chitieu.table.Table;
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
        Table table = files.read(file, UnitsTable.MAX_UNITS);
        return UnitsTable.read(table);
    }
}
