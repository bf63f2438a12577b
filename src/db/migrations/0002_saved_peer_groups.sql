-- Saved comparison groups: a named list of municipality codes that a user keeps and reuses
-- (`--peers saved:<name>`).
CREATE TABLE peer_groups (
  name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
  codes text[] NOT NULL CHECK (cardinality(codes) BETWEEN 1 AND 98),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
