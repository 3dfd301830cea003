package vn.chitieu.cli.dossier;

import java.time.LocalDateTime;

/**
 * A dossier as the tests and the sample generator make it, in their own model (independent of the
 * production types): times are the meant local times; {@code due} and {@code finished} may be null.
 */
public record GeneratedDossier(String code, String procedure, String unit, int channel, LocalDateTime received,
        LocalDateTime due, LocalDateTime finished, int status, int paidOnline, long fee, boolean digitized,
        boolean eResult) {
}
