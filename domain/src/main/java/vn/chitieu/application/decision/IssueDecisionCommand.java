package vn.chitieu.application.decision;

import java.time.LocalDate;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.DecisionId;

/** Issue {@code decision} under its official {@code number}, as read at {@code readVersion}. */
public record IssueDecisionCommand(Caller caller, DecisionId decision, long readVersion, String number, String signer,
        LocalDate signedOn) {

    public IssueDecisionCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(decision, "decision");
        if (number == null || number.isBlank()) {
            throw new InvalidInputException(InputProblem.at(null, 0, "number", number,
                    "an issued decision has its official number, e.g. 3086/QĐ-UBND"));
        }
        number = number.strip();
    }
}
