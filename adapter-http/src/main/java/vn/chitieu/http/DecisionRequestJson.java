package vn.chitieu.http;

import java.util.List;

/** {@code POST /api/v1/decisions}: a new draft, with its legal bases and tasks (optional). */
public record DecisionRequestJson(String issuer, Integer year, String title, List<LegalBaseJson> legalBases,
        List<TaskJson> tasks) {
}
