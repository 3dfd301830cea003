package vn.chitieu.dossier;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.chitieu.unit.Unit;

/**
 * A dossier (hồ sơ) as the national synchronisation record holds it (domain.md §9): channel 1 direct,
 * 2 online, 3 postal; status the national codes 1–10; paidOnline 0 no, 1 national portal, 2 the
 * province's gateway; fee in VND (0 free); times local; {@code due} and {@code finished} may be null.
 */
public record Dossier(String code, Procedure procedure, Unit unit, int channel, LocalDateTime received,
        LocalDateTime due, LocalDateTime finished, int status, int paidOnline, long fee, boolean digitized,
        boolean eResult) {

    public Dossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(received, "received");
    }
}
