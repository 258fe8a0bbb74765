-- Field records (issue 9): what a field team writes during a visit, often for days offline — its
-- meeting log, observations and draft findings per thematic area, proposed status updates of the
-- State's recommendations (decided at HQ), and the visit's practical details (the parts of the
-- visit with their dates; the agencies met stay on the visit's own row).
--
-- Every record belongs to one visit through visit_id (and through the visit to its State), like
-- visit_steps and assessment_reports. The column carries no REFERENCES clause, as none of theirs
-- does: sync judges a referenced value against the rows present before a bundle is applied, so a
-- declared reference would refuse every bundle carrying a new visit together with its records.

CREATE TABLE field_meetings (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  visit_id TEXT,
  held_on TEXT,
  institution TEXT,
  participants TEXT DEFAULT '[]',  -- JSON array of names and titles
  topics TEXT DEFAULT '[]',        -- JSON array of thematic area keys (shared/domain/reports.ts)
  summary TEXT,
  author_id TEXT
);
CREATE INDEX field_meetings_visit ON field_meetings(visit_id, held_on);

CREATE TABLE field_observations (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  visit_id TEXT,
  thematic_area TEXT,
  text TEXT,
  meeting_id TEXT,                 -- the meeting it was made at, if any
  author_id TEXT,
  recorded_on TEXT
);
CREATE INDEX field_observations_visit ON field_observations(visit_id, thematic_area);

-- A proposed status of one of the State's recommendations, with its evidence, until a planner at
-- HQ accepts it (it then becomes the recommendation's status) or declines it with a reason.
CREATE TABLE status_proposals (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  visit_id TEXT,
  recommendation_id TEXT,
  proposed_status TEXT,            -- a recommendation status (shared/domain/reports.ts)
  evidence TEXT,
  source TEXT,
  proposed_by TEXT,
  proposed_on TEXT,
  decision TEXT DEFAULT 'pending', -- pending | accepted | declined | withdrawn
  decision_reason TEXT,
  decided_by TEXT,
  decided_on TEXT
);
CREATE INDEX status_proposals_visit ON status_proposals(visit_id, decision);
CREATE INDEX status_proposals_recommendation ON status_proposals(recommendation_id);

CREATE TABLE field_findings (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  visit_id TEXT,
  thematic_area TEXT,
  text TEXT,
  status TEXT DEFAULT 'draft',     -- draft | ready
  author_id TEXT,
  updated_on TEXT
);
CREATE INDEX field_findings_visit ON field_findings(visit_id, thematic_area);

-- The parts of a visit as the team lives it (a virtual opening, days in the capital, a border
-- post…), each with its dates within the visit's.
CREATE TABLE visit_parts (
  id TEXT PRIMARY KEY,
  deleted INTEGER NOT NULL DEFAULT 0,
  visit_id TEXT,
  label TEXT,
  place TEXT,
  start_date TEXT,
  end_date TEXT
);
CREATE INDEX visit_parts_visit ON visit_parts(visit_id, start_date);
