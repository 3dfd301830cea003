package vn.chitieu.application.scoring;

import java.util.List;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.ScoringProfile;
import vn.chitieu.scoring.SelectionRule;
import vn.chitieu.scoring.UnitPoints;

/** A scoreboard with the rows its rules commend and criticise and its points (each null when not asked for). */
public record ScoredPeriod(Scoreboard board, List<Score> commended, List<Score> criticised, List<UnitPoints> points) {

    /** {@code board} with the rows {@code commend} and {@code criticise} select and the points of {@code profile} (each may be null). */
    static ScoredPeriod of(Scoreboard board, SelectionRule commend, SelectionRule criticise, ScoringProfile profile) {
        return new ScoredPeriod(board, commend == null ? null : commend.select(board),
                criticise == null ? null : criticise.select(board), profile == null ? null : profile.points(board.rows()));
    }
}
