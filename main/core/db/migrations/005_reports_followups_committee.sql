-- The assessment cycle, part 2: reports move through their steps, recommendations are updated
-- with evidence, technical assistance is tracked, OP 16 follow-up reports are assessed and
-- submitted, and the Committee's meetings record the officials it invited.

-- A report's step dates stay on its row. The State may send no factual observations: the step is
-- then recorded as "none received" (on the date CTED closed it, after the 30 days).
ALTER TABLE assessment_reports ADD COLUMN observations_none INTEGER DEFAULT 0;
ALTER TABLE assessment_reports ADD COLUMN release_consent_on TEXT;
ALTER TABLE assessment_reports ADD COLUMN implementation_reply_summary TEXT;

-- Technical assistance as records: requested by the State or proposed by CTED (in an OP 16 report),
-- delivered by a partner, linked to the recommendations it serves.
CREATE TABLE technical_assistance (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  iso3 TEXT REFERENCES member_states(iso3),
  report_id TEXT,
  followup_id TEXT,              -- the OP 16 report that proposed it, if any
  recommendation_ids TEXT DEFAULT '[]', -- JSON array of recommendation ids
  description TEXT,
  requested_by TEXT,             -- who asked: the State, CTED, a partner
  requested_on TEXT,
  partner TEXT,                  -- UNOCT entity, agency or donor
  status TEXT DEFAULT 'requested', -- proposed | requested | planned | delivered | declined
  status_on TEXT,
  notes TEXT
);
CREATE INDEX technical_assistance_state ON technical_assistance(iso3);

-- An OP 16 follow-up report: when it was started, and its due date fixed by the rule in force
-- then. The partners of the further follow-up CTED advises stay in ta_partners (now a JSON array).
ALTER TABLE followups ADD COLUMN started_on TEXT;
ALTER TABLE followups ADD COLUMN due_on TEXT;

-- What the Committee's meeting notes say of an invitation (who came, what was said).
ALTER TABLE invitations ADD COLUMN note TEXT;

-- Alert windows and the Committee's and transmission's expected delays, set by administrators.
ALTER TABLE settings ADD COLUMN alert_far_days INTEGER;
ALTER TABLE settings ADD COLUMN alert_near_days INTEGER;
ALTER TABLE settings ADD COLUMN committee_wait_days INTEGER;
ALTER TABLE settings ADD COLUMN transmission_days INTEGER;

CREATE INDEX invitations_meeting ON invitations(meeting_id);
