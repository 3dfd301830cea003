package vn.chitieu.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be read or that breaks a structural rule. Carries the problems found, not
 * only the first, so that a user can fix a file in one pass: at most {@link #MAX_REPORTED} of them
 * (the first ones, by line), with the {@link #total} count of all, so that a file of two million
 * bad lines is refused with a short answer. Adapters map it to exit code 2 (CLI) or 400 (HTTP).
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How many problems an input's refusal lists; the others are only counted. */
    public static final int MAX_REPORTED = 100;

    private final transient List<InputProblem> problems;
    private final long total;

    public InvalidInputException(List<InputProblem> problems) {
        this(problems, problems.size());
    }

    /**
     * The first {@code problems} of {@code total} found ({@code total} at least their number); only
     * the first {@link #MAX_REPORTED} are kept.
     */
    public InvalidInputException(List<InputProblem> problems, long total) {
        super(message(problems, total));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems.size() > MAX_REPORTED ? problems.subList(0, MAX_REPORTED) : problems);
        this.total = Math.max(total, this.problems.size());
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    /** The problems listed: the first {@link #MAX_REPORTED} at most. */
    public List<InputProblem> problems() {
        return problems;
    }

    /** How many problems were found in all, listed or not. */
    public long total() {
        return total;
    }

    /** How many problems were found but are not listed. */
    public long omitted() {
        return total - problems.size();
    }

    private static String message(List<InputProblem> problems, long total) {
        List<InputProblem> shown = problems.size() > MAX_REPORTED ? problems.subList(0, MAX_REPORTED) : problems;
        String text = shown.stream().map(InputProblem::describe).collect(Collectors.joining("\n"));
        long more = Math.max(total, problems.size()) - shown.size();
        return more > 0 ? text + "\n… and " + String.format(java.util.Locale.ROOT, "%,d", more) + " more" : text;
    }
}
