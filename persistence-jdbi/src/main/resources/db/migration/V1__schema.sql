-- chitieu storage. The domain validates everything first; these constraints are the second line
-- of defence, so that no program writing to the database can store what the domain would refuse.

CREATE TABLE indicators (
    code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    measure  text NOT NULL CHECK (measure IN ('RATIO', 'COUNT')),
    name_vi  text NOT NULL CHECK (btrim(name_vi) <> '')
);

CREATE TABLE units (
    code     text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    name     text NOT NULL CHECK (btrim(name) <> ''),
    kind     text NOT NULL CHECK (kind IN ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'DISTRICT_OFFICE', 'WARD',
                                           'TOWNSHIP', 'COMMUNE', 'SPECIAL_ZONE')),
    -- deferred: a file may list a child before its parent
    parent   text REFERENCES units (code) DEFERRABLE INITIALLY DEFERRED CHECK (parent <> code),
    aliases  text NOT NULL DEFAULT '',
    seq      bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE TABLE import_batches (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('UNITS', 'TARGETS', 'RESULTS')),
    source      text NOT NULL,
    actor       text NOT NULL CHECK (btrim(actor) <> ''),
    imported_at timestamptz NOT NULL DEFAULT now(),
    inserted    bigint NOT NULL CHECK (inserted >= 0),
    updated     bigint NOT NULL CHECK (updated >= 0),
    unchanged   bigint NOT NULL CHECK (unchanged >= 0)
);

CREATE TABLE decisions (
    id         uuid PRIMARY KEY,
    number     text CHECK (number IS NULL OR btrim(number) <> ''),
    issuer     text NOT NULL REFERENCES units (code),
    year       integer NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    title      text NOT NULL CHECK (btrim(title) <> ''),
    signer     text,
    signed_on  date,
    status     text NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'AMENDED', 'SUPERSEDED')),
    version    bigint NOT NULL CHECK (version >= 0),
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    CHECK (status = 'DRAFT' OR number IS NOT NULL),
    UNIQUE (issuer, number)
);

CREATE TABLE assignments (
    decision_id       uuid NOT NULL REFERENCES decisions (id),
    unit              text NOT NULL REFERENCES units (code),
    indicator         text NOT NULL REFERENCES indicators (code),
    period            text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
    target            numeric NOT NULL CHECK (target >= 0),
    baseline          numeric CHECK (baseline >= 0),
    baseline_period   text CHECK (baseline_period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
    procedures        integer CHECK (procedures >= 0),
    lead_unit         text REFERENCES units (code),
    coordinating_unit text REFERENCES units (code),
    reason            text CHECK (reason IS NULL OR btrim(reason) <> ''),
    seq               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    PRIMARY KEY (decision_id, unit, indicator, period)
);

CREATE TABLE results (
    unit                text NOT NULL REFERENCES units (code),
    indicator           text NOT NULL REFERENCES indicators (code),
    period              text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
    numerator           bigint CHECK (numerator >= 0),
    denominator         bigint CHECK (denominator >= 0),
    rate                numeric CHECK (rate >= 0),
    procedures          integer CHECK (procedures >= 0),
    received            bigint CHECK (received >= 0),
    resolved            bigint CHECK (resolved >= 0),
    on_time             bigint CHECK (on_time >= 0),
    late                bigint CHECK (late >= 0),
    stated_on_time_rate numeric,
    stated_late_rate    numeric,
    batch_id            bigint NOT NULL REFERENCES import_batches (id),
    PRIMARY KEY (unit, indicator, period),
    CHECK ((numerator IS NULL) = (denominator IS NULL)),
    CHECK (numerator IS NULL OR rate IS NULL),
    CHECK ((received IS NULL) = (resolved IS NULL) AND (resolved IS NULL) = (on_time IS NULL)
           AND (on_time IS NULL) = (late IS NULL))
);

CREATE TABLE audit_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text NOT NULL CHECK (btrim(actor) <> ''),
    action    text NOT NULL CHECK (action IN ('UNIT_ADDED', 'UNIT_CHANGED', 'DECISION_CREATED', 'DECISION_CHANGED',
                                              'TARGET_SET', 'TARGET_CHANGED', 'TARGET_REMOVED', 'RESULT_CHANGED',
                                              'RESULTS_IMPORTED')),
    subject   text NOT NULL CHECK (btrim(subject) <> ''),
    old_value text,
    new_value text,
    reason    text
);
CREATE INDEX audit_log_at ON audit_log (at);

-- The audit log is append-only.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'CT403';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- An issued decision is never edited in place. The only change allowed to a decision that is not
-- a draft is its status moving from ISSUED to AMENDED or SUPERSEDED (by a later decision).
CREATE FUNCTION decision_is_final_once_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'DRAFT' THEN
        IF TG_OP = 'UPDATE' AND OLD.status = 'ISSUED' AND NEW.status IN ('AMENDED', 'SUPERSEDED')
           AND (NEW.id, NEW.number, NEW.issuer, NEW.year, NEW.title, NEW.signer, NEW.signed_on)
               IS NOT DISTINCT FROM (OLD.id, OLD.number, OLD.issuer, OLD.year, OLD.title, OLD.signer, OLD.signed_on) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'decision % is % and cannot be changed', OLD.id, OLD.status USING ERRCODE = 'CT409';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER decisions_final_once_issued BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION decision_is_final_once_issued();

CREATE FUNCTION assignments_only_of_drafts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT status INTO s FROM decisions WHERE id = OLD.decision_id;
        IF s <> 'DRAFT' THEN
            RAISE EXCEPTION 'decision % is % and its targets cannot be changed', OLD.decision_id, s
                USING ERRCODE = 'CT409';
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT status INTO s FROM decisions WHERE id = NEW.decision_id;
        IF s <> 'DRAFT' THEN
            RAISE EXCEPTION 'decision % is % and its targets cannot be changed', NEW.decision_id, s
                USING ERRCODE = 'CT409';
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER assignments_of_drafts_only BEFORE INSERT OR UPDATE OR DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION assignments_only_of_drafts();
