-- Units over time (issue 14, domain.md section 10): a unit's first and last day (both inclusive;
-- NULL: open), and the lineage of units, from which date a unit continues as another with a share
-- of its dossiers. The domain checks the shares (a unit's shares on a date sum to 1), the dates
-- against the validity of both units and the absence of cycles before anything gets here.
ALTER TABLE units
    ADD COLUMN valid_from date,
    ADD COLUMN valid_to   date,
    ADD CONSTRAINT units_validity_check CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to);

CREATE TABLE lineage (
    from_unit text NOT NULL REFERENCES units (code),
    to_unit   text NOT NULL REFERENCES units (code),
    share     numeric NOT NULL CHECK (share > 0 AND share <= 1),
    since     date NOT NULL,
    seq       bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    PRIMARY KEY (from_unit, to_unit, since),
    CHECK (from_unit <> to_unit)
);

-- Storing and dropping a link are audited as LINEAGE_SET and LINEAGE_REMOVED; the allowed actions
-- are extended in place, as V7 does.
DO $$
DECLARE
    definition text;
BEGIN
    SELECT pg_get_constraintdef(oid) INTO definition FROM pg_constraint
        WHERE conname = 'audit_log_action_check' AND conrelid = 'audit_log'::regclass;
    IF position('''LINEAGE_SET''' IN definition) = 0 THEN
        EXECUTE 'ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check';
        EXECUTE 'ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check '
            || replace(definition, 'ARRAY[', 'ARRAY[''LINEAGE_SET''::text, ''LINEAGE_REMOVED''::text, ');
    END IF;
END
$$;
