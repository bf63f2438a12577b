-- The knowledge portal (issue 16, DESIGN.md §3.10): items with their version history and
-- attachments. Search is PostgreSQL's own on both engines: a weighted `danish` tsvector (title
-- A, summary B, body C) and pg_trgm for the typo fallback (a trusted extension since 13, so the
-- database owner may create it; PGlite loads it as a contrib extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE portal_items (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (
    kind IN ('case', 'recommendation', 'inspiration-catalogue', 'guide', 'tool', 'news')
  ),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary text NOT NULL CHECK (length(summary) <= 1000),
  body text NOT NULL CHECK (length(body) <= 100000),
  themes text[] NOT NULL DEFAULT '{}',
  topics text[] NOT NULL DEFAULT '{}',
  key_figures text[] NOT NULL DEFAULT '{}',
  municipalities text[] NOT NULL DEFAULT '{}',
  -- The owner: its editors may edit the item. NULL for an item of the national editors.
  municipality text REFERENCES municipalities (code),
  start_year integer CHECK (start_year BETWEEN 1970 AND 2100),
  contact jsonb,
  links jsonb NOT NULL DEFAULT '[]',
  sources jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
  example boolean NOT NULL DEFAULT false,
  -- The initiative the item documents (issue 17 adds the table and the foreign key).
  initiative_id integer,
  version integer NOT NULL DEFAULT 1,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', title), 'A')
    || setweight(to_tsvector('danish', summary), 'B')
    || setweight(to_tsvector('danish', body), 'C')
  ) STORED,
  search_text text GENERATED ALWAYS AS (lower(title || ' ' || summary)) STORED
);
CREATE INDEX portal_items_search ON portal_items USING gin (search);
CREATE INDEX portal_items_trigram ON portal_items USING gin (search_text gin_trgm_ops);
CREATE INDEX portal_items_key_figures ON portal_items USING gin (key_figures);
CREATE INDEX portal_items_status ON portal_items (status, updated_at DESC);

-- Every saved version of an item, the first included: the history and its diffs read these.
CREATE TABLE portal_item_versions (
  item_id integer NOT NULL REFERENCES portal_items (id) ON DELETE CASCADE,
  version integer NOT NULL,
  at timestamptz NOT NULL,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  snapshot jsonb NOT NULL,
  PRIMARY KEY (item_id, version)
);

-- Attachments are kept in the database, so a backup of the database is a backup of the portal.
CREATE TABLE portal_attachments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id integer NOT NULL REFERENCES portal_items (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  mime text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL,
  created_by integer REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX portal_attachments_item ON portal_attachments (item_id);
