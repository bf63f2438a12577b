-- Efficiency initiatives (issue 17, DESIGN.md §3.8): a benefits register. The record's fields
-- are kept as columns for what is filtered and added up, and the gains as jsonb lists of
-- {year, amount} in the record's one price level. Every save writes a version row, so an
-- expected gain cannot be rewritten after the fact without the history showing it.
CREATE TABLE initiatives (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality text NOT NULL REFERENCES municipalities (code),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL CHECK (length(description) <= 10000),
  theme text NOT NULL,
  type text NOT NULL CHECK (
    type IN (
      'digitalisation-welfare-technology', 'procurement-competition', 'organisation-management',
      'rehabilitation-prevention', 'cross-sector-cooperation', 'other'
    )
  ),
  owner jsonb,
  key_figures text[] NOT NULL DEFAULT '{}',
  baselines jsonb NOT NULL DEFAULT '[]',
  start_year integer NOT NULL CHECK (start_year BETWEEN 1990 AND 2100),
  expected jsonb NOT NULL DEFAULT '[]',
  realised jsonb NOT NULL DEFAULT '[]',
  -- The price level of every gain: 'current' or 'fixed-YYYY' (as observations store it).
  price_basis text NOT NULL CHECK (price_basis ~ '^(current|fixed-[0-9]{4})$'),
  status text NOT NULL CHECK (status IN ('planned', 'running', 'realised', 'dropped')),
  money jsonb NOT NULL,
  portal_items integer[] NOT NULL DEFAULT '{}',
  visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
  example boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX initiatives_municipality ON initiatives (municipality, updated_at DESC);
CREATE INDEX initiatives_key_figures ON initiatives USING gin (key_figures);

CREATE TABLE initiative_versions (
  initiative_id integer NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  version integer NOT NULL,
  at timestamptz NOT NULL,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  snapshot jsonb NOT NULL,
  PRIMARY KEY (initiative_id, version)
);

-- The portal's items documented an initiative by number since issue 16; now it is a key.
UPDATE portal_items SET initiative_id = NULL
  WHERE initiative_id IS NOT NULL AND initiative_id NOT IN (SELECT id FROM initiatives);
ALTER TABLE portal_items
  ADD CONSTRAINT portal_items_initiative FOREIGN KEY (initiative_id)
  REFERENCES initiatives (id) ON DELETE SET NULL;
