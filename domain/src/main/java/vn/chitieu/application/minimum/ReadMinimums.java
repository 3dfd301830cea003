package vn.chitieu.application.minimum;

import java.util.Objects;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.port.out.LegalMinimums;

/** Use case: the legal minimums in force (CLI, {@code GET /api/v1/minimums}); they are law, readable by every caller. */
public final class ReadMinimums {

    private final LegalMinimums minimums;

    public ReadMinimums(LegalMinimums minimums) {
        this.minimums = Objects.requireNonNull(minimums, "minimums");
    }

    public Minimums all() {
        return minimums.all();
    }
}
