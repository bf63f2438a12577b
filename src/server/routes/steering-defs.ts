import { createRoute, z } from '@hono/zod-openapi';
import {
  AssessmentDocument,
  AssessmentListDocument,
  AssessmentListQuery,
  AssessmentPatchBody,
  CreatedAssessment,
  CreatedRound,
  NewAssessmentBody,
  QuestionnaireDocument,
  QuestionnaireQuery,
  ResponseBody,
  ResponseDocument,
  RoundBody,
  RoundDocument,
  RoundListDocument,
  authResponses,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';

// The steering self-assessment's routes (issue 19), as the OpenAPI document lists them.

const tags = ['steering'];
const idParams = z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/) });
const writeResponses = { ...problemResponses, ...authResponses, ...conflictResponse };
const readResponses = { ...problemResponses, ...authResponses };
const body = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const steeringRouteDefs = {
  questionnaire: createRoute({
    method: 'get',
    path: '/api/v1/steering/questionnaire',
    summary: 'Spørgeskemaet til styringsmodellen / the steering questionnaire',
    tags,
    request: { query: QuestionnaireQuery },
    responses: { 200: jsonContent('Spørgeskemaet', QuestionnaireDocument), ...problemResponses },
  }),
  list: createRoute({
    method: 'get',
    path: '/api/v1/steering/assessments',
    summary: 'Vurderinger: egne og delte / assessments: own and shared',
    tags,
    request: { query: AssessmentListQuery },
    responses: { 200: jsonContent('Vurderingerne', AssessmentListDocument), ...problemResponses },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/v1/steering/assessments',
    summary: 'Start en selvevaluering / start a self-assessment',
    tags,
    request: body(NewAssessmentBody),
    responses: { 201: jsonContent('Oprettet', CreatedAssessment), ...writeResponses },
  }),
  read: createRoute({
    method: 'get',
    path: '/api/v1/steering/assessments/{id}',
    summary: 'Resultatet med fund, sammenligning og hvem I kan ringe til / the result',
    tags,
    request: { params: idParams },
    responses: { 200: jsonContent('Resultatet', AssessmentDocument), ...readResponses },
  }),
  patch: createRoute({
    method: 'patch',
    path: '/api/v1/steering/assessments/{id}',
    summary: 'Ret titel eller deling / change the title or sharing',
    tags,
    request: { params: idParams, ...body(AssessmentPatchBody) },
    responses: { 200: jsonContent('Rettet', AssessmentDocument), ...writeResponses },
  }),
  myResponse: createRoute({
    method: 'get',
    path: '/api/v1/steering/assessments/{id}/responses/me',
    summary: 'Min besvarelse, til at fortsætte / my response, to resume',
    tags,
    request: { params: idParams },
    responses: { 200: jsonContent('Besvarelsen', ResponseDocument), ...readResponses },
  }),
  saveResponse: createRoute({
    method: 'put',
    path: '/api/v1/steering/assessments/{id}/responses/me',
    summary: 'Gem min besvarelse undervejs eller afslut den / save or finish my response',
    tags,
    request: { params: idParams, ...body(ResponseBody) },
    responses: { 200: jsonContent('Gemt', ResponseDocument), ...writeResponses },
  }),
  exportXlsx: createRoute({
    method: 'get',
    path: '/api/v1/steering/assessments/{id}/export.xlsx',
    summary: 'Resultatet som regneark / the result as a workbook',
    tags,
    request: {
      params: idParams,
      query: z.object({ lang: z.enum(['da', 'en']).optional() }),
    },
    responses: {
      200: { description: 'Regnearket', content: { [XLSX]: { schema: z.string() } } },
      ...readResponses,
    },
  }),
  rounds: createRoute({
    method: 'get',
    path: '/api/v1/steering/rounds',
    summary: 'Runder, man deltager i eller faciliterer / rounds',
    tags,
    responses: { 200: jsonContent('Runderne', RoundListDocument), ...readResponses },
  }),
  createRound: createRoute({
    method: 'post',
    path: '/api/v1/steering/rounds',
    summary: 'Åbn en runde for flere kommuner (national redaktør) / open a round',
    tags,
    request: body(RoundBody),
    responses: { 201: jsonContent('Åbnet', CreatedRound), ...writeResponses },
  }),
  round: createRoute({
    method: 'get',
    path: '/api/v1/steering/rounds/{id}',
    summary: 'En runde med deltagere og sammenligning / a round',
    tags,
    request: { params: idParams },
    responses: { 200: jsonContent('Runden', RoundDocument), ...readResponses },
  }),
};
