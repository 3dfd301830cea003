package vn.chitieu.allocation;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;

/** Matches the units an appendix prints to a registry; a name that is ambiguous or unknown is refused with its line. */
public final class AppendixImport {

    private AppendixImport() {
    }

    /** {@code appendix} with every unit replaced by its code. */
    public static ParsedAppendix resolve(ParsedAppendix appendix, NameResolver units) {
        List<InputProblem> problems = new ArrayList<>();
        List<AppendixEntry> out = new ArrayList<>();
        for (AppendixEntry e : appendix.entries()) {
            Resolution r = units.resolve(e.name());
            if (r.isMatched()) {
                out.add(e.withUnit(r.unit().code().value()));
            } else {
                problems.add(InputProblem.at(appendix.file(), e.line(), "unit", e.name(), r.explain()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ParsedAppendix(appendix.file(), appendix.year(), out);
    }
}
