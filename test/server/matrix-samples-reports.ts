// The authorisation matrix's sample requests for the report drafts (issue 20): one per guarded
// route, naming the actor's own municipality (766) or another (101). A save builds on the
// latest version, so an allowed one writes.
import type { Resource } from '../../src/core/index.ts';
import { latestReportDraft, type Database } from '../../src/db/index.ts';

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

const own = (target: Target) => (target === 'own' ? '766' : '101');
const draftOf = (municipality: string): Resource => ({ type: 'report-draft', municipality });

export const REPORT_SAMPLES: Readonly<Record<string, Sample>> = {
  'GET /api/v1/reports/:code/draft': (_w, _who, target) => ({
    path: `/api/v1/reports/${own(target)}/draft`,
    resource: draftOf(own(target)),
  }),
  'PUT /api/v1/reports/:code/draft': async (w, _who, target) => {
    const municipality = own(target);
    w.serial += 1;
    const base = (await latestReportDraft(w.db, municipality))?.version ?? 0;
    return {
      path: `/api/v1/reports/${municipality}/draft`,
      body: {
        baseVersion: base,
        year: 2019,
        peers: 'nearest:10',
        prices: '2019',
        lang: 'da',
        narratives: { themes: `Matrix ${w.serial}` },
      },
      resource: draftOf(municipality),
    };
  },
  'GET /api/v1/reports/:code/drafts': (_w, _who, target) => ({
    path: `/api/v1/reports/${own(target)}/drafts`,
    resource: draftOf(own(target)),
  }),
  // Version 1 is there once any allowed save ran; before that an allowed read would be 404, so
  // the sample saves one straight to the database first.
  'GET /api/v1/reports/:code/drafts/:version': async (w, _who, target) => {
    const municipality = own(target);
    if ((await latestReportDraft(w.db, municipality)) === undefined)
      await w.db.query(
        `INSERT INTO report_drafts (municipality_code, version, year, peers, prices, lang,
           narratives, created_at) VALUES ($1, 1, 2019, 'nearest:10', '2019', 'da', '{}', now())`,
        [municipality],
      );
    return { path: `/api/v1/reports/${municipality}/drafts/1`, resource: draftOf(municipality) };
  },
};
