-- Period approval (issue 12): approving (unit, period) locks the results of the unit's subtree for
-- that period and every period inside it. One row per approval; re-opening deletes it. Both are
-- audited (PERIOD_APPROVED, PERIOD_REOPENED), so the audit log's allowed actions grow again.
CREATE TABLE period_locks (
    unit         text NOT NULL REFERENCES units (code),
    period       text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
    approved_by  text NOT NULL CHECK (btrim(approved_by) <> ''),
    approved_at  timestamptz NOT NULL DEFAULT now(),
    reason       text,
    PRIMARY KEY (unit, period)
);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('UNIT_ADDED', 'UNIT_CHANGED', 'DECISION_CREATED', 'DECISION_CHANGED',
                      'TARGET_SET', 'TARGET_CHANGED', 'TARGET_REMOVED', 'RESULT_CHANGED',
                      'RESULTS_IMPORTED', 'TOKEN_ISSUED', 'TOKEN_REVOKED',
                      'PERIOD_APPROVED', 'PERIOD_REOPENED'));
