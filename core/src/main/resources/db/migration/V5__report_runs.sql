-- Reports asked for on the Reports screen or through /api/reports/runs, produced in the background by whichever
-- server claims them first (org.coproduction.landscape.reports.run), and the files they produce.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE report_run (
  id               VARCHAR(36)              NOT NULL,
  owner            VARCHAR(64)              NOT NULL,
  report_name      VARCHAR(64)              NOT NULL,
  title            VARCHAR(255)             NOT NULL,
  file_name        VARCHAR(255)             NOT NULL,
  media_type       VARCHAR(128)             NOT NULL,
  funder_id        BIGINT,
  programme_id     BIGINT,
  period_from      DATE,
  period_to        DATE,
  state            VARCHAR(16)              NOT NULL,
  unfinished_place INTEGER,
  rows_done        BIGINT                   DEFAULT 0 NOT NULL,
  bytes_done       BIGINT                   DEFAULT 0 NOT NULL,
  failure          VARCHAR(1000),
  node             VARCHAR(255),
  claim            VARCHAR(36),
  attempts         INTEGER                  DEFAULT 0 NOT NULL,
  asked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE,
  finished_at      TIMESTAMP WITH TIME ZONE,
  expires_at       TIMESTAMP WITH TIME ZONE,
  heartbeat_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_report_run PRIMARY KEY (id),
  CONSTRAINT ck_report_run_state CHECK (state IN ('WAITING', 'PRODUCING', 'READY', 'FAILED')),
  -- A person's unfinished runs hold places 1, 2, 3...: two servers cannot give the same place twice, so the limit
  -- of unfinished runs per person holds whichever servers are asked at once. A finished run gives its place back.
  CONSTRAINT uq_report_run_place UNIQUE (owner, unfinished_place),
  CONSTRAINT ck_report_run_place CHECK ((unfinished_place IS NULL) = (state IN ('READY', 'FAILED')))
);

CREATE INDEX ix_report_run_owner ON report_run (owner, asked_at);
CREATE INDEX ix_report_run_state ON report_run (state, asked_at);
CREATE INDEX ix_report_run_expires ON report_run (expires_at);

COMMENT ON COLUMN report_run.claim IS 'Random token of the current production: only the server holding it writes.';
COMMENT ON COLUMN report_run.heartbeat_at IS 'Last sign of life of the server producing the run.';

-- The produced file, in pieces of about 1 MB written as the report is produced and read back in order.
CREATE TABLE report_run_chunk (
  run_id VARCHAR(36) NOT NULL,
  seq    INTEGER     NOT NULL,
  data   BYTEA       NOT NULL,
  CONSTRAINT pk_report_run_chunk PRIMARY KEY (run_id, seq),
  CONSTRAINT fk_report_run_chunk_run FOREIGN KEY (run_id) REFERENCES report_run (id) ON DELETE CASCADE
);

-- The places where reports are produced, one row each, for the whole cluster (ReportSlots.AT_ONCE of them): a
-- server claims a free one (SELECT ... FOR UPDATE SKIP LOCKED) together with the oldest waiting run.
CREATE TABLE report_slot (
  slot   INTEGER     NOT NULL,
  run_id VARCHAR(36),
  CONSTRAINT pk_report_slot PRIMARY KEY (slot),
  CONSTRAINT uq_report_slot_run UNIQUE (run_id),
  CONSTRAINT fk_report_slot_run FOREIGN KEY (run_id) REFERENCES report_run (id) ON DELETE SET NULL
);

INSERT INTO report_slot (slot) VALUES (1);
INSERT INTO report_slot (slot) VALUES (2);
