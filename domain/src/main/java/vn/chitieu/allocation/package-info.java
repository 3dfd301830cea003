/**
 * Computing targets (domain.md §5): drafting a decision's targets from baselines with an
 * {@link vn.chitieu.allocation.AllocationPolicy} and manual {@link vn.chitieu.allocation.TargetOverride}s,
 * cascading a parent's target over its children ({@link vn.chitieu.allocation.Cascade}), and the
 * decision's appendix, printed and read back.
 */
package vn.chitieu.allocation;
