// The authorisation matrix's sample requests for the steering self-assessment (issue 19): one
// per guarded route, naming the actor's own municipality (766) or another (101).
import type { Resource } from '../../src/core/index.ts';
import { createAssessment, saveResponse, type Account, type Database } from '../../src/db/index.ts';

type Target = 'own' | 'other';
interface SampleWorld {
  readonly db: Database;
  readonly users: Readonly<Record<string, Account>>;
  serial: number;
}
interface SampleCell {
  readonly path: string;
  readonly body?: unknown;
  readonly raw?: { readonly bytes: Uint8Array; readonly type: string };
  readonly resource: Resource;
}
type Sample = (w: SampleWorld, who: string, target: Target) => Promise<SampleCell> | SampleCell;

const NOW = new Date('2026-12-07T09:00:00Z');
const own = (target: Target) => (target === 'own' ? '766' : '101');

/** An assessment of `municipality` written straight to the database (no data side needed). */
async function assessment(w: SampleWorld, municipality: string): Promise<number> {
  w.serial += 1;
  return createAssessment(
    w.db,
    {
      municipality,
      title: `Matrix ${w.serial}`,
      questionnaireVersion: '2026.1',
      roundId: null,
      shared: false,
      data: {
        indicators: [],
        score: { score: null, grade: null, components: [] },
        peers: { nameDa: '', nameEn: '', members: [] },
        similarity: [],
      },
      dataVersion: '0',
      authorId: null,
    },
    NOW,
  );
}

export const STEERING_SAMPLES: Readonly<Record<string, Sample>> = {
  'POST /api/v1/steering/assessments': (w, _who, target) => {
    w.serial += 1;
    const municipality = own(target);
    return {
      path: '/api/v1/steering/assessments',
      body: { municipality, title: `Matrix ${w.serial}` },
      resource: { type: 'steering-assessment', municipality },
    };
  },
  'PATCH /api/v1/steering/assessments/:id': async (w, _who, target) => {
    const municipality = own(target);
    const id = await assessment(w, municipality);
    return {
      path: `/api/v1/steering/assessments/${id}`,
      body: { shared: true },
      resource: { type: 'steering-assessment', municipality },
    };
  },
  'PUT /api/v1/steering/assessments/:id/responses/me': async (w, _who, target) => {
    const municipality = own(target);
    const id = await assessment(w, municipality);
    return {
      path: `/api/v1/steering/assessments/${id}/responses/me`,
      body: { version: '2026.1', centre: 'economic-financial', answers: { 'ef-01': 3 } },
      resource: { type: 'steering-assessment', municipality },
    };
  },
  // The actor's own response exists (when it is a user), so an allowed read answers 200.
  'GET /api/v1/steering/assessments/:id/responses/me': async (w, who, target) => {
    const municipality = own(target);
    const id = await assessment(w, municipality);
    const user = w.users[who];
    if (user)
      await saveResponse(
        w.db,
        {
          assessmentId: id,
          userId: user.id,
          label: '',
          centre: 'economic-financial',
          answers: { 'ef-01': 3 },
          finished: false,
        },
        NOW,
      );
    return {
      path: `/api/v1/steering/assessments/${id}/responses/me`,
      resource: { type: 'steering-assessment', municipality },
    };
  },
  'POST /api/v1/steering/rounds': (w) => {
    w.serial += 1;
    return {
      path: '/api/v1/steering/rounds',
      body: { name: `Matrix-runde ${w.serial}`, municipalities: ['766', '101'] },
      resource: { type: 'steering-round' },
    };
  },
};
