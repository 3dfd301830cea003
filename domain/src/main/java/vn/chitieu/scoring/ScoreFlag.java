package vn.chitieu.scoring;

/** An anomaly or note attached to a score row (domain.md §6); codes as in contracts.md. */
public enum ScoreFlag implements vn.chitieu.common.Labelled {
    /** The value is not available: no dossiers arose (denominator 0) or the source printed no rate. */
    NO_DATA("Không có số liệu", "No data"),
    /** On time + late differs from resolved (seed 003: Sở Nội vụ, 0 resolved but 110 late). */
    INCONSISTENT_COUNTS("Số liệu không khớp (đúng hạn + trễ hạn ≠ đã giải quyết)", "On time + late ≠ resolved"),
    /** b > a: the value exceeds 100 %; it is shown but neither met nor ranked. */
    NUMERATOR_EXCEEDS_DENOMINATOR("Tử số lớn hơn mẫu số", "Numerator exceeds denominator"),
    /** A rate printed in the source differs from the one computed from its counts by more than 0.05 points. */
    STATED_RATE_DIFFERS("Tỷ lệ in sẵn khác tỷ lệ tính lại", "Printed rate differs from the computed one"),
    /** More dossiers resolved than received in the period (backlog from the previous period): a note, not an error. */
    CARRY_OVER("Giải quyết cả hồ sơ kỳ trước", "Resolved more than received (carry-over)"),
    /** A target without any result row for its (unit, indicator, period): nothing was reported (also {@link #NO_DATA}). */
    NO_RESULT("Không có báo cáo kết quả", "No result reported"),
    /** A result without a target for its (unit, indicator, period): scored without met, gap or dossiers needed. */
    NO_TARGET("Chưa giao chỉ tiêu", "No target assigned");

    private final String labelVi;
    private final String labelEn;

    ScoreFlag(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    @Override
    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelVi;
    }
}
