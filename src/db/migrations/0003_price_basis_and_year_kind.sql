-- Money has a price level and a year has a kind (DESIGN.md §3.4b). Every observation says
-- whether it is from the accounts, a budget or an estimate, and which prices it is in:
-- 'current' (løbende), 'fixed-YYYY' (faste priser of a base year), 'none' (not money), or
-- 'unknown' (money stored before this migration; re-import with --price-basis to set it).
-- Values of different kinds or bases are kept side by side, never replaced by each other.

ALTER TABLE observations
  ADD COLUMN year_kind text NOT NULL DEFAULT 'accounts'
    CHECK (year_kind IN ('accounts', 'budget', 'estimate')),
  ADD COLUMN price_basis text NOT NULL DEFAULT 'none'
    CHECK (price_basis ~ '^(current|none|unknown|fixed-[0-9]{4})$');

UPDATE observations o SET price_basis = CASE WHEN k.source IN ('regk31', 'statbank')
    THEN 'current' ELSE 'unknown' END
  FROM key_figures k
  WHERE k.id = o.key_figure_id AND k.unit ~* '(^|[[:space:].0-9])kr\.';

ALTER TABLE observations DROP CONSTRAINT observations_pkey;
ALTER TABLE observations
  ADD PRIMARY KEY (key_figure_id, year, municipality_code, year_kind, price_basis);

ALTER TABLE observation_history
  ADD COLUMN year_kind text NOT NULL DEFAULT 'accounts',
  ADD COLUMN price_basis text NOT NULL DEFAULT 'none';

-- What each import was: the price basis its money is in and how that was established
-- ('stated' by the source, 'flag' from --price-basis, 'detected' by overlap), and its
-- year kinds, e.g. {"2019": "budget"}.
ALTER TABLE imports
  ADD COLUMN price_basis text,
  ADD COLUMN price_basis_how text,
  ADD COLUMN price_basis_detail jsonb,
  ADD COLUMN year_kinds jsonb NOT NULL DEFAULT '{}'::jsonb;

-- A pris- og lønindeks as data: the price level of a year relative to the base year (= 1),
-- from a source: 'derived' (from overlapping exports of two bases), 'imported' (a file) or
-- 'statbank' (fetched). key_figure_id is '' for the general index, else the figure whose own
-- factors differ from the general ones. detail holds the derivation (spread, counts).
CREATE TABLE price_index (
  source text NOT NULL CHECK (source IN ('derived', 'imported', 'statbank')),
  key_figure_id text NOT NULL DEFAULT '',
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value numeric NOT NULL CHECK (value > 0),
  base_year integer NOT NULL,
  import_id integer REFERENCES imports (id),
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (source, key_figure_id, year)
);
