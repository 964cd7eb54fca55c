-- The organisations and people entered twice and merged into the one kept (org.coproduction.landscape.duplicates.Merges):
-- the merged record's row is gone, and its old address (a page, the API) leads to the one it was merged into.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE record_merge (
  record_type VARCHAR(60)              NOT NULL,
  merged_id   BIGINT                   NOT NULL,
  into_id     BIGINT                   NOT NULL,
  merged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_record_merge PRIMARY KEY (record_type, merged_id),
  CONSTRAINT ck_record_merge_other CHECK (merged_id <> into_id)
);
CREATE INDEX ix_record_merge_into ON record_merge (record_type, into_id);
