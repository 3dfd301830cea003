package vn.chitieu.unit;

/**
 * Why a list of units is not a valid tree. {@code index} is the 0-based position of the
 * offending unit in the list it was built from, so that a reader can name the line.
 */
public record UnitTreeProblem(int index, UnitCode code, String reason) {
}
