-- Accounts can be disabled, and every change that must end a person's sessions (role, password set, disabled) is
-- dated, so that each server compares a session's sign-in time with it on every request.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

ALTER TABLE user_account ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE user_account ADD COLUMN credentials_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE user_account SET credentials_changed_at = password_changed_at;
ALTER TABLE user_account ALTER COLUMN credentials_changed_at SET NOT NULL;

COMMENT ON COLUMN user_account.credentials_changed_at IS 'Sessions signed in before this instant are ended.';

-- A password the server generated (the first administrator's) must be replaced at the first sign-in.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
