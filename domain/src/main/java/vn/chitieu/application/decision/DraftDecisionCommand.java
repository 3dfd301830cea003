package vn.chitieu.application.decision;

import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.DecisionTexts;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.Task;
import vn.chitieu.unit.UnitCode;

/**
 * Draft a new decision of {@code issuer} for {@code year}, titled {@code title}, with its legal
 * bases (căn cứ) and tasks (each may be empty).
 */
public record DraftDecisionCommand(Caller caller, UnitCode issuer, Integer year, String title,
        List<DocumentReference> legalBases, List<Task> tasks) {

    public DraftDecisionCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(issuer, "issuer");
        InputProblems problems = new InputProblems(); // every bad field told at once
        if (year == null) {
            problems.add(InputProblem.at(null, 0, "year", null, "a decision needs the year of its targets"));
        } else {
            int y = year;
            problems.check(() -> requireYear(y));
        }
        String given = title;
        title = problems.attempt(() -> DecisionTexts.required("title", given, DecisionTexts.LONG, "a decision needs a title"));
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        int bases = legalBases.size();
        int taskCount = tasks.size();
        problems.check(() -> DecisionTexts.requireCount("legalBases", bases));
        problems.check(() -> DecisionTexts.requireCount("tasks", taskCount));
        problems.refuseIfAny();
    }

    public DraftDecisionCommand(Caller caller, UnitCode issuer, Integer year, String title) {
        this(caller, issuer, year, title, List.of(), List.of());
    }

    /** The years a decision may be of (and a list of decisions be filtered by). */
    static void requireYear(int year) {
        if (year < 1900 || year > 2999) {
            throw new InvalidInputException(InputProblem.at(null, 0, "year", String.valueOf(year),
                    "a year between 1900 and 2999"));
        }
    }
}
