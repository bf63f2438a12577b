// The steering self-assessment's calls for the HTTP contract test (contract.test.ts).
// `:assessmentId` is 766's (unshared), made by the setup; `:roundId` comes from the round the
// national editor opens in the calls below (the setup makes one, too, for the reads).
import { createAssessment, createRound, type Database } from '../../src/db/index.ts';
import type { Call } from './contract-accounts.ts';

const EMPTY_DATA = {
  indicators: [],
  score: { score: null, grade: null, components: [] },
  peers: { nameDa: '', nameEn: '', members: [] },
  similarity: [],
};

/** An unshared assessment of 766 and a round of 766 and 101. */
export async function steeringWorld(db: Database, ids: Record<string, string>, now: Date) {
  const make = (municipality: string, roundId: number | null) =>
    createAssessment(
      db,
      {
        municipality,
        title: 'Kontraktens vurdering',
        questionnaireVersion: '2026.1',
        roundId,
        shared: false,
        data: EMPTY_DATA,
        dataVersion: '0',
        authorId: null,
      },
      now,
    );
  ids['assessmentId'] = String(await make('766', null));
  const round = await createRound(
    db,
    { name: 'Kontraktens runde', questionnaireVersion: '2026.1', deadline: null, authorId: null },
    now,
  );
  await make('766', round);
  await make('101', round);
  ids['roundId'] = String(round);
}

const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });
const answers = { version: '2026.1', centre: 'economic-financial', answers: { 'ef-01': 4 } };

export const STEERING_CALLS: Record<string, readonly Call[]> = {
  '/api/v1/steering/questionnaire': [
    { url: '/api/v1/steering/questionnaire', status: 200 },
    { url: '/api/v1/steering/questionnaire?version=2026.1', status: 200 },
    { url: '/api/v1/steering/questionnaire?version=2019.9', status: 404 },
    { url: '/api/v1/steering/questionnaire?version=x', status: 400 },
  ],
  '/api/v1/steering/assessments': [
    { url: '/api/v1/steering/assessments', status: 200 },
    { url: '/api/v1/steering/assessments?municipality=766', status: 200, as: 'editor' },
    {
      method: 'post',
      url: '/api/v1/steering/assessments',
      body: json({ municipality: '766', title: 'Kontrakt 2026' }),
      status: 201,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/steering/assessments',
      body: json({ municipality: '766', title: '' }),
      status: 400,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/steering/assessments',
      body: json({ municipality: '101', title: 'x' }),
      status: 403,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/steering/assessments',
      body: json({ municipality: '766', title: 'x' }),
      status: 401,
    },
  ],
  '/api/v1/steering/assessments/{id}/responses/me': [
    {
      method: 'put',
      url: '/api/v1/steering/assessments/:assessmentId/responses/me',
      body: json(answers),
      status: 200,
      as: 'editor',
    },
    {
      method: 'put',
      url: '/api/v1/steering/assessments/:assessmentId/responses/me',
      body: json({ ...answers, answers: { 'ef-01': 9 } }),
      status: 400,
      as: 'editor',
    },
    {
      method: 'put',
      url: '/api/v1/steering/assessments/:assessmentId/responses/me',
      body: json(answers),
      status: 401,
    },
    { url: '/api/v1/steering/assessments/:assessmentId/responses/me', status: 200, as: 'editor' },
    { url: '/api/v1/steering/assessments/:assessmentId/responses/me', status: 401 },
  ],
  '/api/v1/steering/assessments/{id}': [
    { url: '/api/v1/steering/assessments/:assessmentId', status: 200, as: 'editor' },
    { url: '/api/v1/steering/assessments/:assessmentId', status: 401 },
    { url: '/api/v1/steering/assessments/:assessmentId', status: 403, as: 'national' },
    { url: '/api/v1/steering/assessments/999999', status: 404, as: 'editor' },
    {
      method: 'patch',
      url: '/api/v1/steering/assessments/:assessmentId',
      body: json({ shared: true, baseVersion: 1 }),
      status: 200,
      as: 'editor',
    },
    {
      method: 'patch',
      url: '/api/v1/steering/assessments/:assessmentId',
      body: json({ title: 'Ny titel', baseVersion: 1 }),
      status: 409,
      as: 'editor',
    },
    { url: '/api/v1/steering/assessments/:assessmentId', status: 200 },
  ],
  '/api/v1/steering/assessments/{id}/export.xlsx': [
    { url: '/api/v1/steering/assessments/:assessmentId/export.xlsx', status: 200, as: 'editor' },
    { url: '/api/v1/steering/assessments/999999/export.xlsx', status: 404, as: 'editor' },
  ],
  '/api/v1/steering/rounds': [
    { url: '/api/v1/steering/rounds', status: 200, as: 'national' },
    { url: '/api/v1/steering/rounds', status: 401 },
    {
      method: 'post',
      url: '/api/v1/steering/rounds',
      body: json({ name: 'Kontraktrunde', municipalities: ['766', '751'] }),
      status: 201,
      as: 'national',
    },
    {
      method: 'post',
      url: '/api/v1/steering/rounds',
      body: json({ name: 'Kontraktrunde', municipalities: ['766'] }),
      status: 400,
      as: 'national',
    },
    {
      method: 'post',
      url: '/api/v1/steering/rounds',
      body: json({ name: 'Kontraktrunde', municipalities: ['766', '751'] }),
      status: 403,
      as: 'editor',
    },
  ],
  '/api/v1/steering/rounds/{id}': [
    { url: '/api/v1/steering/rounds/:roundId', status: 200, as: 'national' },
    { url: '/api/v1/steering/rounds/:roundId', status: 200, as: 'editor' },
    { url: '/api/v1/steering/rounds/:roundId', status: 401 },
    { url: '/api/v1/steering/rounds/999999', status: 404, as: 'national' },
  ],
};
