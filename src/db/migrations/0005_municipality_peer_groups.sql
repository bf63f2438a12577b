-- Saved comparison groups per municipality (issue 15): editors of a municipality save groups
-- for it through the API, everyone reads them. A group saved with the CLI has no municipality.
-- Names are unique per municipality (and among the CLI's groups), so two municipalities may
-- both keep a group called "Nabokommuner"; the API names a group by its id.
ALTER TABLE peer_groups DROP CONSTRAINT peer_groups_pkey;
ALTER TABLE peer_groups ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE peer_groups ADD COLUMN municipality text REFERENCES municipalities (code);
ALTER TABLE peer_groups ADD COLUMN created_by integer REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE peer_groups
  ADD CONSTRAINT peer_groups_municipality_name UNIQUE NULLS NOT DISTINCT (municipality, name);
CREATE INDEX peer_groups_municipality ON peer_groups (municipality);
