package vn.chitieu.port.out;

import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;

/** Storage of actual results. */
public interface Results {

    List<Result> find(IndicatorCode indicator, Period period);

    /** Every stored result, ordered by indicator, period and unit. */
    List<Result> all();

    /**
     * Adds or updates the results of {@code file} by (unit, indicator, period), in one
     * transaction: all or nothing. Refused, with every problem and its line, when a key appears
     * twice in the file, or a unit is not in the registry, or an indicator is unknown. A re-import
     * of the same file changes nothing and counts every row unchanged. An import that changes
     * something records an import batch and an audit entry for the batch, plus one audit entry per
     * result whose value changed (old and new value).
     */
    ImportSummary importResults(ImportFile<Result> file, ImportOptions options);
}
