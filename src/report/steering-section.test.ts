import { describe, expect, it } from 'vitest';
import { reportHtml } from './document.ts';
import { printPdf } from './pdf.ts';
import { chromiumPath } from './printer.ts';
import { steeringSectionHtml, type SteeringDocument } from './steering-section.ts';
import { STEERING_CSS } from './styles.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(2)>';
const HOSTILE = `${SCRIPT}${IMG}`;

const centre = (
  id: SteeringDocument['centres'][number]['id'],
  nameDa: string,
  mean: number | null,
  grade: 'A' | 'B' | 'C' | null,
  dataScore: number | null = null,
): SteeringDocument['centres'][number] => ({
  id,
  nameDa,
  nameEn: nameDa,
  mean,
  sd: mean === null ? null : 0.35,
  min: mean === null ? null : mean - 0.35,
  max: mean === null ? null : mean + 0.35,
  n: mean === null ? 0 : 2,
  grade,
  dataScore,
  dataGrade: dataScore === null ? null : 'B',
  fields: [],
  statements: [],
});

const indicator = (
  id: SteeringDocument['data']['indicators'][number]['id'],
  value: number | null,
  unit: string,
  prices: { basis: 'current' | 'fixed'; year: number | null } | null,
  yearKind: 'accounts' | 'budget' | null,
): SteeringDocument['data']['indicators'][number] => ({
  id,
  nameDa: `Indikator ${id}`,
  nameEn: `Indicator ${id}`,
  definitionDa: '',
  definitionEn: '',
  centres: ['economic-financial'],
  keyFigures: [],
  years: [2015, 2018],
  value,
  unit,
  unitEn: unit,
  peerMedian: value === null ? null : value * 1.1,
  peers: 9,
  relative: null,
  score: value === null || id === 'prevention-share' ? null : 4,
  prices,
  yearKind,
  missingDa: value === null ? 'Der mangler et år.' : null,
  missingEn: value === null ? 'A year is missing.' : null,
});

/** A whole document as the API answers it, with user text that tries to be markup. */
function document(finished = true): SteeringDocument {
  const hostileTown = { code: '751', name: `Aarhus ${HOSTILE}` };
  return {
    id: 7,
    municipality: { code: '766', name: `Hedensted ${IMG}` },
    title: `Forår ${HOSTILE}`,
    questionnaireVersion: '2026.1',
    roundId: null,
    shared: true,
    sharedAt: '2026-12-07T09:00:00.000Z',
    version: 2,
    createdAt: '2026-12-07T09:00:00.000Z',
    updatedAt: '2026-12-07T09:00:00.000Z',
    dataVersion: 'import-42',
    canEdit: false,
    canAnswer: false,
    respondents: [
      {
        label: 'Hanne Hemmelig',
        centre: 'strategic-political',
        finished,
        answered: 33,
        total: 33,
        updatedAt: '2026-12-07T09:00:00.000Z',
        you: false,
      },
      {
        label: 'Respondent 2',
        centre: 'economic-financial',
        finished,
        answered: 33,
        total: 33,
        updatedAt: '2026-12-07T09:00:00.000Z',
        you: false,
      },
    ],
    data: {
      indicators: [
        indicator(
          'unit-cost-adults',
          12345.6,
          'kr. pr. 18-66-årig',
          { basis: 'fixed', year: 2018 },
          'accounts',
        ),
        indicator('development-adults', -3.21, 'pct.', { basis: 'fixed', year: 2018 }, 'accounts'),
        indicator('budget-deviation', 4.5, 'pct.', { basis: 'current', year: null }, 'budget'),
        indicator('development-children', null, 'pct.', null, null),
        indicator('prevention-share', 21.4, 'pct. af 5.28', null, 'accounts'),
      ],
      score: 3.25,
      grade: 'B',
      components: ['unit-cost-adults', 'development-adults'],
      peers: { nameDa: `Nærmeste ${SCRIPT}`, nameEn: 'Nearest', members: [hostileTown] },
    },
    centres: finished
      ? [
          centre('strategic-political', 'Det strategisk-politiske center', 4.25, 'A'),
          centre('economic-financial', `Det økonomisk-finansielle center`, 2.5, 'C', 3.25),
          centre('social-professional', 'Det socialfaglige center', 3.4, 'B'),
        ]
      : [
          centre('strategic-political', 'Det strategisk-politiske center', null, null),
          centre('economic-financial', 'Det økonomisk-finansielle center', null, null, 3.25),
          centre('social-professional', 'Det socialfaglige center', null, null),
        ],
    findings: finished
      ? [
          {
            kind: 'centre-gap',
            centre: null,
            statement: null,
            textDa: `Centrene ligger langt fra hinanden ${HOSTILE}`,
            textEn: `The centres are far apart ${HOSTILE}`,
          },
        ]
      : [],
    comparison: {
      peers: {
        n: 1,
        municipalities: [hostileTown],
        centres: [
          { id: 'strategic-political', mean: 3.8 },
          { id: 'economic-financial', mean: 3.1 },
          { id: 'social-professional', mean: null },
        ],
      },
      all: {
        n: 4,
        municipalities: [hostileTown],
        centres: [
          { id: 'strategic-political', mean: 3.6 },
          { id: 'economic-financial', mean: 3.3 },
          { id: 'social-professional', mean: 3.5 },
        ],
      },
    },
    weakest: finished
      ? [
          {
            centre: 'economic-financial',
            field: 'unit-costs',
            nameDa: `Enhedsomkostninger ${SCRIPT}`,
            nameEn: 'Unit costs',
            score: 2.25,
            calls: [
              {
                municipality: hostileTown,
                assessment: 3,
                fieldScore: 4.5,
                peer: true,
                similarityRank: null,
                items: [{ id: 11, title: `Sådan styrer vi ${HOSTILE}`, kind: 'case' }],
              },
            ],
          },
        ]
      : [],
    history: [],
  };
}

/** The HTML with every escaped form of the hostile strings taken out. */
const withoutEscaped = (s: string) =>
  s
    .replaceAll('&lt;script&gt;alert(1)&lt;/script&gt;', '')
    .replaceAll('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;', '');

describe('steeringSectionHtml(doc, lang)', () => {
  it('escapes every text of the document: titles, names, item titles, findings', () => {
    const out = steeringSectionHtml(document(), 'da');
    expect(out).toContain('Forår &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('Hedensted &quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(out).toContain('Aarhus &lt;script&gt;');
    expect(out).toContain('Sådan styrer vi &lt;script&gt;');
    expect(out).toContain('Centrene ligger langt fra hinanden &lt;script&gt;');
    expect(out).toContain('Enhedsomkostninger &lt;script&gt;');
    expect(out).toContain('Nærmeste &lt;script&gt;');
    const rest = withoutEscaped(out);
    expect(rest).not.toMatch(/<script|<img|onerror|alert\(/i);
    expect(out).not.toContain(SCRIPT);
    expect(out).not.toContain(IMG);
  });

  it('escapes the title in the whole document too, and fetches nothing', () => {
    const out = reportHtml({
      title: `Styring ${HOSTILE}`,
      lang: 'da',
      body: steeringSectionHtml(document(), 'da'),
      css: STEERING_CSS,
    });
    expect(out).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(out).toContain('<title>Styring &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;');
    expect(withoutEscaped(out)).not.toMatch(/<script|<img|<link|src=|@import|url\(/i);
    expect(out).toContain('@page { size: A4; }');
  });

  it('writes the price level and the year kind next to every indicator value', () => {
    const out = steeringSectionHtml(document(), 'da');
    const table = /<table class="indicators">([\s\S]*?)<\/table>/.exec(out)?.[1] ?? '';
    const rows = table.match(/<tr><th scope="row">[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(5);
    const cells = rows.map((r) =>
      [...r.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]),
    );
    expect(cells.map((c) => [c[2], c[4], c[5]])).toEqual([
      ['12.346 kr. pr. 18-66-årig', '2018-priser', 'regnskab'],
      ['−3,2 %', '2018-priser', 'regnskab'],
      ['4,5 %', 'løbende priser', 'budget'],
      ['–', '–', '–'],
      ['21,4 pct. af 5.28', 'intet (en andel)', 'regnskab'],
    ]);
    expect(cells[0]?.[3]).toBe('13.580 kr. pr. 18-66-årig (9)');
    expect(cells[4]?.[6]).toBe('scores ikke');
    expect(table).toContain(
      '<tr class="missing"><td></td><td colspan="6"><small>Der mangler et år.</small></td></tr>',
    );
  });

  it('shows the centres with Danish numbers, grades, the comparison and the data score', () => {
    const out = steeringSectionHtml(document(), 'da');
    expect(out).toContain(
      '<tr><th scope="row">Det økonomisk-finansielle center</th><td class="num">2,5</td><td class="grade">C</td><td class="num">0,4; 2,2–2,9</td><td class="num">2</td><td class="num">3,1</td><td class="num">3,3</td><td class="num">3,3 (B)</td></tr>',
    );
    expect(out).toContain('Sammenlignelige (n = 1)');
    expect(out).toContain('Alle deltagere (n = 4)');
    expect(out).toMatch(/<svg class="score-bars"[^>]*role="img"/);
    expect(out).toContain('Det økonomisk-finansielle center: Kommunen 2,5; Dataenes score 3,3');
    expect(out).toContain('karakter A ved 4,0 eller derover, B ved 3,0 eller derover, C derunder');
    expect(out).toContain('<a href="/metode#styring">/metode#styring</a>');
    expect(out).toContain('Spørgeskema version 2026.1; dataversion import-42');
  });

  it('numbers the respondents and never prints their names', () => {
    const out = steeringSectionHtml(document(), 'da');
    expect(out).not.toContain('Hanne');
    expect(out).toContain('Respondent 1: Det strategisk-politiske center, færdig (33/33)');
    expect(out).toContain('Respondent 2: ');
  });

  it('says in one line that there is no finished response, and keeps the data side', () => {
    const out = steeringSectionHtml(document(false), 'da');
    expect(out).toContain(
      '<p class="empty">Vurderingen har endnu ingen færdige besvarelser, så der er ingen selvevaluering at vise.</p>',
    );
    expect(out).not.toContain('<table class="centres">');
    expect(out).toContain('<table class="indicators">');
    expect(steeringSectionHtml(document(false), 'en')).toContain(
      'The assessment has no finished responses yet',
    );
  });

  it('writes English with English numbers and units', () => {
    const out = steeringSectionHtml(document(), 'en');
    expect(out).toContain('lang="en"');
    expect(out).toContain('DKK 12,346 per person aged 18-66');
    expect(out).toContain('2018 prices');
    expect(out).toContain('current prices');
    expect(out).toContain('−3.2%');
    expect(out).toContain('grade A at 4.0 or above');
  });
});

describe('printPdf(html, options)', () => {
  it('finds Chromium from POTENTIALE_CHROMIUM, else Debian’s', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ POTENTIALE_CHROMIUM: '/opt/c/chrome' })).toBe('/opt/c/chrome');
  });

  it('refuses in Danish, naming apt-get, when Chromium is missing', async () => {
    await expect(
      printPdf('<!doctype html>', {
        title: 'x',
        lang: 'da',
        executablePath: '/nonexistent/chromium',
      }),
    ).rejects.toThrow(/Chromium findes ikke på \/nonexistent\/chromium.*apt-get install chromium/);
  });
});
