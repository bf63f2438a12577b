import { z } from '@hono/zod-openapi';
import { CENTRES } from '../../core/index.ts';
import { MunicipalityRef, Prices, YearKind, orNull } from './common.ts';

// The steering self-assessment (issue 19, DESIGN.md §3.9).

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const code = z.string().regex(/^[1-9]\d{2}$/, 'en kommunekode med tre cifre, fx 766');
const Grade = z.enum(['A', 'B', 'C']).nullable();
export const CentreId = z.enum(CENTRES).openapi('SteeringCentre');
const centreValue = o({ id: CentreId, mean: z.number().nullable() });

const Scale = o({
  '1': z.string(),
  '2': z.string(),
  '3': z.string(),
  '4': z.string(),
  '5': z.string(),
  dontKnow: z.string(),
});
export const QuestionnaireDocument = o({
  version: z.string(),
  published: z.string(),
  scale: o({ da: Scale, en: Scale }),
  centres: list(
    o({
      id: CentreId,
      nameDa: z.string(),
      nameEn: z.string(),
      descriptionDa: z.string(),
      descriptionEn: z.string(),
      fields: list(o({ id: z.string(), nameDa: z.string(), nameEn: z.string() })),
      statements: list(
        o({
          id: z.string(),
          field: z.string(),
          textDa: z.string(),
          textEn: z.string(),
          lowDa: z.string(),
          lowEn: z.string(),
          highDa: z.string(),
          highEn: z.string(),
        }),
      ),
    }),
  ),
}).openapi('SteeringQuestionnaire');
export const QuestionnaireQuery = z.object({
  version: z
    .string()
    .regex(/^\d{4}\.\d{1,3}$/)
    .optional()
    .openapi({ description: 'Spørgeskemaets version; standard den nyeste' }),
});

export const AssessmentListQuery = z.object({ municipality: code.optional() });
export const AssessmentSummary = o({
  id: z.number().int(),
  municipality: MunicipalityRef,
  title: z.string(),
  questionnaireVersion: z.string(),
  roundId: z.number().int().nullable(),
  shared: z.boolean(),
  createdAt: z.string(),
  respondents: o({ started: z.number().int(), finished: z.number().int() }),
  centres: list(centreValue.extend({ grade: Grade })),
  dataScore: z.number().nullable(),
}).openapi('SteeringAssessmentSummary');
export const AssessmentListDocument = o({ items: list(AssessmentSummary) }).openapi(
  'SteeringAssessmentList',
);

export const NewAssessmentBody = o({
  municipality: code,
  title: z.string().trim().min(1).max(200),
  shared: z.boolean().default(false),
}).openapi('SteeringAssessmentInput');
export const CreatedAssessment = o({ id: z.number().int(), version: z.number().int() });
export const AssessmentPatchBody = o({
  title: z.string().trim().min(1).max(200).optional(),
  shared: z.boolean().optional(),
  baseVersion: z.number().int().positive().optional(),
}).openapi('SteeringAssessmentPatch');

export const DataIndicator = o({
  id: z.enum([
    'unit-cost-adults',
    'unit-cost-children',
    'development-adults',
    'development-children',
    'budget-deviation',
    'prevention-share',
  ]),
  nameDa: z.string(),
  nameEn: z.string(),
  definitionDa: z.string(),
  definitionEn: z.string(),
  centres: list(CentreId),
  keyFigures: list(z.string()),
  years: list(z.number().int()),
  value: z.number().nullable(),
  unit: z.string(),
  unitEn: z.string(),
  peerMedian: z.number().nullable(),
  peers: z.number().int(),
  relative: z.number().nullable(),
  score: z.number().nullable(),
  prices: orNull(Prices),
  yearKind: YearKind.nullable(),
  missingDa: z.string().nullable(),
  missingEn: z.string().nullable(),
}).openapi('SteeringIndicator');

const Statement = o({
  id: z.string(),
  field: z.string(),
  textDa: z.string(),
  textEn: z.string(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  n: z.number().int(),
  dontKnow: z.number().int(),
});
export const CentreResult = o({
  id: CentreId,
  nameDa: z.string(),
  nameEn: z.string(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  n: z.number().int(),
  grade: Grade,
  dataScore: z.number().nullable(),
  dataGrade: Grade,
  fields: list(
    o({
      id: z.string(),
      nameDa: z.string(),
      nameEn: z.string(),
      mean: z.number().nullable(),
      n: z.number().int(),
    }),
  ),
  statements: list(Statement),
}).openapi('SteeringCentreResult');

export const Finding = o({
  kind: z.enum([
    'data-gap',
    'respondent-spread',
    'statement-disagreement',
    'centre-gap',
    'home-view',
  ]),
  centre: CentreId.nullable(),
  statement: z.string().nullable(),
  textDa: z.string(),
  textEn: z.string(),
}).openapi('SteeringFinding');

const ItemRef = o({ id: z.number().int(), title: z.string(), kind: z.string() });
const GroupAverage = o({
  n: z.number().int(),
  municipalities: list(MunicipalityRef),
  centres: list(centreValue),
});

export const AssessmentDocument = o({
  id: z.number().int(),
  municipality: MunicipalityRef,
  title: z.string(),
  questionnaireVersion: z.string(),
  roundId: z.number().int().nullable(),
  shared: z.boolean(),
  sharedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  dataVersion: z.string().nullable(),
  canEdit: z.boolean(),
  canAnswer: z.boolean(),
  respondents: list(
    o({
      label: z.string(),
      centre: CentreId,
      finished: z.boolean(),
      answered: z.number().int(),
      total: z.number().int(),
      updatedAt: z.string(),
      you: z.boolean(),
    }),
  ),
  data: o({
    indicators: list(DataIndicator),
    score: z.number().nullable(),
    grade: Grade,
    components: list(z.string()),
    peers: o({ nameDa: z.string(), nameEn: z.string(), members: list(MunicipalityRef) }),
  }),
  centres: list(CentreResult),
  findings: list(Finding),
  comparison: o({ peers: GroupAverage, all: GroupAverage }),
  weakest: list(
    o({
      centre: CentreId,
      field: z.string(),
      nameDa: z.string(),
      nameEn: z.string(),
      score: z.number(),
      calls: list(
        o({
          municipality: MunicipalityRef,
          assessment: z.number().int(),
          fieldScore: z.number(),
          peer: z.boolean(),
          similarityRank: z.number().int().nullable(),
          items: list(ItemRef),
        }),
      ),
    }),
  ),
  history: list(
    o({
      id: z.number().int(),
      title: z.string(),
      createdAt: z.string(),
      finished: z.number().int(),
      centres: list(centreValue.extend({ grade: Grade })),
      dataScore: z.number().nullable(),
    }),
  ),
}).openapi('SteeringAssessment');

const AnswerValue = z.union([z.number(), z.string()]);
export const ResponseBody = o({
  version: z.string().max(20),
  centre: z.string().max(40),
  label: z.string().trim().max(200).default(''),
  answers: z.record(z.string().max(20), AnswerValue),
  finish: z.boolean().default(false),
}).openapi('SteeringResponseInput');
export const ResponseDocument = o({
  version: z.string(),
  centre: CentreId,
  label: z.string(),
  answers: z.record(z.string(), z.union([z.number().int(), z.literal('dont-know')])),
  finished: z.boolean(),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
}).openapi('SteeringResponse');

export const RoundBody = o({
  name: z.string().trim().min(1).max(200),
  municipalities: z.array(code).min(2).max(98),
  deadline: z.iso.date().nullable().default(null),
}).openapi('SteeringRoundInput');
export const CreatedRound = o({
  id: z.number().int(),
  assessments: list(o({ municipality: z.string(), id: z.number().int() })),
});
const RoundSummary = o({
  id: z.number().int(),
  name: z.string(),
  questionnaireVersion: z.string(),
  deadline: z.string().nullable(),
  createdAt: z.string(),
  participants: z.number().int(),
  shared: z.number().int(),
});
export const RoundListDocument = o({ items: list(RoundSummary) }).openapi('SteeringRoundList');
export const RoundDocument = RoundSummary.extend({
  participants: list(
    o({
      municipality: MunicipalityRef,
      assessment: z.number().int(),
      shared: z.boolean(),
      started: z.number().int(),
      finished: z.number().int(),
    }),
  ),
  allShared: z.boolean(),
  comparisonVisible: z.boolean(),
  waitingFor: list(MunicipalityRef),
  comparison: o({
    average: list(centreValue),
    municipalities: list(
      o({
        municipality: MunicipalityRef,
        assessment: z.number().int(),
        centres: list(centreValue.extend({ grade: Grade })),
        fields: list(o({ id: z.string(), mean: z.number().nullable() })),
      }),
    ),
  }).nullable(),
}).openapi('SteeringRound');
