import { OpenAPIHono } from '@hono/zod-openapi';
import {
  NARRATIVE_MAX,
  NotFoundError,
  PotentialeError,
  REPORT_SECTION_IDS,
  REPORT_SECTION_TITLES,
  keptNarratives,
  narrativeFaults,
  type PeerGroupSpec,
  type ReportDraft,
} from '../../core/index.ts';
import {
  audited,
  emptyReportDraft,
  latestReportDraft,
  listMunicipalities,
  listReportDrafts,
  reportDraftVersion,
  saveReportDraft,
  type Queryable,
} from '../../db/index.ts';
import { loadSavedGroup, parsePeerSpec, parsePriceRequest, parseYear } from '../../engine/index.ts';
import { type AuthDeps, auditActor, authOf } from '../auth/index.ts';
import { ProblemError } from '../problem.ts';
import { reportDraftRouteDefs as r } from './reports-defs.ts';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/** The municipality's name (the guard has already refused an unknown code with 404). */
async function municipalityOf(db: Queryable, code: string) {
  const m = (await listMunicipalities(db)).find((x) => x.code === code);
  if (!m) throw new NotFoundError(`Der er ingen kommune med koden ${code}`);
  return { code: m.code, name: m.name };
}

function presentDraft(d: ReportDraft, municipality: { code: string; name: string }) {
  return {
    municipality,
    version: d.version,
    year: d.year,
    peers: d.peers,
    prices: d.prices,
    lang: d.lang,
    narratives: { ...d.narratives } as Record<string, string>,
    author: d.createdBy === null ? null : { id: d.createdBy, name: d.authorLabel ?? '' },
    createdAt: d.createdAt,
    sections: REPORT_SECTION_IDS.map((id) => ({
      id,
      titleDa: REPORT_SECTION_TITLES[id].da,
      titleEn: REPORT_SECTION_TITLES[id].en,
    })),
    narrativeMax: NARRATIVE_MAX,
  };
}

/** A value the engine's parser refuses, as 422 naming the field (the body was well formed). */
function unprocessable(field: string, error: unknown): never {
  if (!(error instanceof PotentialeError)) throw error;
  throw new ProblemError(
    422,
    error.message,
    `The field '${field}' cannot be used for a report (see the Danish detail).`,
    field,
  );
}

async function checkedChoices(
  db: Queryable,
  code: string,
  body: { year: number; peers: string; prices?: string | null | undefined },
) {
  let year: number;
  try {
    year = parseYear(String(body.year));
  } catch (e) {
    unprocessable('year', e);
  }
  let prices: string | null = null;
  try {
    prices = parsePriceRequest(body.prices ?? '') === undefined ? null : (body.prices ?? '').trim();
  } catch (e) {
    unprocessable('prices', e);
  }
  try {
    const spec: PeerGroupSpec = parsePeerSpec(body.peers);
    if (spec.kind === 'nearest' && spec.add?.includes(code))
      throw new PotentialeError(
        'invalid-input',
        `Kommune ${code} kan ikke være med i sin egen gruppe (add=${code} i peers)`,
      );
    await loadSavedGroup(db, spec);
  } catch (e) {
    unprocessable('peers', e);
  }
  return { year, peers: body.peers.trim(), prices };
}

/** Refuses (422) a narrative for a section the report lacks, or one too long; names it. */
function checkNarratives(narratives: Readonly<Record<string, string>>): void {
  const [fault] = narrativeFaults(narratives);
  if (!fault) return;
  const field = `narratives.${fault.section.slice(0, 100)}`;
  if (fault.fault === 'unknown-section')
    throw new ProblemError(
      422,
      `Rapporten har intet afsnit "${fault.section}"; kendte afsnit: ${REPORT_SECTION_IDS.join(', ')}`,
      `The report has no section "${fault.section}"; known sections: ${REPORT_SECTION_IDS.join(', ')}`,
      field,
    );
  throw new ProblemError(
    422,
    `Teksten til afsnittet "${fault.section}" er ${fault.length} tegn; højst ${NARRATIVE_MAX} tegn er tilladt`,
    `The text for the section "${fault.section}" is ${fault.length} characters; at most ${NARRATIVE_MAX} are allowed`,
    field,
  );
}

/**
 * The standard report's narrative drafts (issue 20): the latest draft (an empty one, version
 * 0, when none is saved), the versions, one version, and a save as the next version (409 on a
 * stale base). Reads and the write alike are for who may edit the municipality's report
 * (`report.edit`, decided by the guard); every save is one transaction with its audit row.
 */
export function reportDraftRoutes(deps: AuthDeps) {
  const { db } = deps;
  return new OpenAPIHono()
    .openapi(r.draft, async (c) => {
      const { code } = c.req.valid('param');
      const m = await municipalityOf(db, code);
      const draft = (await latestReportDraft(db, code)) ?? emptyReportDraft(code);
      return c.json(presentDraft(draft, m), 200, NO_STORE);
    })
    .openapi(r.versions, async (c) => {
      const { code } = c.req.valid('param');
      const m = await municipalityOf(db, code);
      const items = (await listReportDrafts(db, code)).map((v) => ({
        version: v.version,
        createdAt: v.createdAt,
        author: v.authorLabel,
      }));
      return c.json({ municipality: m, items }, 200, NO_STORE);
    })
    .openapi(r.version, async (c) => {
      const { code, version } = c.req.valid('param');
      const m = await municipalityOf(db, code);
      const draft = await reportDraftVersion(db, code, Number(version));
      return c.json(presentDraft(draft, m), 200, NO_STORE);
    })
    .openapi(r.save, async (c) => {
      const { code } = c.req.valid('param');
      const body = c.req.valid('json');
      const auth = authOf(c);
      const m = await municipalityOf(db, code);
      const choices = await checkedChoices(db, code, body);
      checkNarratives(body.narratives);
      const now = deps.now();
      const saved = await audited(
        db,
        (tx) =>
          saveReportDraft(
            tx,
            {
              municipality: code,
              ...choices,
              lang: body.lang,
              narratives: keptNarratives(body.narratives),
              createdBy: auth.via === 'anonymous' ? null : auth.account.id,
            },
            body.baseVersion,
            now,
          ),
        (d) => ({
          at: now,
          ...auditActor(auth),
          action: 'report.edit',
          resourceType: 'report-draft',
          resourceId: `${code}/${d.version}`,
          municipality: code,
          after: {
            version: d.version,
            year: d.year,
            peers: d.peers,
            prices: d.prices,
            lang: d.lang,
            sections: Object.keys(d.narratives),
          },
        }),
      );
      return c.json(presentDraft(saved, m), 200, NO_STORE);
    });
}
