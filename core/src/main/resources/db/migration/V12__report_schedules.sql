-- Reports sent by e-mail on a schedule (org.coproduction.landscape.reports.schedule): a document with its filters, or a
-- saved search's list, weekly or monthly to named addresses, sent by whichever server claims it first when it is due.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE SEQUENCE report_schedule_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE report_schedule (
  id            BIGINT                   NOT NULL,
  version       BIGINT                   NOT NULL,
  owner         VARCHAR(64)              NOT NULL,
  report_name   VARCHAR(64)              NOT NULL,
  title         VARCHAR(255)             NOT NULL,
  funder_id     BIGINT,
  programme_id  BIGINT,
  period_from   DATE,
  period_to     DATE,
  -- A saved search's list, as it was when the schedule was made: the kind of records and the list's parameters.
  list_kind     VARCHAR(20),
  list_query    VARCHAR(2000),
  cadence       VARCHAR(10)              NOT NULL,
  recipients    VARCHAR(2000)            NOT NULL,
  next_due_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  -- After a failed send: when it is tried again, and how many tries have failed since the last one sent.
  retry_at      TIMESTAMP WITH TIME ZONE,
  attempts      INTEGER                  DEFAULT 0 NOT NULL,
  last_failure  VARCHAR(1000),
  last_sent_at  TIMESTAMP WITH TIME ZONE,
  -- The server sending it now, until when: another server takes it only once that time has passed.
  claim         VARCHAR(36),
  claimed_until TIMESTAMP WITH TIME ZONE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_report_schedule PRIMARY KEY (id),
  CONSTRAINT ck_report_schedule_cadence CHECK (cadence IN ('WEEKLY', 'MONTHLY'))
);
CREATE INDEX ix_report_schedule_owner ON report_schedule (owner);
CREATE INDEX ix_report_schedule_due ON report_schedule (next_due_at);
