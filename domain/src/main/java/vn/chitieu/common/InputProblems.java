package vn.chitieu.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The problems found in one input so far: the first {@link InvalidInputException#MAX_REPORTED}
 * kept, every other one only counted. A reader asks {@link #isFull} to skip the costly part of a
 * problem (e.g. looking for the closest unit names) once nobody will read it.
 */
public final class InputProblems {

    private final List<InputProblem> kept = new ArrayList<>();
    private long count;

    public void add(InputProblem problem) {
        Objects.requireNonNull(problem, "problem");
        count++;
        if (kept.size() < InvalidInputException.MAX_REPORTED) {
            kept.add(problem);
        }
    }

    /** Counts a problem without building it (call once {@link #isFull}). */
    public void count() {
        count++;
    }

    /** Counts {@code n} problems without building them (those beyond the ones kept). */
    public void count(long n) {
        count += n;
    }

    /** True when a further problem would only be counted. */
    public boolean isFull() {
        return kept.size() >= InvalidInputException.MAX_REPORTED;
    }

    /** How many problems were found, kept or not. */
    public long total() {
        return count;
    }

    /** The problems kept, by line (rows are read in order, so they are the first ones of the file). */
    public List<InputProblem> kept() {
        List<InputProblem> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingInt(InputProblem::line));
        return sorted;
    }

    /**
     * What {@code make} gives, or null when it refuses its input ({@link InvalidInputException}): the
     * refusal's problems added here, so that every bad part of a request is told at once, not the first.
     */
    public <T> T attempt(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            e.problems().forEach(this::add);
            count(e.omitted());
            return null;
        }
    }

    /** Runs {@code check}; its refusal's problems, if it refuses, added here (as {@link #attempt}). */
    public void check(Runnable check) {
        attempt(() -> {
            check.run();
            return null;
        });
    }

    /** True when no problem was found. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** Throws the problems found as one {@link InvalidInputException}; does nothing when there is none. */
    public void refuseIfAny() {
        if (count > 0) {
            throw new InvalidInputException(kept(), count);
        }
    }
}
