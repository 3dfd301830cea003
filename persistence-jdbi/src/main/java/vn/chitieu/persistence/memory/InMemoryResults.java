package vn.chitieu.persistence.memory;

import java.util.Comparator;
import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Results;
import vn.chitieu.result.Result;

/** Results in memory. */
public final class InMemoryResults implements Results {

    static final Comparator<Result> ORDER = Comparator.comparing((Result r) -> r.indicator().value())
            .thenComparing(r -> r.period().toString()).thenComparing(r -> r.unit().value());

    private final InMemoryStorage store;

    InMemoryResults(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public List<Result> find(IndicatorCode indicator, Period period) {
        synchronized (store.lock) {
            return store.results.values().stream()
                    .filter(r -> r.indicator().equals(indicator) && r.period().equals(period)).sorted(ORDER).toList();
        }
    }

    @Override
    public List<Result> all() {
        synchronized (store.lock) {
            return store.results.values().stream().sorted(ORDER).toList();
        }
    }
}
