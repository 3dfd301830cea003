package vn.chitieu.application.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.chitieu.allocation.AppendixImport;
import vn.chitieu.allocation.AppendixParser;
import vn.chitieu.allocation.ParsedAppendix;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: read a decision's appendix, as printed, into targets of {@code indicator}. With a
 * units tree every printed name is matched to a unit code; the year is the one given, else the
 * document's (refused when it says none).
 */
public final class ReadAppendix {

    /** The appendix {@code lines} of {@code file}; {@code tree} and {@code year} may be null. */
    public record Command(String file, List<String> lines, UnitTree tree, IndicatorCode indicator, Integer year) {
        public Command {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(lines, "lines");
            Objects.requireNonNull(indicator, "indicator");
        }
    }

    /** A target in the form of {@code targets.csv}, with the procedures and the name as printed. */
    public record Row(String unit, String indicator, String period, BigDecimal target, String reason,
            Integer procedures, String name) {
    }

    public List<Row> read(Command c) {
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
        return appendix.entries().stream()
                .map(e -> new Row(e.unit(), c.indicator().value(), period.toString(), e.target(), null, e.procedures(),
                        e.name()))
                .toList();
    }
}
