package vn.chitieu.application.decision;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.UnitCode;

/** Draft a new decision of {@code issuer} for {@code year}, titled {@code title}. */
public record DraftDecisionCommand(Caller caller, UnitCode issuer, Integer year, String title) {

    public DraftDecisionCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(issuer, "issuer");
        if (year == null) {
            throw new InvalidInputException(InputProblem.at(null, 0, "year", null, "a decision needs the year of its targets"));
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(InputProblem.at(null, 0, "title", title, "a decision needs a title"));
        }
    }
}
