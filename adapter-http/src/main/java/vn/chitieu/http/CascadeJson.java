package vn.chitieu.http;

import java.math.BigDecimal;
import java.util.List;

/** The CLI {@code cascade} JSON: feasible or not, δ, the achieved and best reachable values, one row per child. */
public record CascadeJson(String parent, BigDecimal target, boolean feasible, BigDecimal delta, BigDecimal achieved,
        BigDecimal bestReachable, List<CascadeRowJson> rows) {
}
