package vn.chitieu.http;

import java.util.List;

/** {@code GET /api/v1/scoreboard?indicator=A&indicator=B}: one scoreboard per indicator, in the order asked. */
public record ScoreboardsJson(String period, List<String> indicators, List<ScoreboardJson> scoreboards) {
}
