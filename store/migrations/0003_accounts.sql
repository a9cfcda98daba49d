-- Accounts and browser sessions. Passwords are libsodium Argon2id strings (crypto_pwhash_str, which
-- carries its own salt and parameters); a session is stored under the SHA-256 of its cookie token, so
-- the file alone does not let anyone sign in.
CREATE TABLE users (
  id                  INTEGER PRIMARY KEY,
  username            TEXT NOT NULL UNIQUE,
  role                TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'technician', 'guard', 'liaison')),
  password_hash       TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at          TEXT NOT NULL,    -- RFC 3339, UTC
  password_changed_at TEXT NOT NULL     -- RFC 3339, UTC
) STRICT;

CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,        -- hex SHA-256 of the cookie token
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token   TEXT NOT NULL,
  created_at   INTEGER NOT NULL,        -- Unix seconds
  last_seen_at INTEGER NOT NULL         -- Unix seconds
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id);
