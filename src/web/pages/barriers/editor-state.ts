import type { BarrierDocument, NewBarrierBody, SessionUser } from '../../api/index.ts';
import { parseAmount } from '../initiatives/editor-state.ts';

/** A price level as the API writes it. */
export interface FormPrices {
  readonly basis: 'current' | 'fixed';
  readonly year: number | null;
}

/** The form's fields as it holds them (texts as typed; '' for "none"). */
export interface BarrierForm {
  readonly municipality: string;
  readonly title: string;
  readonly lawName: string;
  readonly paragraph: string;
  readonly lawUrl: string;
  readonly area: string;
  readonly theme: string;
  readonly description: string;
  readonly keyFigure: string;
  /** The estimate's amount as typed ('' = no estimate). */
  readonly amount: string;
  /** Where the amount came from: the potential on the key figure, or typed. */
  readonly source: 'potential' | 'entered';
  /** The amount's price level and year (the potential's when pre-filled; else current prices). */
  readonly prices: FormPrices | null;
  readonly year: number | null;
  readonly precedents: string;
  /** One link a line: "title | https://…". */
  readonly links: string;
}

/** A new barrier's fields: for the editor's own (first) municipality. */
export function emptyForm(user: SessionUser): BarrierForm {
  return {
    municipality: user.role === 'municipality-editor' ? (user.municipalities[0] ?? '') : '',
    title: '',
    lawName: '',
    paragraph: '',
    lawUrl: '',
    area: '',
    theme: 'elderly-health',
    description: '',
    keyFigure: '',
    amount: '',
    source: 'entered',
    prices: null,
    year: null,
    precedents: '',
    links: '',
  };
}

/** A stored barrier's fields in the form. */
export function formOf(d: BarrierDocument): BarrierForm {
  return {
    municipality: d.municipality.code,
    title: d.title,
    lawName: d.law.name,
    paragraph: d.law.paragraph,
    lawUrl: d.law.url ?? '',
    area: d.area,
    theme: d.theme,
    description: d.description,
    keyFigure: d.keyFigure?.id ?? '',
    amount: d.estimate ? String(d.estimate.amount) : '',
    source: d.estimate?.source ?? 'entered',
    prices: d.estimate?.prices ?? null,
    year: d.estimate?.year ?? null,
    precedents: d.precedents,
    links: d.links.map((l) => `${l.title} | ${l.url}`).join('\n'),
  };
}

/**
 * The links typed one a line, "title | url" (a line with only an address is its own title).
 * @example linksOf('Evaluering | https://x.dk\nhttps://y.dk') // [{ title: 'Evaluering', url: 'https://x.dk' }, { title: 'https://y.dk', url: 'https://y.dk' }]
 */
export function linksOf(text: string): { title: string; url: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bar = line.lastIndexOf('|');
      if (bar < 0) return { title: line, url: line };
      const title = line.slice(0, bar).trim();
      const url = line.slice(bar + 1).trim();
      return { title: title || url, url };
    });
}

/** The estimate the form sends: null without an amount; its level when it has one. */
function estimateOf(s: BarrierForm): NewBarrierBody['estimate'] {
  if (s.amount.trim() === '') return null;
  const amount = parseAmount(s.amount);
  const level =
    s.prices === null
      ? {}
      : s.prices.basis === 'fixed' && s.prices.year !== null
        ? { prices: { basis: 'fixed' as const, year: s.prices.year } }
        : { prices: { basis: 'current' as const, year: null } };
  return {
    amount,
    ...level,
    ...(s.year === null ? {} : { year: s.year }),
    source: s.source,
  };
}

/** The request body of the form's fields (the server checks them and answers in Danish). */
export function bodyOf(s: BarrierForm): NewBarrierBody {
  return {
    municipality: s.municipality,
    title: s.title,
    law: { name: s.lawName, paragraph: s.paragraph, url: s.lawUrl.trim() || null },
    area: s.area,
    theme: s.theme as NewBarrierBody['theme'],
    description: s.description,
    keyFigure: s.keyFigure || null,
    estimate: estimateOf(s),
    precedents: s.precedents,
    links: linksOf(s.links),
  };
}
