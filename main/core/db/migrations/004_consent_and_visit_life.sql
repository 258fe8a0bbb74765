-- The assessment cycle, part 1: consent requests and visits move through their life in the app.

-- Workspace settings an administrator can change: one row, id 'workspace', synced column by column.
-- A missing row or column means the app's default (shared/domain/settings.ts).
CREATE TABLE settings (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  consent_reply_alert_days INTEGER,  -- no reply after this many days: overdue
  consent_reminder_days INTEGER,     -- a reminder is due this many days after the request or the last reminder
  op16_start TEXT                    -- OP 16 applies to reports adopted on or after this date
);

-- A consent request's current state stays on its row; every step (reminder, reply, withdrawal) is
-- kept here as history.
ALTER TABLE consent_requests ADD COLUMN confidential INTEGER DEFAULT 0; -- the State asked to keep the visit out of published documents (OP 19)
ALTER TABLE consent_requests ADD COLUMN withdrawn_on TEXT;
ALTER TABLE consent_requests ADD COLUMN withdrawal_reason TEXT;
CREATE TABLE consent_steps (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  consent_request_id TEXT,
  step TEXT,               -- reminder | reply | withdrawal
  on_date TEXT,
  note_verbale_ref TEXT,   -- of a reminder
  reply TEXT,              -- granted | declined | deferred | no_reply
  proposed_from TEXT,
  proposed_to TEXT,
  conditions TEXT,
  confidential INTEGER,
  reason TEXT,             -- of a withdrawal
  author_id TEXT
);
CREATE INDEX consent_steps_request ON consent_steps(consent_request_id, on_date);
CREATE INDEX consent_year ON consent_requests(list_year, iso3);

-- A visit's status, when it last changed and why; every change is kept in visit_steps.
ALTER TABLE visits ADD COLUMN status_on TEXT;
ALTER TABLE visits ADD COLUMN status_reason TEXT;
CREATE TABLE visit_steps (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  visit_id TEXT,
  from_status TEXT,
  to_status TEXT,
  on_date TEXT,
  reason TEXT,
  author_id TEXT
);
CREATE INDEX visit_steps_visit ON visit_steps(visit_id, on_date);

-- When a list was proposed (a Committee decision is never dated before it), and the consent
-- reply (a decline or withdrawal) that led to an amendment.
ALTER TABLE annual_lists ADD COLUMN proposed_on TEXT;
ALTER TABLE list_amendments ADD COLUMN consent_request_id TEXT;
