// The standard report's learning half (issue 20) assembled from the database: whom to talk to
// and their portal items, the initiatives with their effect checks, the rule barriers, the
// budget deviations with explanations and the shared steering self-assessment. Without data
// each section says so in one 'absent' line; with data its tables hold what the API answers
// for the same question; hostile titles stay text. Real data, both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/cli/import-files.ts';
import {
  formatKr,
  formatMillionKr,
  formatPercent,
  formatWithUnit,
  type Block,
  type ReportSection,
  type Run,
  type Text,
} from '../../src/core/index.ts';
import {
  addSecond,
  answerBarrier,
  createBarrier,
  createInitiative,
  createItem,
  saveExplanation,
  type Database,
} from '../../src/db/index.ts';
import {
  barriersSection,
  budgetSection,
  initiativesSection,
  steeringSection,
  talkToSection,
  TALK_TO_PER_FIGURE,
} from '../../src/engine/report/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';
import { rawDataPath, repoRoot } from '../support/shared-data.ts';
import { FIGURE, context, initiative, item } from './learning-fixtures.ts';
import { NOW, newAssessment, respond, steeringHarness, type Harness } from '../steering/harness.ts';

const HOSTILE = '<script>alert("x")</script> & <b>fed</b>';

const kr = (v: number | null | undefined) =>
  v !== null && v !== undefined && Math.abs(v) >= 1e6
    ? formatMillionKr('da', v)
    : formatKr('da', v);
const textOf = (t: Text): string => (typeof t === 'string' ? t : t.map((r) => r.text).join(''));
const tables = (s: ReportSection) =>
  s.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const rowsOf = (s: ReportSection, k = 0) => (tables(s)[k]?.rows ?? []).map((r) => r.map(textOf));

describe.each(ENGINES)('the report’s learning sections (%s, real data)', (engine) => {
  let db: Database;
  let h: Harness;
  const json = async <T>(path: string): Promise<T> => {
    const r = await h.app.request(path);
    expect(r.status, await r.clone().text()).toBe(200);
    return (await r.json()) as T;
  };

  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    h = await steeringHarness(db);
  });
  afterAll(async () => db?.close());

  it('says in one absent line what is missing, in Danish and English', async () => {
    for (const lang of ['da', 'en'] as const) {
      const { ctx } = context(db, { lang });
      const sections = await Promise.all([
        talkToSection(ctx),
        initiativesSection(ctx),
        barriersSection(ctx),
        budgetSection(ctx),
        steeringSection(ctx),
      ]);
      expect(sections.map((s) => s.id)).toEqual([
        'talk-to',
        'initiatives',
        'barriers',
        'budget',
        'steering',
      ]);
      for (const s of sections) {
        expect(s.blocks, s.id).toHaveLength(1);
        expect(s.blocks[0], s.id).toMatchObject({ kind: 'paragraph', tone: 'absent' });
      }
      const lines = sections.map((s) => textOf((s.blocks[0] as { text: Text }).text));
      if (lang === 'da') {
        expect(lines[1]).toMatch(/^Kommunen har ingen registrerede offentlige initiativer\./);
        expect(lines[2]).toMatch(/hverken indberettet eller støttet en regelbarriere/);
        expect(lines[3]).toMatch(/ingen budgettal/);
        expect(lines[4]).toMatch(/ikke delt en selvevaluering/);
      } else {
        expect(lines[1]).toMatch(/^The municipality has no registered public initiatives\./);
        expect(lines[4]).toMatch(/has not shared a self-assessment/);
      }
    }
  });

  it('lists whom to talk to as the API does, with their portal items as inert text', async () => {
    const api = await json<{
      entries: Array<{ code: string; name: string; value: number; reasonDa: string }>;
    }>(
      `/api/v1/talk-to?municipality=147&keyFigure=${FIGURE}&year=2019&limit=${TALK_TO_PER_FIGURE}`,
    );
    expect(api.entries.length).toBeGreaterThan(0);
    const first = api.entries[0]?.code ?? '';
    const plain = await createItem(
      db,
      item({
        title: HOSTILE,
        municipalities: [first],
        links: [{ title: 'x', url: 'javascript:alert(1)' }],
      }),
      null,
      NOW,
    );
    const linked = await createItem(
      db,
      item({
        title: 'Med adresse',
        municipalities: [first],
        links: [{ title: 'Rapport', url: 'https://example.dk/rapport' }],
      }),
      null,
      NOW,
    );
    // Frederiksberg has comparable municipalities that spend less on the figure (as gap-items' test).
    const { ctx, formulas } = context(db, {
      code: '147',
      name: 'Frederiksberg',
      topFigures: [{ id: FIGURE, name: 'Udgifter til ældre pr. 67+-årig' }],
    });
    const s = await talkToSection(ctx);
    const [table] = tables(s);
    expect(rowsOf(s)).toEqual(
      api.entries.map((e) => [
        e.name,
        formatWithUnit('da', e.value, 'kr. pr. 67+-årig'),
        e.reasonDa,
      ]),
    );
    // The caption says the unit with the price level and year kind the values API names.
    const values = await json<{ yearKind: 'accounts' | 'budget'; prices: { year: number | null } }>(
      `/api/v1/values?keyFigure=${FIGURE}&year=2019`,
    );
    const level =
      values.prices.year === null ? '2019-priser (løbende)' : `${values.prices.year}-priser`;
    const kind = values.yearKind === 'budget' ? 'budget' : 'regnskab';
    expect(table?.caption).toBe(
      `Hvem gør det bedre på Udgifter til ældre pr. 67+-årig (kr. pr. 67+-årig, ${level}, ${kind} 2019)`,
    );
    expect(table?.columns[2]?.note).toBe(1);
    expect(formulas[0]?.text).toMatch(/^Score = forspring/);
    const en = await talkToSection({ ...ctx, lang: 'en' });
    expect(rowsOf(en).map((r) => r[0])).toEqual(api.entries.map((e) => e.name));
    expect(rowsOf(en)[0]?.[2]).toMatch(/ has DKK [\d,]+ per person aged 67\+ against your DKK /);
    const list = s.blocks.find((b) => b.kind === 'list');
    const items = (list?.kind === 'list' ? list.items : []) as readonly (readonly Run[])[];
    const hostile = items.find((runs) => runs[0]?.text === HOSTILE);
    expect(hostile?.[0]).toEqual({ text: HOSTILE });
    expect(textOf(hostile ?? [])).toContain(`/viden/${plain.id}`);
    const withUrl = items.find((runs) => runs[0]?.text === 'Med adresse');
    expect(withUrl?.[0]).toEqual({ text: 'Med adresse', href: 'https://example.dk/rapport' });
    expect(textOf(withUrl ?? [])).toContain(`/viden/${linked.id}`);
  });

  it('shows the public initiatives’ gains and effect checks as the initiative pages do', async () => {
    const pub = await createInitiative(db, initiative({ title: HOSTILE }), [], null, NOW);
    await createInitiative(
      db,
      initiative({ title: 'Internt initiativ', visibility: 'internal' }),
      [],
      null,
      NOW,
    );
    const one = await json<{
      totals: { expected: number; realised: number; prices: { year: number | null } };
    }>(`/api/v1/initiatives/${pub.id}`);
    const effect = await json<{
      figures: Array<{
        keyFigure: { nameDa: string };
        verdict: 'visible' | 'unclear' | 'not-visible' | null;
        total: { synthetic: number | null } | null;
        reason: { da: string };
      }>;
    }>(`/api/v1/initiatives/${pub.id}/effect`);
    const { ctx, formulas } = context(db);
    const s = await initiativesSection(ctx);
    const rows = rowsOf(s);
    expect(rows.map((r) => r[0])).toEqual([HOSTILE]);
    expect(rows[0]?.slice(1, 5)).toEqual([
      'I gang',
      '2016',
      kr(one.totals.expected),
      kr(one.totals.realised),
    ]);
    const words = {
      visible: 'synlig i nøgletallene',
      unclear: 'uklar',
      'not-visible': 'ikke synlig',
    };
    const fig = effect.figures[0];
    const verdict = fig?.verdict ? words[fig.verdict] : 'ingen vurdering';
    expect(rows[0]?.[5]).toBe(`${fig?.keyFigure.nameDa ?? ''}: ${verdict}`);
    const check = rowsOf(s, 1)[0];
    expect(check?.[2]).toBe(verdict);
    expect(check?.[4]).toBe(fig?.reason.da.replace(/^ingen vurdering\s*[:.]\s*/i, ''));
    if (fig?.total?.synthetic !== null && fig?.total?.synthetic !== undefined)
      expect(check?.[3]).toMatch(
        new RegExp(`^${kr(fig.total.synthetic).replace(/[.()+]/g, '\\$&')}, `),
      );
    expect(tables(s)[0]?.columns[5]?.note).toBe(1);
    expect(formulas.map((f) => f.name)).toEqual(['Effekttjek']);
    expect(tables(s)[0]?.caption).toMatch(/priser/);
  });

  it('lists the barriers the municipality reported or seconded, as the list API ranks them', async () => {
    const fields = (municipality: string, title: string) => ({
      municipality,
      title,
      law: {
        name: 'Lov om social service',
        paragraph: '§ 83',
        url: 'https://www.retsinformation.dk/eli/lta/2024/69',
      },
      area: 'Hjemmepleje',
      theme: 'elderly-health' as const,
      description: 'Reglen kræver det samme for alle.',
      keyFigure: null,
      estimate: {
        amount: 1_000_000,
        prices: { basis: 'current' as const, year: null },
        year: 2024,
        source: 'entered' as const,
      },
      precedents: '',
      links: [],
    });
    const own = await createBarrier(db, fields('766', HOSTILE), null, NOW);
    const theirs = await createBarrier(db, fields('575', 'Vejens barriere'), null, NOW);
    await addSecond(db, theirs.id, { municipality: '766', comment: '', estimate: null }, null, NOW);
    await answerBarrier(db, theirs.id, { text: 'Rejst i KKR.', state: 'government' }, null, NOW);
    await createBarrier(db, fields('101', 'Københavns egen'), null, NOW);
    const api = await json<{
      items: Array<{ id: number; title: string; seconds: number; total: { amount: number } }>;
    }>('/api/v1/barriers?municipality=766');
    const s = await barriersSection(context(db).ctx);
    const rows = rowsOf(s);
    expect(rows.map((r) => r[0])).toEqual(api.items.map((i) => i.title));
    expect(rows.map((r) => r[0]).sort()).toEqual([HOSTILE, 'Vejens barriere'].sort());
    expect(rows.map((r) => [r[3], r[4]])).toEqual(
      api.items.map((i) => [String(i.seconds), kr(i.total.amount)]),
    );
    const vejen = rows.find((r) => r[0] === 'Vejens barriere');
    expect(vejen?.slice(2)).toEqual([
      'støttet',
      '1',
      kr(1_000_000),
      'Rejst over for regeringen',
      `Rejst i KKR. (${NOW.toISOString().slice(0, 10)})`,
    ]);
    expect(rows.find((r) => r[0] === HOSTILE)?.[2]).toBe('indberettet');
    const rule = tables(s)[0]?.rows[0]?.[1] as readonly Run[];
    expect(rule[0]).toEqual({
      text: 'Lov om social service § 83',
      href: 'https://www.retsinformation.dk/eli/lta/2024/69',
    });
    expect(own.id).toBeGreaterThan(0);
  });

  it('shows the budget deviations with their explanations as the follow-up API does', async () => {
    const outcomes = await importFiles(
      db,
      [
        rawDataPath('dst-regk31-marieleth'),
        rawDataPath('noegletal-asgeringemann/Befolkning by Region Yearly 1993-2023.csv'),
        'test/fixtures/budk32',
      ],
      { cwd: repoRoot, now: () => NOW },
    );
    expect(outcomes.every((o) => o.outcome === 'imported')).toBe(true);
    await saveExplanation(
      db,
      {
        municipality: '766',
        year: 2022,
        area: '5.30.27',
        cause: 'demography',
        text: HOSTILE,
        visibility: 'public',
      },
      null,
      NOW,
    );
    await saveExplanation(
      db,
      {
        municipality: '766',
        year: 2022,
        area: '3.22.01',
        cause: 'other',
        text: 'Intern note',
        visibility: 'internal',
      },
      null,
      NOW,
    );
    const api = await json<{
      areas: Array<{
        area: string;
        name: string;
        flagged: boolean;
        years: Array<{
          budget: number;
          accounts: number;
          amount: number | null;
          percent: number | null;
        }>;
      }>;
    }>('/api/v1/budget-deviations?municipality=766&year=2022');
    const { ctx, formulas } = context(db, { year: 2022 });
    const s = await budgetSection(ctx);
    const rows = rowsOf(s);
    expect(rows).toHaveLength(api.areas.length);
    for (const a of api.areas) {
      const y = a.years[0];
      const row = rows.find((r) => r[0] === `${a.name} (${a.area})`);
      expect(row?.slice(1, 6), a.area).toEqual([
        formatKr('da', y?.budget),
        formatKr('da', y?.accounts),
        kr(y?.amount),
        formatPercent('da', y?.percent),
        a.flagged ? 'ja' : 'nej',
      ]);
    }
    const care = rows.find((r) => r[0]?.endsWith('(5.30.27)'));
    expect(care?.[6]).toBe(`Demografi: ${HOSTILE}`);
    expect(rows.find((r) => r[0]?.endsWith('(3.22.01)'))?.[6]).toBe('–');
    const table = tables(s)[0];
    expect(table?.caption).toMatch(/^Budget 2022 mod regnskab 2022 .*priser/);
    expect([table?.columns[3]?.note, table?.columns[4]?.note]).toEqual([1, 1]);
    expect(formulas.map((f) => f.name)).toEqual(['Budgetafvigelse']);
    const en = await budgetSection(context(db, { year: 2022, lang: 'en' }).ctx);
    expect(en.title).toBe('Budget against accounts: deviations and explanations');
    expect(rowsOf(en).find((r) => r[0]?.endsWith('(5.30.27)'))?.[6]).toBe(`Demography: ${HOSTILE}`);
  });

  it('shows the newest shared steering assessment as the API does; an unshared one is absent', async () => {
    const unshared = await newAssessment(h, 'a766', '766', 'Ikke delt', false);
    await respond(h, unshared, 'a766', 'strategic-political', () => 4);
    expect((await steeringSection(context(db).ctx)).blocks[0]).toMatchObject({ tone: 'absent' });
    const id = await newAssessment(h, 'a766', '766', HOSTILE, true);
    await respond(h, id, 'a766', 'strategic-political', () => 4);
    await respond(h, id, 'b766', 'economic-financial', () => 2);
    await respond(h, id, 'c766', 'social-professional', () => 5);
    const r = await h.call('GET', `/api/v1/steering/assessments/${id}`);
    expect(r.status, r.text).toBe(200);
    const api = r.body as unknown as {
      centres: Array<{ id: string; nameDa: string; mean: number | null; grade: string | null }>;
      data: { score: number | null; grade: string | null };
      findings: Array<{ textDa: string }>;
    };
    const s = await steeringSection(context(db).ctx);
    const facts = s.blocks.find((b) => b.kind === 'facts');
    expect(facts?.kind === 'facts' ? textOf(facts.items[0]?.value ?? '') : '').toBe(HOSTILE);
    const one = (v: number | null) => (v === null ? '–' : v.toFixed(1).replace('.', ','));
    expect(rowsOf(s).map((row) => row.slice(0, 3))).toEqual(
      api.centres.map((c) => [c.nameDa, one(c.mean), c.grade ?? '–']),
    );
    const list = s.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' ? list.items : []).toEqual(api.findings.map((f) => f.textDa));
    const dataScore = rowsOf(s).find((row) => row[6] !== '–')?.[6];
    expect(dataScore).toBe(
      api.data.score === null ? undefined : `${one(api.data.score)} (${api.data.grade ?? '–'})`,
    );
  });
});
