import type { z } from 'zod';
import {
  CURRENT_PRICES,
  fixedPrices,
  formatNumber,
  isMoneyUnit,
  withUnit,
  type PriceLevel,
} from '../core/index.ts';
import type * as S from '../server/schemas/index.ts';
import { markup, type SafeHtml } from './html.ts';
import { scoreBarsSvg } from './steering-chart.ts';
import { STEERING_TEXT, type ReportLang } from './steering-text.ts';

/** The assessment as `GET /api/v1/steering/assessments/{id}` answers it (presentAssessment). */
export type SteeringDocument = z.output<typeof S.AssessmentDocument>;
type Indicator = SteeringDocument['data']['indicators'][number];
type Words = (typeof STEERING_TEXT)[ReportLang];

const one = (lang: ReportLang, v: number | null) => formatNumber(lang, v, 1);
const named = (lang: ReportLang, x: { readonly nameDa: string; readonly nameEn: string }) =>
  lang === 'da' ? x.nameDa : x.nameEn;

/**
 * The steering self-assessment as a section of the standard report (issues 19 and 20): what the
 * model is, the centres with grade, spread, respondents and the comparison, a bar chart per
 * centre, the findings, the weakest fields with whom to call, the data indicators with price
 * level and year kind, the history and the method. An HTML fragment with no script; every text
 * of the document is escaped, respondents are numbered and never named. Without a finished
 * response it says so in one line, and shows the data side, which needs no answers.
 * @example steeringSectionHtml(await (await fetch('/api/v1/steering/assessments/1')).json(), 'da')
 */
export function steeringSectionHtml(doc: SteeringDocument, lang: ReportLang): string {
  const t = STEERING_TEXT[lang];
  const finished = doc.respondents.filter((r) => r.finished).length;
  const meta = [
    doc.title,
    `${doc.municipality.name} (${doc.municipality.code})`,
    `${t.created} ${doc.createdAt.slice(0, 10)}`,
    t.shared(doc.shared),
  ].join(' · ');
  const result =
    finished === 0 ? markup`<p class="empty">${t.empty}</p>` : answered(doc, lang, t, finished);
  return markup`<section class="steering" id="styring-${doc.id}" lang="${lang}">
<h2>${t.heading}</h2>
<p class="meta">${meta}</p>
<p>${t.about}</p>
${result}
${dataPart(doc, lang, t)}
${history(doc, lang, t)}
<p class="method"><small>${t.method(doc.questionnaireVersion, doc.dataVersion ?? '–')} <a href="/metode#styring">/metode#styring</a>.</small></p>
</section>
`.value;
}

/** Everything that needs answers: respondents, centres, charts, findings, weakest fields. */
function answered(doc: SteeringDocument, lang: ReportLang, t: Words, finished: number): SafeHtml {
  const findings =
    doc.findings.length === 0
      ? markup`<p>${t.noFindings}</p>`
      : markup`<ul class="findings">${doc.findings.map((f) => markup`<li>${lang === 'da' ? f.textDa : f.textEn}</li>`)}</ul>`;
  return markup`${respondents(doc, lang, t, finished)}
${centreTable(doc, lang, t)}
${charts(doc, lang, t)}
<h3>${t.findingsHeading}</h3>
${findings}
${weakest(doc, lang, t)}`;
}

function respondents(
  doc: SteeringDocument,
  lang: ReportLang,
  t: Words,
  finished: number,
): SafeHtml {
  const centre = new Map(doc.centres.map((c) => [c.id, c] as const));
  const item = (r: SteeringDocument['respondents'][number], k: number) => {
    const c = centre.get(r.centre);
    return markup`<li>${t.respondent(k + 1)}: ${c ? named(lang, c) : r.centre}, ${r.finished ? t.finished : t.unfinished} (${r.answered}/${r.total})</li>`;
  };
  return markup`<p class="respondents">${t.respondents(finished, doc.respondents.length)}</p>
<ol class="respondents">${doc.respondents.map(item)}</ol>`;
}

function centreTable(doc: SteeringDocument, lang: ReportLang, t: Words): SafeHtml {
  const peers = new Map(doc.comparison.peers.centres.map((c) => [c.id, c.mean] as const));
  const all = new Map(doc.comparison.all.centres.map((c) => [c.id, c.mean] as const));
  const members = doc.comparison.peers.municipalities.map((m) => m.name).join(', ');
  const row = (c: SteeringDocument['centres'][number]) => {
    const data = c.dataScore === null ? '–' : `${one(lang, c.dataScore)} (${c.dataGrade ?? '–'})`;
    return markup`<tr><th scope="row">${named(lang, c)}</th><td class="num">${one(lang, c.mean)}</td><td class="grade">${c.grade ?? '–'}</td><td class="num">${spread(lang, c)}</td><td class="num">${c.n}</td><td class="num">${one(lang, peers.get(c.id) ?? null)}</td><td class="num">${one(lang, all.get(c.id) ?? null)}</td><td class="num">${data}</td></tr>`;
  };
  return markup`<table class="centres">
<caption>${t.centresCaption}</caption>
<thead><tr><th scope="col">${t.centre}</th><th scope="col">${t.mean}</th><th scope="col">${t.grade}</th><th scope="col">${t.spread}</th><th scope="col">${t.respondentsN}</th><th scope="col">${t.peers(doc.comparison.peers.n)}</th><th scope="col">${t.all(doc.comparison.all.n)}</th><th scope="col">${t.dataScore}</th></tr></thead>
<tbody>${doc.centres.map(row)}</tbody>
</table>
<p class="note">${t.groups(named(lang, doc.data.peers), members, doc.comparison.all.n)}</p>`;
}

function spread(
  lang: ReportLang,
  c: { readonly sd: number | null; readonly min: number | null; readonly max: number | null },
): string {
  if (c.sd === null) return '–';
  return `${one(lang, c.sd)}; ${one(lang, c.min)}–${one(lang, c.max)}`;
}

function charts(doc: SteeringDocument, lang: ReportLang, t: Words): SafeHtml {
  const peers = new Map(doc.comparison.peers.centres.map((c) => [c.id, c.mean] as const));
  const all = new Map(doc.comparison.all.centres.map((c) => [c.id, c.mean] as const));
  const figure = (c: SteeringDocument['centres'][number]) => {
    const svg = scoreBarsSvg(
      `styring-${doc.id}-${c.id}`,
      named(lang, c),
      [
        { label: t.own, value: c.mean, kind: 'own' },
        ...(c.id === 'economic-financial'
          ? [{ label: t.dataBar, value: c.dataScore, kind: 'data' as const }]
          : []),
        {
          label: `${t.peersBar} (${doc.comparison.peers.n})`,
          value: peers.get(c.id) ?? null,
          kind: 'peers',
        },
        {
          label: `${t.allBar} (${doc.comparison.all.n})`,
          value: all.get(c.id) ?? null,
          kind: 'all',
        },
      ],
      lang,
      t.noValue,
    );
    return markup`<figure class="centre-chart"><figcaption>${named(lang, c)}</figcaption>${svg}</figure>`;
  };
  return markup`<h3>${t.chartsHeading}</h3>
<div class="charts">${doc.centres.map(figure)}</div>`;
}

type Call = SteeringDocument['weakest'][number]['calls'][number];

function weakest(doc: SteeringDocument, lang: ReportLang, t: Words): SafeHtml {
  if (doc.weakest.length === 0) return markup``;
  const centre = new Map(doc.centres.map((c) => [c.id, c] as const));
  const call = (c: Call) => {
    const why = c.peer ? t.inPeers : c.similarityRank === null ? '' : t.similar(c.similarityRank);
    const items =
      c.items.length === 0
        ? ''
        : markup`. ${t.portal}: ${c.items.map((i, k) => markup`${k > 0 ? '; ' : ''}“${i.title}”`)}`;
    return markup`<li>${c.municipality.name} (${c.municipality.code}): ${t.fieldScore} ${one(lang, c.fieldScore)}${why === '' ? '' : `, ${why}`}${items}</li>`;
  };
  const field = (w: SteeringDocument['weakest'][number]) => {
    const c = centre.get(w.centre);
    const calls =
      w.calls.length === 0
        ? markup`<p class="note">${t.noCalls}</p>`
        : markup`<ul class="calls">${w.calls.map(call)}</ul>`;
    return markup`<li><p><strong>${named(lang, w)}</strong> (${c ? named(lang, c) : w.centre}): ${t.fieldScore} ${one(lang, w.score)}</p>${calls}</li>`;
  };
  return markup`<h3>${t.weakestHeading}</h3>
<ol class="weakest">${doc.weakest.map(field)}</ol>`;
}

/** The answer's price level as the core's type: fixed prices need their base year. */
function priceLevel(p: Indicator['prices']): PriceLevel | null {
  if (p === null) return null;
  return p.basis === 'fixed' && p.year !== null ? fixedPrices(p.year) : CURRENT_PRICES;
}

/** A value with its unit, in the page's language: "12.346 kr. pr. 18-66-årig", "−3,2 %". */
function valueText(lang: ReportLang, i: Indicator, v: number | null): string {
  const n = formatNumber(lang, v, isMoneyUnit(i.unit) ? 0 : 1);
  if (lang === 'da' || i.unit === 'pct.' || isMoneyUnit(i.unit)) return withUnit(n, i.unit, lang);
  return v === null ? n : `${n} ${i.unitEn}`;
}

function dataPart(doc: SteeringDocument, lang: ReportLang, t: Words): SafeHtml {
  const d = doc.data;
  const row = (i: Indicator) => {
    const missing = lang === 'da' ? i.missingDa : i.missingEn;
    const why =
      missing === null
        ? ''
        : markup`<tr class="missing"><td></td><td colspan="6"><small>${missing}</small></td></tr>`;
    const score = i.score ?? (i.id === 'prevention-share' ? t.notScored : '–');
    // Without a value there is no price level or year kind to state.
    const none = i.value === null && i.prices === null && i.yearKind === null;
    return markup`<tr><th scope="row">${named(lang, i)}</th><td>${i.years.join('–')}</td><td class="num">${valueText(lang, i, i.value)}</td><td class="num">${valueText(lang, i, i.peerMedian)} (${i.peers})</td><td>${none ? '–' : t.priceText(priceLevel(i.prices))}</td><td>${none ? '–' : t.yearKindText(i.yearKind)}</td><td class="num">${score}</td></tr>${why}`;
  };
  return markup`<h3>${t.dataHeading}</h3>
<p>${t.dataIntro(d.score, d.grade, d.components.length, named(lang, d.peers))}</p>
<table class="indicators">
<thead><tr><th scope="col">${t.indicator}</th><th scope="col">${t.years}</th><th scope="col">${t.value}</th><th scope="col">${t.peerMedian}</th><th scope="col">${t.prices}</th><th scope="col">${t.yearKind}</th><th scope="col">${t.score}</th></tr></thead>
<tbody>${d.indicators.map(row)}</tbody>
</table>`;
}

function history(doc: SteeringDocument, lang: ReportLang, t: Words): SafeHtml {
  if (doc.history.length < 2) return markup``;
  const row = (h: SteeringDocument['history'][number]) => {
    const cells = doc.centres.map((c) => {
      const v = h.centres.find((x) => x.id === c.id);
      const grade = v === undefined || v.grade === null ? '' : ` (${v.grade})`;
      return markup`<td class="num">${one(lang, v?.mean ?? null)}${grade}</td>`;
    });
    return markup`<tr><th scope="row">${h.title}</th><td class="date">${h.createdAt.slice(0, 10)}</td>${cells}<td class="num">${one(lang, h.dataScore)}</td></tr>`;
  };
  return markup`<h3>${t.historyHeading}</h3>
<table class="history">
<thead><tr><th scope="col">${t.assessment}</th><th scope="col">${t.date}</th>${doc.centres.map((c) => markup`<th scope="col">${named(lang, c)}</th>`)}<th scope="col">${t.dataScore}</th></tr></thead>
<tbody>${doc.history.map(row)}</tbody>
</table>`;
}
