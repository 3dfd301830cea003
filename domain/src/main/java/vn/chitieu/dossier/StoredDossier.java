package vn.chitieu.dossier;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * A dossier as storage keeps it (domain.md §9), the national synchronisation record's fields with the
 * procedure and the unit by code: channel 1 direct, 2 online, 3 postal; status the national codes 1–10;
 * paidOnline 0 no, 1 national portal, 2 the province's gateway; times local. {@code received} is null only for
 * a dossier never received (status 1 or 3); {@code due} and {@code finished} may be null; {@code fee} in VND
 * (0 free).
 */
public record StoredDossier(String code, String procedure, UnitCode unit, int channel, LocalDateTime received,
        LocalDateTime due, LocalDateTime finished, int status, int paidOnline, BigDecimal fee, boolean digitized,
        boolean eResult) {

    public StoredDossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(unit, "unit");
        fee = fee == null ? BigDecimal.ZERO : fee;
    }

    /** True when every field is the same (the fee compared by value: 30000 = 30000.00). */
    public boolean sameAs(StoredDossier o) {
        return code.equals(o.code) && procedure.equals(o.procedure) && unit.equals(o.unit) && channel == o.channel
                && Objects.equals(received, o.received) && Objects.equals(due, o.due)
                && Objects.equals(finished, o.finished) && status == o.status && paidOnline == o.paidOnline
                && fee.compareTo(o.fee) == 0 && digitized == o.digitized && eResult == o.eResult;
    }

    /** A stored dossier and the one a later file gives for the same code. */
    public record Change(StoredDossier old, StoredDossier now) {

        public Change {
            Objects.requireNonNull(old, "old");
            Objects.requireNonNull(now, "now");
        }
    }
}
