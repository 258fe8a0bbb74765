-- Sync (issue 9, DESIGN §6): signed, encrypted bundles of changes exchanged between installations,
-- merged cell by cell, with the concurrent edits that lost kept for a person to review.

-- What the site that made a change had already seen of that cell: the newest clock timestamp of
-- the cell there when the change was made (NULL: it had seen none). Stored for changes received
-- from other sites; for this site's own changes it is read from the log itself (the newest change
-- of the cell logged before it). It tells a concurrent edit from a deliberate overwrite.
ALTER TABLE change_log ADD COLUMN base_hlc TEXT;
-- A cell's history, newest last (merge), and each site's changes in clock order (bundles). The
-- first replaces change_log_row (tbl, row_id), its prefix: one index less to keep on every write.
CREATE INDEX change_log_cell ON change_log(tbl, row_id, col, hlc);
DROP INDEX change_log_row;
CREATE INDEX change_log_site ON change_log(site_id, hlc);

-- Installations whose bundles this one accepts, by their Ed25519 public key (hex). Local to this
-- file: trust is decided here, and never arrives in a bundle.
CREATE TABLE sync_peers (
  site_id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  name TEXT NOT NULL,
  trusted_on TEXT NOT NULL,      -- ISO instant
  trusted_by TEXT                -- user id
);

-- What each peer has acknowledged having (its bundles say so): per site that made changes, the
-- newest clock timestamp of that site's changes the peer holds. A bundle for a peer carries only
-- the changes above these marks.
CREATE TABLE sync_marks (
  peer_site_id TEXT NOT NULL,
  origin_site_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  PRIMARY KEY (peer_site_id, origin_site_id)
);

-- Bundles made here (direction 'out', numbered per installation) and bundles imported here ('in'):
-- an imported bundle's id is never applied twice.
CREATE TABLE sync_bundles (
  id TEXT PRIMARY KEY,
  direction TEXT NOT NULL,       -- in | out
  peer_site_id TEXT,             -- the sender (in) or the recipient (out; NULL: any peer)
  sequence INTEGER,              -- out: 1, 2, 3… on this installation
  created_hlc TEXT NOT NULL,
  changes INTEGER NOT NULL,
  applied INTEGER,               -- in: changes that were new here
  conflicts INTEGER,             -- in: concurrent edits found
  seen TEXT,                     -- out: the acknowledgement it carried (JSON {site: hlc})
  at TEXT NOT NULL,              -- when it was made or imported (ISO instant)
  by TEXT                        -- user id
);

-- The conflicts table (001) records a concurrent loss: which change was kept, which lost, and who
-- made each. kind: 'edit' (two edits of one cell, neither having seen the other) or 'deleted' (an
-- edit made to a row that another site had deleted before it, which the editor had not seen).
ALTER TABLE conflicts ADD COLUMN kind TEXT;
ALTER TABLE conflicts ADD COLUMN kept_site_id TEXT;
ALTER TABLE conflicts ADD COLUMN kept_author_id TEXT;
ALTER TABLE conflicts ADD COLUMN lost_site_id TEXT;
ALTER TABLE conflicts ADD COLUMN lost_author_id TEXT;
ALTER TABLE conflicts ADD COLUMN resolved_by TEXT;
CREATE INDEX conflicts_open ON conflicts(resolved_at, detected_at);
CREATE INDEX conflicts_cell ON conflicts(tbl, row_id, col);
