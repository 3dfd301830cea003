package vn.chitieu.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;

/**
 * Matches the units an appendix prints to a registry. A target's own unit must resolve: a name
 * that is ambiguous or unknown is refused with its line. A group of kinds needs no registry. The
 * lead and coordinating units are informative: each becomes its unit's code when the registry
 * knows it (a lead that is the assignee unit becomes that unit's code), and stays as printed
 * otherwise (seed 001's "Văn phòng HĐND-UBND huyện" in a registry that does not hold it).
 */
public final class AppendixImport {

    private AppendixImport() {
    }

    /** {@code appendix} with every unit replaced by its code. */
    public static ParsedAppendix resolve(ParsedAppendix appendix, NameResolver units) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        List<AppendixTarget> out = new ArrayList<>();
        for (AppendixTarget t : appendix.targets()) {
            String unit = null;
            if (!t.forKinds()) {
                Resolution r = units.resolve(t.name());
                if (r.isMatched()) {
                    unit = r.unit().code().value();
                } else {
                    if (reported.add(t.line() + "\u0000" + t.name())) {
                        problems.add(InputProblem.at(appendix.file(), t.line(), "unit", t.name(), r.explain()));
                    }
                    continue;
                }
            }
            String lead = t.leadUnit() != null && !t.forKinds() && t.leadUnit().equals(t.name()) ? unit
                    : ifKnown(units, t.leadUnit(), t.forKinds());
            out.add(t.withUnits(unit, lead, ifKnown(units, t.coordinatingUnit(), false)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ParsedAppendix(appendix.file(), appendix.year(), appendix.columns(), out);
    }

    private static String ifKnown(NameResolver units, String name, boolean group) {
        if (name == null || group) {
            return name;
        }
        Resolution r = units.resolve(name, false);
        return r.isMatched() ? r.unit().code().value() : name;
    }
}
