-- Legal minimums (issue 12, domain.md section 4): what a document (876/QĐ-BNV…) requires of every
-- unit of a kind for an indicator; one per (source, indicator, kind). The domain holds the value to
-- the indicator's range (0–100 % for a ratio) before it gets here.
CREATE TABLE minimums (
    source    text NOT NULL CHECK (btrim(source) <> '' AND length(source) <= 200),
    indicator text NOT NULL REFERENCES indicators (code),
    kind      text NOT NULL CHECK (kind IN ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'DISTRICT_OFFICE', 'WARD',
                                            'TOWNSHIP', 'COMMUNE', 'SPECIAL_ZONE')),
    minimum   numeric NOT NULL CHECK (minimum >= 0),
    seq       bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    PRIMARY KEY (source, indicator, kind)
);

-- Storing a minimum is audited as MINIMUM_SET. The allowed actions are extended in place (whatever
-- other migrations added to the list stays), not rewritten from a fixed list.
DO $$
DECLARE
    definition text;
BEGIN
    SELECT pg_get_constraintdef(oid) INTO definition FROM pg_constraint
        WHERE conname = 'audit_log_action_check' AND conrelid = 'audit_log'::regclass;
    IF position('''MINIMUM_SET''' IN definition) = 0 THEN
        EXECUTE 'ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check';
        EXECUTE 'ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check '
            || replace(definition, 'ARRAY[', 'ARRAY[''MINIMUM_SET''::text, ');
    END IF;
END
$$;
