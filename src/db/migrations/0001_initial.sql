-- The foundation schema: regions and municipalities, the key-figure catalogue, observations
-- with their history and provenance, imports, and boundaries for the map.

CREATE TABLE regions (
  code text PRIMARY KEY CHECK (code ~ '^08[1-5]$'),
  name text NOT NULL
);

CREATE TABLE landsdele (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
  name text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code)
);

CREATE TABLE municipalities (
  code text PRIMARY KEY CHECK (code ~ '^[1-9][0-9]{2}$'),
  name text NOT NULL,
  region_code text NOT NULL REFERENCES regions (code),
  landsdel_code text REFERENCES landsdele (code)
);

CREATE TABLE imports (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_format text NOT NULL,
  file_name text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size bigint NOT NULL,
  imported_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'unchanged')),
  exported_by text,
  exported_on date,
  key_figures integer NOT NULL DEFAULT 0,
  rows_read integer NOT NULL DEFAULT 0,
  inserted integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  unchanged integer NOT NULL DEFAULT 0,
  diagnostics jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX imports_sha256 ON imports (sha256);

CREATE TABLE key_figures (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  source text NOT NULL,
  source_name text NOT NULL,
  name_da text NOT NULL,
  name_en text NOT NULL,
  unit text NOT NULL DEFAULT '',
  themes text[] NOT NULL DEFAULT '{}',
  kind text CHECK (kind IN ('cost', 'activity', 'quality', 'structure', 'finance')),
  polarity text NOT NULL DEFAULT 'neutral'
    CHECK (polarity IN ('lower-is-better', 'higher-is-better', 'neutral')),
  value_type text NOT NULL DEFAULT 'number' CHECK (value_type IN ('number', 'boolean')),
  volume_population text,
  volume_share text,
  volume_description text,
  parent_id text,
  overlaps_with text[] NOT NULL DEFAULT '{}',
  counterparts text[] NOT NULL DEFAULT '{}',
  catalogued boolean NOT NULL DEFAULT false,
  discontinued_after integer,
  first_import_id integer REFERENCES imports (id),
  UNIQUE (source, source_name)
);

CREATE TABLE key_figure_breaks (
  key_figure_id text NOT NULL REFERENCES key_figures (id),
  year integer NOT NULL,
  description text NOT NULL,
  source_note integer,
  PRIMARY KEY (key_figure_id, year)
);

-- Numbered notes of a source's exports; noegletal.dk numbers them across the whole database.
CREATE TABLE source_notes (
  source text NOT NULL,
  number integer NOT NULL,
  text text NOT NULL,
  import_id integer NOT NULL REFERENCES imports (id),
  PRIMARY KEY (source, number)
);

CREATE TABLE key_figure_notes (
  key_figure_id text NOT NULL REFERENCES key_figures (id),
  source text NOT NULL,
  note_number integer NOT NULL,
  PRIMARY KEY (key_figure_id, source, note_number)
);

CREATE TABLE observation_notes (
  key_figure_id text NOT NULL REFERENCES key_figures (id),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  source text NOT NULL,
  note_number integer NOT NULL,
  PRIMARY KEY (key_figure_id, municipality_code, source, note_number)
);

-- No foreign keys here on purpose: per-row FK triggers made a 476 280-row import ten times
-- slower. applyImport checks the references of a whole import with one set-based query
-- before it writes (src/db/apply-import.ts), inside the same transaction.
CREATE TABLE observations (
  key_figure_id text NOT NULL,
  municipality_code text NOT NULL CHECK (municipality_code ~ '^[1-9][0-9]{2}$'),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value numeric,
  status text NOT NULL CHECK (status IN ('value', 'missing', 'undefined', 'confidential')),
  raw text NOT NULL,
  import_id integer NOT NULL,
  PRIMARY KEY (key_figure_id, year, municipality_code),
  CHECK ((status = 'value') = (value IS NOT NULL))
);

-- Every value an import replaced, with the import that had set it and the one that replaced it.
CREATE TABLE observation_history (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key_figure_id text NOT NULL,
  municipality_code text NOT NULL,
  year integer NOT NULL,
  value numeric,
  status text NOT NULL,
  raw text NOT NULL,
  import_id integer NOT NULL,
  replaced_by_import_id integer NOT NULL
);
CREATE INDEX observation_history_key ON observation_history (key_figure_id, municipality_code, year);

CREATE TABLE boundaries (
  level text NOT NULL CHECK (level IN ('municipality', 'region')),
  code text NOT NULL,
  name text NOT NULL,
  geometry jsonb NOT NULL,
  import_id integer NOT NULL REFERENCES imports (id),
  PRIMARY KEY (level, code)
);
