-- Outbox: every message is stored with its final bytes before any attempt to send it. The mailer moves
-- it from pending to sent (or failed) in one transaction per attempt. Message-ID is unique, so the
-- same notice enqueued twice (a restart, a repeated decision) exists once.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  message_id      TEXT NOT NULL UNIQUE,       -- <...@...>, also in the message's header
  kind            TEXT NOT NULL,              -- appendix_ii, overdue_explanation, restoration, daily_status, alert
  subject_ref     TEXT NOT NULL,              -- e.g. incident/42, daily/2026-03-06
  notice_number   TEXT NOT NULL DEFAULT '',   -- e.g. 07/2026/TB-CAM
  mail_from       TEXT NOT NULL,
  recipients      TEXT NOT NULL,              -- one address per line
  subject         TEXT NOT NULL,
  bytes           BLOB NOT NULL,              -- RFC 5322 message, CRLF line ends
  state           TEXT NOT NULL CHECK (state IN ('held', 'pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,              -- RFC 3339 UTC
  next_attempt_at TEXT NOT NULL,              -- RFC 3339 UTC; compared as text (fixed format)
  last_attempt_at TEXT,
  sent_at         TEXT,
  last_error      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_kind_ref ON outbox (kind, subject_ref);

-- Per-year notice numbers (07/2026/TB-CAM): the last number given out in each year.
CREATE TABLE notice_numbers (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;
