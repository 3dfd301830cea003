package vn.chitieu.application.allocation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chitieu.allocation.AppendixColumn;
import vn.chitieu.allocation.AppendixImport;
import vn.chitieu.allocation.AppendixParser;
import vn.chitieu.allocation.AppendixTarget;
import vn.chitieu.allocation.ParsedAppendix;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: read a decision's appendix, as printed, into its targets over every indicator it
 * assigns (seed 000: digitization and online rate on each line; seed 001: one indicator a row,
 * assigned to groups of kinds), or those of one {@code indicator}. With a units tree every printed
 * unit name is matched to a unit code (lead and coordinating units when the tree knows them); the
 * year is the one given, else the document's (refused when it says none).
 */
public final class ReadAppendix {

    /** The appendix {@code lines} of {@code file}; {@code tree}, {@code indicator} and {@code year} may be null. */
    public record Command(String file, List<String> lines, UnitTree tree, IndicatorCode indicator, Integer year) {
        public Command {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(lines, "lines");
        }
    }

    /**
     * The targets read, for {@code period}, with the table's columns as printed (without the target
     * and baseline columns of the indicators left out); {@code ofTasks} when it is a table of tasks
     * (seed 001) rather than of units.
     */
    public record Result(String period, List<AppendixColumn> columns, List<AppendixTarget> targets, boolean ofTasks) {
        public Result {
            columns = List.copyOf(columns);
            targets = List.copyOf(targets);
        }
    }

    public Result read(Command c) {
        ParsedAppendix appendix = AppendixParser.parse(c.file(), c.lines());
        if (c.tree() != null) {
            appendix = AppendixImport.resolve(appendix, new NameResolver(c.tree()));
        }
        Integer year = c.year() != null ? c.year() : appendix.year();
        if (year == null) {
            throw new InvalidInputException(InputProblem.ofFile(c.file(),
                    "the document does not say which year its targets are for; give --year"));
        }
        Period period = Period.year(year);
        List<AppendixTarget> targets = appendix.targets();
        List<AppendixColumn> columns = appendix.columns();
        IndicatorCode only = c.indicator();
        if (only != null) {
            String assigned = targets.stream().map(t -> t.indicator().value()).distinct().collect(Collectors.joining(", "));
            targets = targets.stream().filter(t -> t.indicator().equals(only)).toList();
            if (targets.isEmpty()) {
                throw new InvalidInputException(InputProblem.at(c.file(), 0, "--indicator", only.value(),
                        "the appendix assigns no target of " + only + "; it assigns " + assigned));
            }
            columns = columns.stream().filter(col -> col.indicator() == null || col.indicator().equals(only)).toList();
        }
        return new Result(period.toString(), columns, targets, appendix.ofTasks());
    }
}
