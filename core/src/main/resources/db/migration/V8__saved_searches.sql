-- A person's saved searches: a list's filters under a name, private or shared with everyone.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE saved_search (
  id         BIGINT        NOT NULL,
  version    BIGINT        NOT NULL,
  owner      VARCHAR(100)  NOT NULL,
  name       VARCHAR(100)  NOT NULL,
  kind       VARCHAR(20)   NOT NULL,
  query      VARCHAR(2000) NOT NULL,
  shared     BOOLEAN       NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_saved_search PRIMARY KEY (id),
  CONSTRAINT uq_saved_search_owner_name UNIQUE (owner, name)
);

CREATE INDEX ix_saved_search_shared ON saved_search (shared);
