package vn.chitieu.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be read or that breaks a structural rule. Carries every problem found, not
 * only the first, so that a user can fix a file in one pass. Adapters map it to exit code 2
 * (CLI) or 400 (HTTP).
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
