-- Rule barriers (issue 18, DESIGN.md §3.11): the rules that block an efficiency, reported by a
-- municipality, seconded by others, merged when duplicate and answered by the national editor.
CREATE TABLE barriers (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality text NOT NULL REFERENCES municipalities (code),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  law_name text NOT NULL CHECK (length(law_name) BETWEEN 1 AND 200),
  law_paragraph text NOT NULL CHECK (length(law_paragraph) BETWEEN 1 AND 100),
  law_url text,
  area text NOT NULL CHECK (length(area) <= 200),
  theme text NOT NULL,
  description text NOT NULL CHECK (length(description) <= 10000),
  key_figure text,
  -- {amount, prices: 'current' | 'fixed-YYYY', year, source}: a year's blocked efficiency.
  estimate jsonb,
  precedents text NOT NULL DEFAULT '' CHECK (length(precedents) <= 5000),
  links jsonb NOT NULL DEFAULT '[]',
  state text NOT NULL DEFAULT 'received' CHECK (
    state IN ('received', 'assessment', 'government', 'changed', 'rejected', 'withdrawn')
  ),
  -- The national editor's published answer: {text, at, state}.
  answer jsonb,
  merged_into integer REFERENCES barriers (id),
  version integer NOT NULL DEFAULT 1,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', title), 'A')
    || setweight(to_tsvector('danish', law_name || ' ' || law_paragraph || ' ' || area), 'B')
    || setweight(to_tsvector('danish', description), 'C')
  ) STORED,
  CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX barriers_search ON barriers USING gin (search);
CREATE INDEX barriers_law ON barriers (lower(law_name), lower(law_paragraph));

-- A seconding municipality with its comment and estimate. A municipality seconds a barrier
-- once; a merge moves the duplicate's seconds here (merged_from), keeping every comment.
CREATE TABLE barrier_seconds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  barrier_id integer NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
  municipality text NOT NULL REFERENCES municipalities (code),
  comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 5000),
  estimate jsonb,
  merged_from integer REFERENCES barriers (id),
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL
);
CREATE UNIQUE INDEX barrier_seconds_once ON barrier_seconds (barrier_id, municipality)
  WHERE merged_from IS NULL;

-- The trail: every report, edit, second, answer and merge, with a snapshot of the fields.
CREATE TABLE barrier_events (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  barrier_id integer NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (
    kind IN ('reported', 'edited', 'seconded', 'answered', 'merged-into', 'merged-from')
  ),
  at timestamptz NOT NULL,
  municipality text,
  other_barrier integer REFERENCES barriers (id),
  state text,
  snapshot jsonb NOT NULL,
  author_id integer REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX barrier_events_barrier ON barrier_events (barrier_id, id);

-- Budget follow-up: a municipality's explanation of a deviation on an area (an account
-- function, "5.30.27") in a year, with a cause category.
CREATE TABLE budget_explanations (
  municipality text NOT NULL REFERENCES municipalities (code),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  area text NOT NULL CHECK (area ~ '^[0-9]\.[0-9]{2}\.[0-9]{2}$'),
  cause text NOT NULL CHECK (
    cause IN ('demography', 'prices', 'activity', 'policy', 'accounting', 'one-off', 'other')
  ),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
  version integer NOT NULL DEFAULT 1,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (municipality, year, area)
);
