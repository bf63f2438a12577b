-- The standard report's narrative drafts (issue 20): a municipality's editors write their own
-- words per section and choose year, comparison group, price level and language. Every save is
-- a new version row; nothing is overwritten, so an earlier draft can always be read again.
CREATE TABLE report_drafts (
  municipality_code text NOT NULL REFERENCES municipalities (code),
  version integer NOT NULL CHECK (version >= 1),
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  -- The peers spec string the API takes (`nearest:10`, `saved:<name>`, …).
  peers text NOT NULL CHECK (length(peers) BETWEEN 1 AND 400),
  -- `current` or a base year, as the API's `prices` parameter; null: the report's default.
  prices text CHECK (length(prices) BETWEEN 1 AND 20),
  lang text NOT NULL CHECK (lang IN ('da', 'en')),
  -- {sectionId: markdown}, stored as written; the report renders it inert.
  narratives jsonb NOT NULL,
  created_by integer REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (municipality_code, version)
);
