-- change_log_hlc (hlc) serves no query: every read of the log by clock goes through
-- change_log_cell (tbl, row_id, col, hlc) or change_log_site (site_id, hlc). Dropping it spares
-- every write one index entry per logged column (a 50,000-value import logs 250,000 of them).
DROP INDEX change_log_hlc;
