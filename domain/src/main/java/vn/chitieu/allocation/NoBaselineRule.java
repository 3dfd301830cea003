package vn.chitieu.allocation;

/** What a unit without a baseline ("Không có hồ sơ phát sinh", or no row at all) is given by the rule. */
public enum NoBaselineRule {
    /** The floor of its kind (seed 000: Ban Quản lý các KCN gets the departments' 50 %). */
    FLOOR,
    /** The cap: the most the policy asks of anyone. */
    CAP
}
