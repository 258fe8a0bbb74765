-- Field visit packs (issue 9, "The field workspace"): HQ issues a pack for one visit to a new field
-- installation, which it trusts at once. That installation is scoped to the visit's State: HQ's
-- later bundles for it carry only the changes of rows that belong to that State
-- (main/core/field/scope.ts). NULL for peers trusted by hand, which receive everything.
ALTER TABLE sync_peers ADD COLUMN scope_iso3 TEXT;
ALTER TABLE sync_peers ADD COLUMN scope_visit_id TEXT;
