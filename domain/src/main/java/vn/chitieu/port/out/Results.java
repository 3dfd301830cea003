package vn.chitieu.port.out;

import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;

/** Storage of actual results (read side; imports write through {@link StorageTransaction}). */
public interface Results {

    List<Result> find(IndicatorCode indicator, Period period);

    /** Every stored result, ordered by indicator, period and unit. */
    List<Result> all();
}
