package vn.chitieu.allocation;

/** What a drafter should look at twice in a drafted row. */
public enum AllocationFlag {
    /** The target was set by hand (with a reason), not by the rule. */
    OVERRIDDEN,
    /** The target is under the unit's own baseline, beyond what the cap forces. */
    BELOW_BASELINE,
    /** The unit has no baseline: the rule for units without one was used. */
    NO_DATA
}
