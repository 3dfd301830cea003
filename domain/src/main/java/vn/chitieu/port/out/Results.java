package vn.chitieu.port.out;

import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;

/** Storage of actual results. */
public interface Results {

    List<Result> find(IndicatorCode indicator, Period period);
}
