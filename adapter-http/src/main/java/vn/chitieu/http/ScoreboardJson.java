package vn.chitieu.http;

import java.util.List;

/** {@code GET /api/v1/scoreboard}: the CLI {@code score} JSON over the caller's subtree. */
public record ScoreboardJson(List<ScoreJson> rows, TotalsJson totals, List<ScoreWarningJson> warnings) {
}
