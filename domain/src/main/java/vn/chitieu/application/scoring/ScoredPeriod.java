package vn.chitieu.application.scoring;

import java.util.List;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.UnitPoints;

/** A scoreboard with the rows its rules commend and criticise and its points (each null when not asked for). */
public record ScoredPeriod(Scoreboard board, List<Score> commended, List<Score> criticised, List<UnitPoints> points) {
}
