-- Foundation: settings and the hash-chained audit log.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Every state change, edit, notice and log entry, in order. Each row's hash covers its fields and the
-- previous row's hash, so an edited or deleted row breaks the chain (camtrack audit verify).
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,      -- 1, 2, 3... with no gaps
  at        TEXT NOT NULL,            -- RFC 3339, UTC
  actor     TEXT NOT NULL,            -- user name, or "system"
  action    TEXT NOT NULL,            -- e.g. incident.opened
  subject   TEXT NOT NULL,            -- e.g. incident/42
  details   TEXT NOT NULL,            -- JSON: before/after and anything else worth keeping
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
) STRICT;

-- The chain's head, updated in the same transaction as each append: a deleted last row shows.
CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  last_id   INTEGER NOT NULL,
  last_hash TEXT NOT NULL
) STRICT;
INSERT INTO audit_head (singleton, last_id, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Nothing in the history is edited or deleted through camtrack; corrections are new rows.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log rows are never edited'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log rows are never deleted'); END;
