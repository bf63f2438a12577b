-- Accounts, sessions, API tokens and the audit log (issue 15, decision 0011).
-- Readers are anonymous and have no row: a user is someone who may write, so `role` lists the
-- three roles that log in. Secrets are never stored: sessions, CSRF tokens, API tokens, reset
-- tokens and invitations are kept as the SHA-256 of the token (hex), passwords as an argon2id
-- hash in its encoded form (parameters included), and a TOTP secret only encrypted.

CREATE TABLE users (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Stored trimmed and lower-cased by the code; the unique index makes it case-insensitive
  -- whatever writes it.
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  role text NOT NULL CHECK (role IN ('municipality-editor', 'national-editor', 'admin')),
  -- NULL until the user has chosen one (created without --password-stdin, or by invitation).
  password_hash text CHECK (password_hash LIKE '$argon2%'),
  disabled_at timestamptz,
  failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until timestamptz,
  totp_secret text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- The target of user_municipalities' (user_id, role) key: only an editor has codes.
  UNIQUE (id, role)
);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));

-- The municipalities a municipality-editor writes for. The role is part of the key, so a row
-- can only point at a municipality-editor, and changing such a user's role is refused while
-- the user still has codes.
CREATE TABLE user_municipalities (
  user_id integer NOT NULL,
  role text NOT NULL DEFAULT 'municipality-editor' CHECK (role = 'municipality-editor'),
  code text NOT NULL REFERENCES municipalities (code),
  PRIMARY KEY (user_id, code),
  FOREIGN KEY (user_id, role) REFERENCES users (id, role) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX user_municipalities_code ON user_municipalities (code);

-- A login: idle expiry is judged from last_seen_at, absolute expiry is expires_at.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_hash text NOT NULL CHECK (csrf_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CHECK (last_seen_at >= created_at AND expires_at > created_at)
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL,
  expires_at timestamptz CHECK (expires_at > created_at),
  revoked_at timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- One-time password resets: used_at is set by the one use that counts.
CREATE TABLE password_resets (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
  used_at timestamptz
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- Invitations by link: the user is created when the invitation is accepted.
CREATE TABLE invitations (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  role text NOT NULL CHECK (role IN ('municipality-editor', 'national-editor', 'admin')),
  codes text[] NOT NULL DEFAULT '{}',
  invited_by integer REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
  used_at timestamptz,
  -- An editor is bound to at least one municipality; the other roles to none.
  CHECK ((role = 'municipality-editor') = (cardinality(codes) BETWEEN 1 AND 98)),
  CHECK (role = 'municipality-editor' OR cardinality(codes) = 0)
);
CREATE INDEX invitations_email ON invitations (lower(email));

-- Every write: who (user_id, or NULL for the CLI, with a label in actor), when, what, and the
-- resource before and after (never a secret). Written in the write's own transaction.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id integer REFERENCES users (id) ON DELETE SET NULL,
  actor text NOT NULL CHECK (length(actor) BETWEEN 1 AND 300),
  action text NOT NULL CHECK (action ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$'),
  resource_type text NOT NULL CHECK (length(resource_type) BETWEEN 1 AND 100),
  resource_id text,
  municipality text CHECK (municipality ~ '^[1-9][0-9]{2}$'),
  before jsonb,
  after jsonb,
  request_id text
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
