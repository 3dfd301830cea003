package vn.chitieu.persistence.jdbi;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code decisions}. */
public record DecisionRow(UUID id, String number, String issuer, int year, String title, String signer,
        LocalDate signedOn, String status, long version, UUID amends, UUID supersedes) {
}
