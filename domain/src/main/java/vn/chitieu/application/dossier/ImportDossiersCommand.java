package vn.chitieu.application.dossier;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.dossier.DossierSource;
import vn.chitieu.port.out.ImportOptions;

/**
 * A dossiers file to store; {@code caller}, when not null, stores dossiers of its own subtree only and its
 * unit names are resolved there.
 */
public record ImportDossiersCommand(DossierSource dossiers, Caller caller, ImportOptions options) {

    public ImportDossiersCommand {
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(options, "options");
    }
}
