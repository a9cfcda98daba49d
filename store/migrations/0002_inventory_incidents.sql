-- Inventory (site, recorders, cameras, uplinks), incidents with their timeline, and the gate vehicle log.
-- Nothing here is deleted by camtrack: cameras are retired by disabling them, corrections are new events.

CREATE TABLE site (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  enterprise_name      TEXT NOT NULL,
  tax_code             TEXT NOT NULL,
  address              TEXT NOT NULL,
  phone                TEXT NOT NULL,
  email                TEXT NOT NULL,
  contact_person       TEXT NOT NULL,
  legal_representative TEXT NOT NULL,
  place_name           TEXT NOT NULL,
  customs_unit         TEXT NOT NULL,
  addressee_line       TEXT NOT NULL,
  customs_emails       TEXT NOT NULL         -- one address per line
) STRICT;

CREATE TABLE recorders (
  id      INTEGER PRIMARY KEY,
  code    TEXT NOT NULL UNIQUE,
  name    TEXT NOT NULL,
  address TEXT NOT NULL,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1))
) STRICT;

CREATE TABLE cameras (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  location_class TEXT NOT NULL CHECK (location_class IN ('gate', 'yard', 'warehouse_door',
                   'warehouse_interior', 'scrap_store', 'tax_free_store', 'other')),
  onvif_address  TEXT NOT NULL,
  username       TEXT NOT NULL,
  password_box   BLOB,                      -- libsodium secretbox: nonce || ciphertext; NULL = none
  recorder_id    INTEGER REFERENCES recorders (id),
  switch_name    TEXT NOT NULL,
  enabled        INTEGER NOT NULL CHECK (enabled IN (0, 1))
) STRICT;
CREATE INDEX cameras_recorder ON cameras (recorder_id);

CREATE TABLE uplinks (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('internet', 'private_channel')),
  check_targets TEXT NOT NULL,              -- one target per line
  enabled       INTEGER NOT NULL CHECK (enabled IN (0, 1))
) STRICT;

-- Instants are Unix seconds (UTC); dates are YYYY-MM-DD (Vietnam).
CREATE TABLE incidents (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL CHECK (kind IN ('equipment', 'link')),
  state              TEXT NOT NULL CHECK (state IN ('open', 'notified', 'in_repair', 'restored', 'closed',
                                                    'reopened')),
  fault_key          TEXT NOT NULL,
  occurred_at        INTEGER NOT NULL,
  detected_at        INTEGER NOT NULL,
  -- The legal clock as computed at opening (calendar, anchor, data version, skipped days).
  deadline_calendar  TEXT NOT NULL,
  deadline_from      INTEGER NOT NULL,
  working_days       INTEGER NOT NULL,
  deadline_date      TEXT NOT NULL,
  deadline_at        INTEGER NOT NULL,
  deadline_provisional INTEGER NOT NULL CHECK (deadline_provisional IN (0, 1)),
  deadline_data_version TEXT NOT NULL,
  deadline_skipped   TEXT NOT NULL,         -- one "YYYY-MM-DD<TAB>kind<TAB>name" per line
  notice_number      TEXT,
  notice_sent_at     INTEGER,
  technician         TEXT,
  restored_at        INTEGER,
  closed_at          INTEGER,
  report_cause       TEXT,
  report_action      TEXT,
  report_parts       TEXT,
  report_minutes     INTEGER,
  report_snapshot    TEXT,
  final_snapshot_required INTEGER NOT NULL CHECK (final_snapshot_required IN (0, 1)),
  reopen_count       INTEGER NOT NULL
) STRICT;
-- Listing 100,000 incidents: newest first, by state, overdue (active with deadline passed), fault key.
CREATE INDEX incidents_detected ON incidents (detected_at DESC, id DESC);
CREATE INDEX incidents_state_detected ON incidents (state, detected_at DESC, id DESC);
CREATE INDEX incidents_state_deadline ON incidents (state, deadline_at);
CREATE INDEX incidents_fault ON incidents (fault_key, id);

-- The cameras an incident covers, in the order they were reported.
CREATE TABLE incident_cameras (
  incident_id INTEGER NOT NULL REFERENCES incidents (id),
  position    INTEGER NOT NULL,
  camera_code TEXT NOT NULL,
  PRIMARY KEY (incident_id, position),
  UNIQUE (incident_id, camera_code)
) STRICT;
CREATE INDEX incident_cameras_code ON incident_cameras (camera_code, incident_id);

CREATE TABLE overdue_explanations (
  id                  INTEGER PRIMARY KEY,
  incident_id         INTEGER NOT NULL REFERENCES incidents (id),
  reason              TEXT NOT NULL,
  expected_completion TEXT NOT NULL,
  written_at          INTEGER NOT NULL,
  author              TEXT NOT NULL
) STRICT;
CREATE INDEX overdue_explanations_incident ON overdue_explanations (incident_id, id);

-- The timeline shown with an incident; each row is also in the audit log (with before/after).
CREATE TABLE incident_events (
  id          INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents (id),
  at          INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  summary     TEXT NOT NULL,
  audit_id    INTEGER NOT NULL REFERENCES audit_log (id)
) STRICT;
CREATE INDEX incident_events_incident ON incident_events (incident_id, id);

CREATE TABLE vehicle_log (
  id          INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incidents (id),
  gate_camera TEXT NOT NULL,
  plate       TEXT NOT NULL,
  container   TEXT,
  direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  at          INTEGER NOT NULL,
  guard       TEXT NOT NULL,
  recorded_at INTEGER NOT NULL
) STRICT;
CREATE INDEX vehicle_log_at ON vehicle_log (at, id);
CREATE INDEX vehicle_log_incident ON vehicle_log (incident_id, at, id);

-- History is append-only: timeline events and vehicle log entries are never edited or deleted.
CREATE TRIGGER incident_events_no_update BEFORE UPDATE ON incident_events
  BEGIN SELECT RAISE(ABORT, 'incident events are never edited'); END;
CREATE TRIGGER incident_events_no_delete BEFORE DELETE ON incident_events
  BEGIN SELECT RAISE(ABORT, 'incident events are never deleted'); END;
CREATE TRIGGER vehicle_log_no_update BEFORE UPDATE ON vehicle_log
  BEGIN SELECT RAISE(ABORT, 'vehicle log entries are never edited; add a correction'); END;
CREATE TRIGGER vehicle_log_no_delete BEFORE DELETE ON vehicle_log
  BEGIN SELECT RAISE(ABORT, 'vehicle log entries are never deleted'); END;
CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
  BEGIN SELECT RAISE(ABORT, 'incidents are never deleted'); END;
