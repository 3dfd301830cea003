package vn.chitieu.application.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.chitieu.common.InputProblem;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.result.Result;
import vn.chitieu.unit.InvalidUnitTreeException;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitTreeProblem;

/**
 * The checks an import makes of a file against what is stored, before it stores anything, the same
 * for every storage. Problems come back sorted by line.
 */
public final class ImportChecks {

    private ImportChecks() {
    }

    /** The registry with {@code file} applied must be a tree; codes must be unique in the file. */
    public static List<InputProblem> units(ImportFile<Unit> file, List<Unit> stored) {
        List<Unit> merged = new ArrayList<>();
        Set<UnitCode> inFile = new HashSet<>();
        for (Lined<Unit> line : file.lines()) {
            merged.add(line.value());
            inFile.add(line.value().code());
        }
        for (Unit u : stored) {
            if (!inFile.contains(u.code())) {
                merged.add(u);
            }
        }
        try {
            UnitTree.of(merged);
            return List.of();
        } catch (InvalidUnitTreeException e) {
            List<InputProblem> problems = new ArrayList<>();
            for (UnitTreeProblem p : e.problems()) {
                int line = p.index() < file.size() ? file.lines().get(p.index()).line() : 0;
                // a duplicate is the code's fault; an unknown parent or a cycle the parent's, shown as written
                Unit unit = merged.get(p.index());
                boolean byParent = !p.reason().startsWith("duplicate") && unit.parent() != null;
                problems.add(InputProblem.at(file.name(), line, byParent ? "parent" : "code",
                        byParent ? unit.parent().value() : p.code().value(), p.reason()));
            }
            return sorted(problems);
        }
    }

    /**
     * Keys unique in the file, found as neighbours of {@code inKeyOrder} (the file as
     * {@link #inKeyOrder} sorts it); {@code unknownUnits} and {@code unknownIndicators} are those
     * of the file that storage lacks.
     */
    public static List<InputProblem> results(ImportFile<Result> inKeyOrder, Set<UnitCode> unknownUnits,
            Set<IndicatorCode> unknownIndicators) {
        List<InputProblem> problems = new ArrayList<>();
        List<Lined<Result>> lines = inKeyOrder.lines();
        for (int from = 0; from < lines.size();) {
            Result.Key key = lines.get(from).value().key();
            int to = from + 1;
            while (to < lines.size() && lines.get(to).value().key().equals(key)) {
                to++;
            }
            if (to - from > 1) {
                int first = Integer.MAX_VALUE;
                for (int k = from; k < to; k++) {
                    first = Math.min(first, lines.get(k).line());
                }
                for (int k = from; k < to; k++) {
                    if (lines.get(k).line() != first) {
                        problems.add(ImportProblems.duplicate(inKeyOrder.name(), lines.get(k).line(), first,
                                key.toString()));
                    }
                }
            }
            from = to;
        }
        for (Lined<Result> line : lines) {
            Result r = line.value();
            if (unknownUnits.contains(r.unit())) {
                problems.add(ImportProblems.unknownUnit(inKeyOrder.name(), line.line(), "unit", r.unit().value()));
            }
            if (unknownIndicators.contains(r.indicator())) {
                problems.add(ImportProblems.unknownIndicator(inKeyOrder.name(), line.line(), r.indicator().value()));
            }
        }
        return sorted(problems);
    }

    /**
     * The file's lines sorted by key, as text (unit, indicator, period; Java's {@code String} order,
     * which is the code-point order of the key's columns in storage): repeated keys become
     * neighbours, and a storage that keeps results in key order (PostgreSQL's primary key) receives
     * them in that order (the 1M-row import of {@code ImportBenchmark}).
     */
    public static ImportFile<Result> inKeyOrder(ImportFile<Result> file) {
        Map<Period, String> periods = new HashMap<>();
        Sortable[] lines = new Sortable[file.size()];
        int i = 0;
        for (Lined<Result> line : file.lines()) {
            Result r = line.value();
            lines[i++] = new Sortable(r.unit().value(), r.indicator().value(),
                    periods.computeIfAbsent(r.period(), Period::toString), line);
        }
        Arrays.parallelSort(lines, BY_KEY);
        List<Lined<Result>> sorted = new ArrayList<>(lines.length);
        for (Sortable s : lines) {
            sorted.add(s.line());
        }
        return new ImportFile<>(file.name(), sorted);
    }

    private record Sortable(String unit, String indicator, String period, Lined<Result> line) {
    }

    private static final Comparator<Sortable> BY_KEY = Comparator.comparing(Sortable::unit)
            .thenComparing(Sortable::indicator).thenComparing(Sortable::period);

    public static List<InputProblem> targets(ImportFile<Assignment> file, Set<UnitCode> unknownUnits,
            Set<IndicatorCode> unknownIndicators) {
        List<InputProblem> problems = new ArrayList<>(duplicates(file, a -> a.key().toString(), Assignment::key));
        for (Lined<Assignment> line : file.lines()) {
            Assignment a = line.value();
            checkUnit(file, line.line(), "unit", a.unit(), unknownUnits, problems);
            checkUnit(file, line.line(), "leadUnit", a.leadUnit(), unknownUnits, problems);
            checkUnit(file, line.line(), "coordinatingUnit", a.coordinatingUnit(), unknownUnits, problems);
            if (unknownIndicators.contains(a.indicator())) {
                problems.add(ImportProblems.unknownIndicator(file.name(), line.line(), a.indicator().value()));
            }
        }
        return sorted(problems);
    }

    private static void checkUnit(ImportFile<?> file, int line, String column, UnitCode code, Set<UnitCode> unknown,
            List<InputProblem> problems) {
        if (code != null && unknown.contains(code)) {
            problems.add(ImportProblems.unknownUnit(file.name(), line, column, code.value()));
        }
    }

    private static <T, K> List<InputProblem> duplicates(ImportFile<T> file, Function<T, String> describe,
            Function<T, K> key) {
        Map<K, Integer> firstLine = new HashMap<>(file.size() * 4 / 3 + 16);
        List<InputProblem> problems = new ArrayList<>();
        for (Lined<T> line : file.lines()) {
            Integer first = firstLine.putIfAbsent(key.apply(line.value()), line.line());
            if (first != null) {
                problems.add(ImportProblems.duplicate(file.name(), line.line(), first, describe.apply(line.value())));
            }
        }
        return problems;
    }

    public static List<InputProblem> sorted(List<InputProblem> problems) {
        List<InputProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(InputProblem::line));
        return copy;
    }
}
