-- Schema v1: every entity of DESIGN §4. User tables have a UUID v7 id, a tombstone flag and
-- nullable or defaulted columns, because sync rebuilds rows column by column.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT
);

-- Reference data shipped with the app (not user data, not synced).
CREATE TABLE member_states (
  iso3 TEXT PRIMARY KEY,
  iso2 TEXT NOT NULL,
  m49 TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_fr TEXT NOT NULL,
  name_es TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_zh TEXT NOT NULL,
  name_ar TEXT NOT NULL,
  region TEXT NOT NULL,
  subregion TEXT NOT NULL,
  alt_names TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  role TEXT,
  email TEXT
);

CREATE TABLE state_requests (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  iso3 TEXT REFERENCES member_states(iso3),
  kind TEXT,              -- request | invitation
  received_on TEXT,
  status TEXT DEFAULT 'open', -- open | fulfilled | withdrawn
  description TEXT,
  source TEXT
);

CREATE TABLE indicator_definitions (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  key TEXT,
  label TEXT,
  unit TEXT,
  direction TEXT,          -- higher_is_riskier | lower_is_riskier
  normalisation TEXT,      -- minmax | rank | thresholds
  thresholds TEXT,         -- JSON array of numbers, for normalisation = thresholds
  min_value REAL,
  max_value REAL,
  source TEXT
);

CREATE TABLE risk_indicators (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  iso3 TEXT REFERENCES member_states(iso3),
  indicator_key TEXT,
  as_of TEXT,
  value REAL,
  source TEXT
);

CREATE TABLE signals (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  iso3 TEXT REFERENCES member_states(iso3),
  kind TEXT,               -- emerging_issue | trend | event | analysis
  occurred_on TEXT,
  severity INTEGER,
  half_life_days INTEGER,
  source TEXT,
  text TEXT
);

CREATE TABLE methodologies (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  name TEXT,
  version INTEGER DEFAULT 1,
  parent_id TEXT,
  weights TEXT,            -- JSON {factor: weight}
  params TEXT,             -- JSON {horizonYears, imputation, ...}
  is_default INTEGER DEFAULT 0,
  locked INTEGER DEFAULT 0,
  created_on TEXT
);

CREATE TABLE annual_lists (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  year INTEGER,
  status TEXT DEFAULT 'draft', -- draft | proposed | adopted
  capacity INTEGER,
  reserve_size INTEGER,
  methodology_id TEXT,
  constraints TEXT,        -- JSON
  decision_ref TEXT,
  decided_on TEXT
);

CREATE TABLE list_versions (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  list_id TEXT,
  version INTEGER,
  decided_on TEXT,
  decision_ref TEXT,
  frozen INTEGER DEFAULT 0
);

CREATE TABLE list_entries (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  version_id TEXT,
  iso3 TEXT REFERENCES member_states(iso3),
  rank INTEGER,
  score REAL,
  breakdown TEXT,          -- JSON [{factor, raw, normalized, weight, points, imputed}]
  proposed_kind TEXT,
  kind_reason TEXT,
  selection TEXT,          -- selected | reserve | none
  origin TEXT              -- model | ctc_instruction | amendment
);

CREATE TABLE list_amendments (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  list_id TEXT,
  base_version INTEGER,
  action TEXT,             -- add | remove | substitute | change_kind
  iso3 TEXT,
  replacement_iso3 TEXT,
  kind TEXT,
  rationale TEXT,
  proposed_by TEXT,
  proposed_on TEXT,
  status TEXT DEFAULT 'proposed', -- proposed | approved | rejected
  decision_ref TEXT,
  decided_on TEXT,
  decided_by TEXT,
  comment TEXT,
  result_version INTEGER
);

CREATE TABLE list_comments (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  list_id TEXT,
  amendment_id TEXT,
  author_id TEXT,
  written_at TEXT,
  text TEXT
);

CREATE TABLE consent_requests (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  iso3 TEXT REFERENCES member_states(iso3),
  list_year INTEGER,
  list_entry_id TEXT,
  note_verbale_ref TEXT,
  sent_on TEXT,
  reminders INTEGER DEFAULT 0,
  last_reminder_on TEXT,
  reply TEXT DEFAULT 'pending', -- pending | granted | declined | deferred | no_reply
  replied_on TEXT,
  proposed_from TEXT,
  proposed_to TEXT,
  conditions TEXT
);

CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  iso3 TEXT REFERENCES member_states(iso3),
  list_entry_id TEXT,
  consent_request_id TEXT,
  kind TEXT,               -- comprehensive | focused | regional | follow_up | advocacy
  mode TEXT,               -- in_person | virtual | hybrid
  status TEXT DEFAULT 'planned', -- planned | scheduled | conducted | postponed | cancelled
  start_date TEXT,
  end_date TEXT,
  virtual_start TEXT,
  virtual_end TEXT,
  physical_start TEXT,
  physical_end TEXT,
  team TEXT DEFAULT '[]',          -- JSON array of names
  agencies_met TEXT DEFAULT '[]',  -- JSON array of names
  notes TEXT,
  confidential INTEGER DEFAULT 0
);

CREATE TABLE assessment_reports (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  visit_id TEXT,
  title TEXT,
  status TEXT DEFAULT 'drafting',
  drafted_on TEXT,
  sent_to_state_on TEXT,
  observations_received_on TEXT,
  submitted_to_ctc_on TEXT,
  adopted_on TEXT,
  transmitted_on TEXT,
  implementation_reply_on TEXT,
  release_consent TEXT DEFAULT 'none', -- none | partial | full
  confidential_sections TEXT DEFAULT '[]'
);

CREATE TABLE recommendations (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  report_id TEXT,
  code TEXT,
  text TEXT,
  thematic_area TEXT,
  priority TEXT,           -- high | medium | low
  ta_needed INTEGER DEFAULT 0,
  ta_providers TEXT,
  confidential INTEGER DEFAULT 0
);

CREATE TABLE recommendation_updates (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  recommendation_id TEXT,
  as_of TEXT,
  status TEXT,
  evidence TEXT,
  source TEXT,
  author_id TEXT
);

CREATE TABLE followups (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  report_id TEXT,
  submitted_on TEXT,
  assessment TEXT,         -- JSON [{recommendationId, status, comment}]
  recommended_followup TEXT, -- none | follow_up_visit | focused_visit | technical_assistance | desk_review
  ta_partners TEXT,
  summary TEXT
);

CREATE TABLE ctc_meetings (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  held_on TEXT,
  title TEXT,
  notes TEXT
);

CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  meeting_id TEXT,
  iso3 TEXT REFERENCES member_states(iso3),
  report_id TEXT,
  official_title TEXT,
  invited_on TEXT,
  attended INTEGER
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  kind TEXT,
  at TEXT,
  actor_id TEXT,
  subject_table TEXT,
  subject_id TEXT,
  payload TEXT
);

CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  tbl TEXT,
  row_id TEXT,
  col TEXT,
  kept_value TEXT,
  kept_hlc TEXT,
  lost_value TEXT,
  lost_hlc TEXT,
  detected_at TEXT,
  resolved_at TEXT,
  resolution TEXT
);

-- The audit trail and unit of sync: one row per changed column.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  hlc TEXT NOT NULL,
  site_id TEXT NOT NULL,
  author_id TEXT,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);

CREATE INDEX change_log_row ON change_log(tbl, row_id);
CREATE INDEX change_log_hlc ON change_log(hlc);
CREATE INDEX visits_state ON visits(iso3);
CREATE INDEX consent_state ON consent_requests(iso3);
CREATE INDEX reports_visit ON assessment_reports(visit_id);
CREATE INDEX recommendations_report ON recommendations(report_id);
CREATE INDEX recommendation_updates_rec ON recommendation_updates(recommendation_id, as_of);
CREATE INDEX followups_report ON followups(report_id);
CREATE INDEX signals_state ON signals(iso3);
CREATE INDEX risk_indicators_state ON risk_indicators(iso3, indicator_key);
CREATE INDEX state_requests_state ON state_requests(iso3);
CREATE INDEX invitations_state ON invitations(iso3);
CREATE INDEX list_entries_version ON list_entries(version_id);
