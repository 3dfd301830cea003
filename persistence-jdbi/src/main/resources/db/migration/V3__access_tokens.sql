-- Bearer tokens of the HTTP service. Only the SHA-256 hash of a secret is stored; the secret is
-- shown once when the token is issued. A token is never deleted: revoking it sets revoked_at.
CREATE TABLE access_tokens (
    id          text PRIMARY KEY CHECK (id ~ '^tok_[A-Za-z0-9_-]{8,64}$'),
    token_hash  text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    role        text NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER')),
    scope       text REFERENCES units (code),
    label       text,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    CHECK (role = 'ADMIN' OR scope IS NOT NULL),
    CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
