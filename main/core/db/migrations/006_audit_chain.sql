-- The audit trail becomes tamper-evident (main/core/db/audit.ts): each change_log row stores the
-- hash of its content chained to the previous row's, and neither change_log nor events can be
-- updated or deleted. cted_chain_hash is registered on the connection by the app.
ALTER TABLE change_log ADD COLUMN hash TEXT;

-- Chain the rows written before this version, in order.
WITH RECURSIVE chain(seq, hash) AS (
  SELECT seq, cted_chain_hash(NULL, hlc, site_id, author_id, tbl, row_id, col, old_value, new_value)
  FROM change_log WHERE seq = (SELECT MIN(seq) FROM change_log)
  UNION ALL
  SELECT c.seq, cted_chain_hash(chain.hash, c.hlc, c.site_id, c.author_id, c.tbl, c.row_id, c.col, c.old_value, c.new_value)
  FROM chain JOIN change_log c ON c.seq = (SELECT MIN(seq) FROM change_log WHERE seq > chain.seq)
)
UPDATE change_log SET hash = chain.hash FROM chain WHERE chain.seq = change_log.seq;

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'Recorded events cannot be changed.'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'Recorded events cannot be changed.'); END;
