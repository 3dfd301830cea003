package vn.chitieu.persistence.jdbi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Rows of the tables that hold what a decision has beside its unit targets (V6). */
public final class DecisionDetailRows {

    private DecisionDetailRows() {
    }

    /** A row of {@code decision_legal_bases}. */
    public record LegalBaseRow(UUID decisionId, int position, String number, LocalDate date, String issuer, String title,
            UUID linkedDecision) {
    }

    /** A row of {@code decision_tasks}: {@code unit}, or the group columns. */
    public record TaskRow(UUID decisionId, int position, String text, String unit, String groupLabel, String groupKinds,
            Boolean groupIssuer, LocalDate deadline) {
    }

    /** A row of {@code group_assignments}. */
    public record GroupAssignmentRow(UUID decisionId, String groupLabel, String groupKinds, boolean groupIssuer,
            String indicator, String period, BigDecimal target, String unitOfMeasure, String leadUnit,
            String leadUnitName, String coordinatingUnit, String coordinatingUnitName, String legalBasis,
            String reason) {
    }
}
