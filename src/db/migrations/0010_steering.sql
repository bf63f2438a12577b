-- The steering self-assessment (issue 19, DESIGN.md §3.9). A round: a national editor
-- (facilitator) names several municipalities; opening it makes one assessment for each.
CREATE TABLE steering_rounds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  questionnaire_version text NOT NULL,
  deadline date,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL
);

-- An assessment of one municipality on one questionnaire version. `data` is the data side
-- (indicators, the economic centre's data score, the peer group) as computed when it was made,
-- with the data version it was computed on: an earlier assessment keeps its own picture.
CREATE TABLE steering_assessments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality text NOT NULL REFERENCES municipalities (code),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  questionnaire_version text NOT NULL,
  round_id integer REFERENCES steering_rounds (id) ON DELETE CASCADE,
  shared boolean NOT NULL DEFAULT false,
  shared_at timestamptz,
  data jsonb NOT NULL,
  data_version text,
  version integer NOT NULL DEFAULT 1,
  author_id integer REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (round_id, municipality)
);
CREATE INDEX steering_assessments_municipality ON steering_assessments (municipality, created_at);

-- A respondent's answers: {statementId: 1..5 | "dont-know"}. Saved as one goes; counted only
-- once finished.
CREATE TABLE steering_responses (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id integer NOT NULL REFERENCES steering_assessments (id) ON DELETE CASCADE,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  label text NOT NULL DEFAULT '' CHECK (length(label) <= 200),
  centre text NOT NULL CHECK (
    centre IN ('strategic-political', 'economic-financial', 'social-professional')
  ),
  answers jsonb NOT NULL,
  finished_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (assessment_id, user_id)
);
