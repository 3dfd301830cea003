-- Decisions as the seeds write them (issue 12): legal bases, tasks, targets for groups of kinds,
-- the unit of measure, printed names of lead / coordinating units and the legal basis of each
-- target, the decision a decision amends or supersedes, and WITHDRAWN drafts.

ALTER TABLE decisions DROP CONSTRAINT decisions_status_check;
ALTER TABLE decisions ADD CONSTRAINT decisions_status_check
    CHECK (status IN ('DRAFT', 'ISSUED', 'AMENDED', 'SUPERSEDED', 'WITHDRAWN'));
-- V1's unnamed "a decision that is not a draft has a number" (decisions_check): a withdrawn draft has none
ALTER TABLE decisions DROP CONSTRAINT decisions_check;
ALTER TABLE decisions ADD CONSTRAINT decisions_numbered_once_issued
    CHECK (status IN ('DRAFT', 'WITHDRAWN') OR number IS NOT NULL);
ALTER TABLE decisions ADD COLUMN amends uuid REFERENCES decisions (id);
ALTER TABLE decisions ADD COLUMN supersedes uuid REFERENCES decisions (id);
ALTER TABLE decisions ADD CONSTRAINT decisions_one_predecessor
    CHECK ((amends IS NULL OR supersedes IS NULL) AND amends IS DISTINCT FROM id AND supersedes IS DISTINCT FROM id);
ALTER TABLE decisions ADD CONSTRAINT decisions_bounded
    CHECK (length(title) <= 2000 AND (number IS NULL OR length(number) <= 200)
           AND (signer IS NULL OR length(signer) <= 200));
CREATE INDEX decisions_year ON decisions (year, seq);

ALTER TABLE assignments ADD COLUMN unit_of_measure text CHECK (length(unit_of_measure) BETWEEN 1 AND 200);
ALTER TABLE assignments ADD COLUMN lead_unit_name text CHECK (length(lead_unit_name) BETWEEN 1 AND 200);
ALTER TABLE assignments ADD COLUMN coordinating_unit_name text
    CHECK (length(coordinating_unit_name) BETWEEN 1 AND 200);
ALTER TABLE assignments ADD COLUMN legal_basis text CHECK (length(legal_basis) BETWEEN 1 AND 2000);

-- Legal bases (căn cứ), in the order printed; linked_decision when the number is a stored decision's.
CREATE TABLE decision_legal_bases (
    decision_id     uuid NOT NULL REFERENCES decisions (id),
    position        integer NOT NULL CHECK (position >= 0),
    number          text CHECK (length(number) BETWEEN 1 AND 200),
    date            date,
    issuer          text CHECK (length(issuer) BETWEEN 1 AND 200),
    title           text CHECK (length(title) BETWEEN 1 AND 2000),
    linked_decision uuid REFERENCES decisions (id),
    PRIMARY KEY (decision_id, position),
    CHECK (number IS NOT NULL OR title IS NOT NULL)
);

-- A group of kinds under the issuer: kinds sorted and joined by ',' (e.g. 'COMMUNE,TOWNSHIP,WARD'),
-- with_issuer when the issuer itself belongs to it ("UBND huyện, UBND cấp xã"), label as printed.
CREATE TABLE decision_tasks (
    decision_id  uuid NOT NULL REFERENCES decisions (id),
    position     integer NOT NULL CHECK (position >= 0),
    text         text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
    unit         text REFERENCES units (code),
    group_label  text CHECK (length(group_label) BETWEEN 1 AND 200),
    group_kinds  text CHECK (group_kinds ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    group_issuer boolean,
    deadline     date NOT NULL,
    PRIMARY KEY (decision_id, position),
    CHECK ((unit IS NULL) <> (group_kinds IS NULL)),
    CHECK ((group_kinds IS NULL) = (group_issuer IS NULL) AND (group_kinds IS NULL) = (group_label IS NULL))
);

CREATE TABLE group_assignments (
    decision_id            uuid NOT NULL REFERENCES decisions (id),
    group_label            text NOT NULL CHECK (length(group_label) BETWEEN 1 AND 200),
    group_kinds            text NOT NULL CHECK (group_kinds ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    group_issuer           boolean NOT NULL,
    indicator              text NOT NULL REFERENCES indicators (code),
    period                 text NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
    target                 numeric NOT NULL CHECK (target >= 0),
    unit_of_measure        text CHECK (length(unit_of_measure) BETWEEN 1 AND 200),
    lead_unit              text REFERENCES units (code),
    lead_unit_name         text CHECK (length(lead_unit_name) BETWEEN 1 AND 200),
    coordinating_unit      text REFERENCES units (code),
    coordinating_unit_name text CHECK (length(coordinating_unit_name) BETWEEN 1 AND 200),
    legal_basis            text CHECK (length(legal_basis) BETWEEN 1 AND 2000),
    reason                 text CHECK (length(reason) BETWEEN 1 AND 2000),
    seq                    bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    PRIMARY KEY (decision_id, group_kinds, group_issuer, indicator, period),
    CHECK (group_kinds <> '' OR group_issuer)
);

-- An issued decision stays final: the one change it may undergo is ISSUED → AMENDED / SUPERSEDED,
-- every other column (now including its links) unchanged. A WITHDRAWN draft is final too.
CREATE OR REPLACE FUNCTION decision_is_final_once_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'DRAFT' THEN
        IF TG_OP = 'UPDATE' AND OLD.status = 'ISSUED' AND NEW.status IN ('AMENDED', 'SUPERSEDED')
           AND (NEW.id, NEW.number, NEW.issuer, NEW.year, NEW.title, NEW.signer, NEW.signed_on, NEW.amends,
                NEW.supersedes)
               IS NOT DISTINCT FROM (OLD.id, OLD.number, OLD.issuer, OLD.year, OLD.title, OLD.signer, OLD.signed_on,
                OLD.amends, OLD.supersedes) THEN
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

-- Legal bases, tasks and group targets change only while their decision is a draft, as its targets.
CREATE TRIGGER legal_bases_of_drafts_only BEFORE INSERT OR UPDATE OR DELETE ON decision_legal_bases
    FOR EACH ROW EXECUTE FUNCTION assignments_only_of_drafts();
CREATE TRIGGER tasks_of_drafts_only BEFORE INSERT OR UPDATE OR DELETE ON decision_tasks
    FOR EACH ROW EXECUTE FUNCTION assignments_only_of_drafts();
CREATE TRIGGER group_assignments_of_drafts_only BEFORE INSERT OR UPDATE OR DELETE ON group_assignments
    FOR EACH ROW EXECUTE FUNCTION assignments_only_of_drafts();
