package vn.chitieu.application.dossier;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Table;

/**
 * A procedures file ({@code code,name,level,onlinePayment}) to store; {@code caller}, when not null, must be
 * an ADMIN (the catalogue is the whole province's).
 */
public record ImportProceduresCommand(String source, Table table, Caller caller, ImportOptions options) {

    public ImportProceduresCommand {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        source = source == null || source.isBlank() ? table.file() : source;
    }
}
