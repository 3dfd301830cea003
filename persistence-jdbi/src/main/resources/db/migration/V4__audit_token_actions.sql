-- Issuing and revoking a bearer token are audited like every other write (TOKEN_ISSUED,
-- TOKEN_REVOKED). V1 declared the allowed actions as an unnamed column CHECK, which PostgreSQL
-- names audit_log_action_check; it is replaced by a named one that also allows the token actions.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('UNIT_ADDED', 'UNIT_CHANGED', 'DECISION_CREATED', 'DECISION_CHANGED',
                      'TARGET_SET', 'TARGET_CHANGED', 'TARGET_REMOVED', 'RESULT_CHANGED',
                      'RESULTS_IMPORTED', 'TOKEN_ISSUED', 'TOKEN_REVOKED'));
