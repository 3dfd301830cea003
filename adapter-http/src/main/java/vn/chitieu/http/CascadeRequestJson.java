package vn.chitieu.http;

import java.math.BigDecimal;
import java.util.List;

/** {@code POST /api/v1/cascade}: split a parent's target (percent) over its children under a policy. */
public record CascadeRequestJson(String parent, BigDecimal target, PolicyJson policy, List<CascadeChildJson> children) {
}
