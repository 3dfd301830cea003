package vn.chitieu.unit;

import java.util.List;
import java.util.stream.Collectors;

/** The units do not form a tree: duplicate codes, unknown parents or cycles, all of them listed. */
public class InvalidUnitTreeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<UnitTreeProblem> problems;

    public InvalidUnitTreeException(List<UnitTreeProblem> problems) {
        super(problems.stream().map(p -> p.code() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<UnitTreeProblem> problems() {
        return problems;
    }
}
