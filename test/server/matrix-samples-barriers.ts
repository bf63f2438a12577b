// The authorisation matrix's sample requests for the rule barriers and budget explanations
// (issue 18): one per guarded route, naming the actor's own municipality or another.
import { importFiles } from '../../src/cli/import-files.ts';
import type { Resource } from '../../src/core/index.ts';
import { createBarrier, type Database } from '../../src/db/index.ts';
import { rawDataPath, repoRoot } from '../support/shared-data.ts';

type Target = 'own' | 'other';
interface SampleWorld {
  readonly db: Database;
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

/** A barrier reported by `municipality`, written straight to the database. */
async function barrier(w: SampleWorld, municipality: string) {
  w.serial += 1;
  return createBarrier(
    w.db,
    {
      municipality,
      title: `Matrix ${w.serial}`,
      law: { name: 'Lov om social service', paragraph: '§ 83', url: null },
      area: 'Hjemmepleje',
      theme: 'elderly-health',
      description: 'Tekst',
      keyFigure: null,
      estimate: null,
      precedents: '',
      links: [],
    },
    null,
    NOW,
  );
}

/** Budget and accounts of 2022 (the real REGK31 export and the BUDK32 fixture), once per database. */
const withBudget = new WeakSet<Database>();
async function budgetData(db: Database): Promise<void> {
  if (withBudget.has(db)) return;
  await importFiles(
    db,
    [rawDataPath('dst-regk31-marieleth/2022.csv'), 'test/fixtures/budk32/BUDK32-fixture-2022.csv'],
    { cwd: repoRoot, now: () => NOW },
  );
  withBudget.add(db);
}

const own = (target: Target) => (target === 'own' ? '766' : '101');

export const BARRIER_SAMPLES: Readonly<Record<string, Sample>> = {
  'POST /api/v1/barriers': (w, _who, target) => {
    w.serial += 1;
    const municipality = own(target);
    return {
      path: '/api/v1/barriers',
      body: {
        municipality,
        title: `Matrix ${w.serial}`,
        law: { name: 'Lov om social service', paragraph: '§ 83' },
        theme: 'elderly-health',
        estimate: { amount: 1000 },
      },
      resource: { type: 'barrier', municipality },
    };
  },
  'PATCH /api/v1/barriers/:id': async (w, _who, target) => {
    const municipality = own(target);
    const b = await barrier(w, municipality);
    return {
      path: `/api/v1/barriers/${b.id}`,
      body: { title: `Rettet ${w.serial}` },
      resource: { type: 'barrier', municipality },
    };
  },
  // Seconding as the actor's own municipality (or another) a barrier reported by a third.
  'POST /api/v1/barriers/:id/seconds': async (w, _who, target) => {
    const municipality = own(target);
    const b = await barrier(w, '751');
    return {
      path: `/api/v1/barriers/${b.id}/seconds`,
      body: { municipality, comment: 'Også her' },
      resource: { type: 'barrier-second', municipality },
    };
  },
  'POST /api/v1/barriers/:id/answer': async (w, _who, target) => {
    const municipality = own(target);
    const b = await barrier(w, municipality);
    return {
      path: `/api/v1/barriers/${b.id}/answer`,
      body: { state: 'government', text: 'Rejst over for regeringen' },
      resource: { type: 'barrier', municipality },
    };
  },
  'POST /api/v1/barriers/:id/merge': async (w, _who, target) => {
    const municipality = own(target);
    const from = await barrier(w, municipality);
    const into = await barrier(w, '751');
    return {
      path: `/api/v1/barriers/${from.id}/merge`,
      body: { into: into.id },
      resource: { type: 'barrier', municipality },
    };
  },
  'PUT /api/v1/budget-deviations/:code/:year/:area/explanation': async (w, _who, target) => {
    await budgetData(w.db);
    const municipality = target === 'own' ? '766' : '575';
    w.serial += 1;
    return {
      path: `/api/v1/budget-deviations/${municipality}/2022/5.30.27/explanation`,
      body: { cause: 'activity', text: `Flere borgere ${w.serial}` },
      resource: { type: 'budget-explanation', municipality },
    };
  },
};
