package vn.chitieu.application.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.ScoringProfile;
import vn.chitieu.scoring.SelectionRule;
import vn.chitieu.scoring.UnitPoints;
import vn.chitieu.unit.UnitCode;

/**
 * A scoreboard with the rows its rules commend and criticise and its points (each null when not
 * asked for), and, when scored from storage, {@code approved}: for each approved row's unit the
 * approval that locks it (null when scored from files, where nothing is approved).
 */
public record ScoredPeriod(Scoreboard board, List<Score> commended, List<Score> criticised, List<UnitPoints> points,
        Map<UnitCode, PeriodLock> approved) {

    public ScoredPeriod {
        approved = approved == null ? null : Map.copyOf(approved);
    }

    /**
     * {@code board} with the rows {@code commend} and {@code criticise} select, the points of
     * {@code profile} (each may be null) and the approvals (null when scored from files).
     */
    static ScoredPeriod of(Scoreboard board, SelectionRule commend, SelectionRule criticise, ScoringProfile profile,
            Map<UnitCode, PeriodLock> approved) {
        return new ScoredPeriod(board, commend == null ? null : commend.select(board),
                criticise == null ? null : criticise.select(board), profile == null ? null : profile.points(board.rows()),
                approved);
    }

    /** The approval that locks {@code row}, if any. */
    public Optional<PeriodLock> approval(Score row) {
        return approved == null ? Optional.empty() : Optional.ofNullable(approved.get(row.unit().code()));
    }

    /** Whether approvals are known (scored from storage); then every row is approved or not. */
    public boolean knowsApprovals() {
        return approved != null;
    }
}
