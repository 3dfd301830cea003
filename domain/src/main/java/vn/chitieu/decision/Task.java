package vn.chitieu.decision;

import java.time.LocalDate;
import java.util.List;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * A task of a decision (seed 000, Article 2: "UBND các huyện … giao chỉ tiêu … cho … UBND xã,
 * phường, thị trấn …, hoàn thành trước ngày 30/6/2022"): its text, its assignee (one unit, or a
 * {@link UnitGroup} under the issuer: exactly one of {@code unit} and {@code group}) and its
 * deadline. Whether it is done is computed, never stored: see {@link TaskProgress}.
 */
public record Task(String text, UnitCode unit, UnitGroup group, LocalDate deadline) {

    public Task {
        text = DecisionTexts.required("tasks.text", text, DecisionTexts.LONG, "a task needs its text");
        if ((unit == null) == (group == null)) {
            throw new InvalidInputException(InputProblem.at(null, 0, "tasks.assignee", null,
                    "a task has one assignee: a unit or a group of kinds"));
        }
        if (deadline == null) {
            throw new InvalidInputException(InputProblem.at(null, 0, "tasks.deadline", null, "a task needs its deadline"));
        }
        if (deadline.getYear() < 1900 || deadline.getYear() > 2999) {
            throw new InvalidInputException(InputProblem.at(null, 0, "tasks.deadline", deadline.toString(),
                    "a date between 1900 and 2999"));
        }
    }

    /** The units that must do it, for a decision of {@code issuer}. */
    public List<UnitCode> assignees(UnitTree tree, UnitCode issuer) {
        if (unit != null) {
            return tree.contains(unit) ? List.of(unit) : List.of();
        }
        return group.members(tree, issuer);
    }
}
