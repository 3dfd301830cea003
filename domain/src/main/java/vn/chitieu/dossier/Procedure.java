package vn.chitieu.dossier;

import java.util.Objects;

/**
 * An administrative procedure (thủ tục hành chính, TTHC) of the procedures catalogue: its code (MaTTHC),
 * name, online {@link ProcedureLevel level} and whether online payment is offered.
 */
public record Procedure(String code, String name, ProcedureLevel level, boolean onlinePayment) {

    /** The longest code, in characters (the procedures table's limit). */
    public static final int MAX_CODE = 200;

    public Procedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a procedure code is required");
        }
        if (code.length() > MAX_CODE) {
            throw new IllegalArgumentException("a procedure code has at most " + MAX_CODE + " characters");
        }
        name = name == null ? code : name;
    }
}
