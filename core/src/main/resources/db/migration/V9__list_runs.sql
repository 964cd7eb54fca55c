-- A saved search produced as a report: the run keeps the list it downloads (its kind, as in /api/<kind>) and the
-- list's parameters as they were when it was asked for (q, filters, sort), so that editing or deleting the search
-- afterwards does not change a run already waiting. Both are null for the documents of the Reports screen.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

ALTER TABLE report_run ADD COLUMN list_kind VARCHAR(20);
ALTER TABLE report_run ADD COLUMN list_query VARCHAR(2000);
