-- (V9) Procedures, dossiers and their counts (issue 13, domain.md §9).
--
-- dossiers is partitioned by received month (declarative RANGE partitioning): the import creates the
-- month's partition (dossiers_pYYYYMM) before it writes a dossier of that month; dossiers never received
-- (status 1 or 3, received = '-infinity') and anything outside the monthly partitions go to the default
-- partition. PostgreSQL wants the partition key in the primary key: (code, received); a code is unique
-- over all partitions because the import (one at a time) looks every code up before it writes it, and
-- the key's leading column serves that look-up in every partition.
--
-- dossier_counts holds, per (unit, procedure, month yyyyMM), the counters of
-- vn.chitieu.dossier.DossierMonths, moved by every import (a dossier updated by a later file leaves its
-- old months): every indicator of a month, quarter, half or year is summed from it, never from dossiers.
-- Neither dossiers nor dossier_counts carry foreign keys: the import checks every unit and procedure of
-- the file against the stored registry and catalogue, under a SHARE lock on both that keeps them as
-- checked until it commits, and units and procedures are never deleted; a per-row check would cost an
-- import of millions of rows more than the rows themselves.
CREATE TABLE procedures (
    code           text PRIMARY KEY CHECK (btrim(code) <> '' AND length(code) <= 200),
    name           text NOT NULL,
    level          text NOT NULL CHECK (level IN ('FULL', 'PARTIAL', 'NONE')),
    online_payment boolean NOT NULL,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE TABLE dossiers (
    code        text NOT NULL CHECK (code <> ''),
    procedure   text NOT NULL,
    unit        text NOT NULL,
    channel     smallint NOT NULL CHECK (channel BETWEEN 1 AND 3),
    received    timestamp NOT NULL,
    due         timestamp,
    finished    timestamp,
    status      smallint NOT NULL CHECK (status BETWEEN 1 AND 10),
    paid_online smallint NOT NULL CHECK (paid_online BETWEEN 0 AND 2),
    fee         numeric NOT NULL CHECK (fee >= 0),
    digitized   boolean NOT NULL,
    e_result    boolean NOT NULL,
    PRIMARY KEY (code, received),
    CHECK (received = '-infinity' OR (finished IS NULL OR finished >= received) AND (due IS NULL OR due >= received))
) PARTITION BY RANGE (received);

CREATE TABLE dossiers_default PARTITION OF dossiers DEFAULT;

CREATE TABLE dossier_counts (
    unit                     text NOT NULL,
    procedure                text NOT NULL,
    month                    integer NOT NULL CHECK (month = 0 OR (month / 100 BETWEEN 1900 AND 2999
                                                                   AND month % 100 BETWEEN 1 AND 12)),
    received                 bigint NOT NULL CHECK (received >= 0),
    received_online          bigint NOT NULL CHECK (received_online >= 0),
    finished                 bigint NOT NULL CHECK (finished >= 0),
    finished_on_time         bigint NOT NULL CHECK (finished_on_time >= 0),
    finished_online          bigint NOT NULL CHECK (finished_online >= 0),
    finished_digital         bigint NOT NULL CHECK (finished_digital >= 0),
    finished_fee             bigint NOT NULL CHECK (finished_fee >= 0),
    finished_fee_paid_online bigint NOT NULL CHECK (finished_fee_paid_online >= 0),
    overdue_from             bigint NOT NULL CHECK (overdue_from >= 0),
    overdue_closed           bigint NOT NULL CHECK (overdue_closed >= 0),
    excluded                 bigint NOT NULL CHECK (excluded >= 0),
    PRIMARY KEY (unit, procedure, month)
);

-- Imports of procedures and dossiers are batches, audited as PROCEDURES_IMPORTED and DOSSIERS_IMPORTED:
-- the allowed kinds and actions are extended in place (whatever other migrations added stays).
DO $$
DECLARE
    definition text;
    kinds text;
BEGIN
    SELECT pg_get_constraintdef(oid) INTO definition FROM pg_constraint
        WHERE conname = 'audit_log_action_check' AND conrelid = 'audit_log'::regclass;
    IF position('''DOSSIERS_IMPORTED''' IN definition) = 0 THEN
        EXECUTE 'ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check';
        EXECUTE 'ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check '
            || replace(definition, 'ARRAY[', 'ARRAY[''PROCEDURES_IMPORTED''::text, ''DOSSIERS_IMPORTED''::text, ');
    END IF;
    SELECT pg_get_constraintdef(oid) INTO kinds FROM pg_constraint
        WHERE conname = 'import_batches_kind_check' AND conrelid = 'import_batches'::regclass;
    IF position('''DOSSIERS''' IN kinds) = 0 THEN
        EXECUTE 'ALTER TABLE import_batches DROP CONSTRAINT import_batches_kind_check';
        EXECUTE 'ALTER TABLE import_batches ADD CONSTRAINT import_batches_kind_check '
            || replace(kinds, 'ARRAY[', 'ARRAY[''PROCEDURES''::text, ''DOSSIERS''::text, ');
    END IF;
END
$$;
