/**
 * The answers of /api/v1 as types, for clients in TypeScript (`import type`, so no server code
 * reaches a browser). Read from the response schemas (server/schemas), the same shapes the
 * OpenAPI document describes and every route's `c.json` is checked against: one description
 * of each answer, not a second one beside it.
 */
import type { z } from '@hono/zod-openapi';
import type * as S from './schemas/index.ts';

export type KeyFigureDocument = z.output<typeof S.KeyFigureDocument>;
export type PackageDocument = z.output<typeof S.PackageDocument>;
/** `GET /compare`: a few municipalities' packages side by side. */
export type CompareDocument = z.output<typeof S.CompareDocument>;
export type PotentialDocument = z.output<typeof S.PotentialDocument>;
export type DevelopmentDocument = z.output<typeof S.DevelopmentDocument>;
export type TalkToDocument = z.output<typeof S.TalkToDocument>;
export type PeersDocument = z.output<typeof S.PeersDocument>;
/** `GET /values`: every municipality's value in one year, one year kind and price level. */
export type ValuesDocument = z.output<typeof S.ValuesDocument>;
export type ValueRow = ValuesDocument['values'][number];
/** `GET /series`: one municipality over the years, a point per year and year kind. */
export type SeriesDocument = z.output<typeof S.SeriesDocument>;
export type SeriesPointDocument = SeriesDocument['series'][number];
/** `GET /package-years`: per year what a municipality's package would hold, and the default. */
export type PackageYearsDocument = z.output<typeof S.PackageYearsDocument>;
export type PackageYear = z.output<typeof S.PackageYear>;
/** `GET /price-index`: the stored pris- og lønindeks per source and year (base year = 1). */
export type PriceIndexDocument = z.output<typeof S.PriceIndexDocument>;

/** Initiatives and their effect check (issue 17). */
export type InitiativeDocument = z.output<typeof S.InitiativeDocument>;
export type InitiativeListDocument = z.output<typeof S.InitiativeListDocument>;
export type InitiativeSummary = z.output<typeof S.InitiativeSummary>;
export type InitiativeHistoryDocument = z.output<typeof S.InitiativeHistoryDocument>;
export type EffectDocument = z.output<typeof S.EffectDocument>;
export type FigureEffect = z.output<typeof S.FigureEffect>;
export type OverviewDocument = z.output<typeof S.OverviewDocument>;
export type NewInitiativeBody = z.input<typeof S.NewInitiativeBody>;
export type InitiativePatchBody = z.input<typeof S.InitiativePatchBody>;

/** Rule barriers (issue 18). */
export type BarrierListDocument = z.output<typeof S.BarrierListDocument>;
export type BarrierSummary = z.output<typeof S.BarrierSummary>;
export type BarrierDocument = z.output<typeof S.BarrierDocument>;
export type BarrierHistoryDocument = z.output<typeof S.BarrierHistoryDocument>;
export type SimilarBarriersDocument = z.output<typeof S.SimilarDocument>;
export type BarrierEstimateDocument = z.output<typeof S.EstimateDocument>;
export type NewBarrierBody = z.input<typeof S.NewBarrierBody>;
export type BarrierPatchBody = z.input<typeof S.BarrierPatchBody>;
export type BarrierSecondBody = z.input<typeof S.SecondBody>;
export type BarrierAnswerBody = z.input<typeof S.AnswerBody>;
export type BarrierMergeBody = z.input<typeof S.MergeBody>;

/** Budget follow-up, "Spørg hvorfor" (issue 18). */
export type DeviationDocument = z.output<typeof S.DeviationDocument>;
export type DeviationArea = z.output<typeof S.DeviationArea>;
export type DeviationYear = z.output<typeof S.DeviationYear>;
export type ExplanationBody = z.input<typeof S.ExplanationBody>;
export type ExplanationDocument = z.output<typeof S.ExplanationDocument>;
/** The steering self-assessment (issue 19). */
export type QuestionnaireDocument = z.output<typeof S.QuestionnaireDocument>;
export type AssessmentListDocument = z.output<typeof S.AssessmentListDocument>;
export type AssessmentDocument = z.output<typeof S.AssessmentDocument>;
export type SteeringResponseDocument = z.output<typeof S.ResponseDocument>;
export type RoundListDocument = z.output<typeof S.RoundListDocument>;
export type RoundDocument = z.output<typeof S.RoundDocument>;
/** The standard report's narrative drafts (issue 20). */
export type ReportDraftDocument = z.output<typeof S.ReportDraftDocument>;
export type ReportDraftListDocument = z.output<typeof S.ReportDraftListDocument>;
export type ReportDraftBody = z.input<typeof S.ReportDraftBody>;
