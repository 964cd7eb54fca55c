-- What several servers over one database must share: sign-in attempt counters, a secret made once, and the locks
-- that let one server alone do the start-up work that must happen once.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- Failed sign-ins in a row by one username from one source address (web.security.SignInAttempts).
-- account_key is an HMAC-SHA256 of the lower-cased username with the secret 'sign-in-hint': never the username.
CREATE TABLE sign_in_failure (
  account_key VARCHAR(64)              NOT NULL,
  address     VARCHAR(128)             NOT NULL,
  failures    INTEGER                  NOT NULL,
  first_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  wait_until  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_sign_in_failure PRIMARY KEY (account_key, address),
  CONSTRAINT ck_sign_in_failure_failures CHECK (failures >= 0)
);

CREATE INDEX ix_sign_in_failure_first_at ON sign_in_failure (first_at);

COMMENT ON TABLE sign_in_failure IS 'Failed sign-ins in a row per username (HMAC) and source address; rows are deleted once forgotten.';
COMMENT ON COLUMN sign_in_failure.wait_until IS 'That address may not try that username again before this instant.';

-- Sign-in attempts from one source address (an IPv6 address by its /64) in the current window.
CREATE TABLE sign_in_address (
  address      VARCHAR(128)             NOT NULL,
  attempts     INTEGER                  NOT NULL,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_sign_in_address PRIMARY KEY (address),
  CONSTRAINT ck_sign_in_address_attempts CHECK (attempts >= 0)
);

CREATE INDEX ix_sign_in_address_window_start ON sign_in_address (window_start);

COMMENT ON TABLE sign_in_address IS 'Sign-in attempts per source address in its window; rows are deleted once the window has ended.';

-- Secrets every server must use alike, each made once by whichever server needs it first.
CREATE TABLE shared_secret (
  name   VARCHAR(32)  NOT NULL,
  secret VARCHAR(128) NOT NULL,
  CONSTRAINT pk_shared_secret PRIMARY KEY (name)
);

COMMENT ON TABLE shared_secret IS 'Random keys shared by every server, e.g. sign-in-hint (the HMAC key of sign_in_failure.account_key).';

-- One row per piece of start-up work that must happen once for all servers: a server holds the row's lock
-- (SELECT ... FOR UPDATE) while it checks whether the work is needed and does it.
CREATE TABLE startup_lock (
  name VARCHAR(32) NOT NULL,
  CONSTRAINT pk_startup_lock PRIMARY KEY (name)
);

INSERT INTO startup_lock (name) VALUES ('first-account');
INSERT INTO startup_lock (name) VALUES ('demo-data');

COMMENT ON TABLE startup_lock IS 'Rows locked by a starting server while it does work that must happen once (platform.StartupLock).';
