-- Accounts of the people who may sign in (org.coproduction.landscape.security.UserAccount).
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
  id                  BIGINT                   NOT NULL,
  version             BIGINT                   NOT NULL,
  username            VARCHAR(64)              NOT NULL,
  password_hash       VARCHAR(255)             NOT NULL,
  role                VARCHAR(16)              NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_user_account PRIMARY KEY (id),
  CONSTRAINT uq_user_account_username UNIQUE (username),
  CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'STAFF', 'VIEWER')),
  CONSTRAINT ck_user_account_username_lower CHECK (username = LOWER(username))
);

COMMENT ON TABLE user_account IS 'People who may sign in; password_hash is PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>.';
