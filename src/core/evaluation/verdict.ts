import { formatNumber, formatWithUnit } from '../format/index.ts';
import type { EffectWindow } from './window.ts';

/** The verdict of the effect check in words for people (issue 17). */
export type Verdict = 'visible' | 'unclear' | 'not-visible';

export const VERDICT_DA: Readonly<Record<Verdict, string>> = {
  visible: 'synlig i nøgletallene',
  unclear: 'uklar',
  'not-visible': 'ikke synlig',
};
export const VERDICT_EN: Readonly<Record<Verdict, string>> = {
  visible: 'visible in the key figures',
  unclear: 'unclear',
  'not-visible': 'not visible',
};

/** Why no verdict was given. */
export type RefusalCode =
  'few-pre-years' | 'no-post-years' | 'poor-fit' | 'no-peers' | 'missing-own';

/** The reason for the verdict, or for none: a code and the sentence in both languages. */
export interface Reason {
  readonly code: Verdict | RefusalCode;
  readonly da: string;
  readonly en: string;
}

/**
 * The placebo share (rank / units) at or under which the gain counts as visible: the
 * municipality's post/pre ratio is among the largest tenth, so at least ten units are needed.
 */
export const VISIBLE_P = 0.1;
/** A visible gain is at least this many times the figure's normal variation. */
export const MIN_EFFECT_NOISE = 2;
/** Over this share (the lower half of the placebo ranking) the gain is not visible. */
export const NOT_VISIBLE_P = 0.5;

const years = (ys: readonly number[]) =>
  ys.length === 0 ? '' : ys.length === 1 ? String(ys[0]) : `${ys[0]}-${ys[ys.length - 1]}`;

const fmt = (v: number, unit: string, locale: 'da' | 'en') =>
  unit ? formatWithUnit(locale, v, unit) : formatNumber(locale, v, 2);

/** The context each refusal's sentence reads. */
export type RefusalContext =
  | {
      readonly code: 'few-pre-years';
      readonly preYears: readonly number[];
      readonly window: EffectWindow;
      /** Breaks after the start that the figure's comparable years begin with. */
      readonly breaks: ReadonlyArray<{
        readonly year: number;
        readonly description: string;
        readonly descriptionEn?: string;
      }>;
    }
  | { readonly code: 'no-post-years'; readonly startYear: number; readonly window: EffectWindow }
  | {
      readonly code: 'poor-fit';
      readonly rmspe: number;
      readonly spread: number;
      readonly unit: string;
    }
  | { readonly code: 'no-peers'; readonly peers: number }
  | { readonly code: 'missing-own' };

/** The sentence of a refusal in both languages. */
export function refusal(ctx: RefusalContext): Reason {
  switch (ctx.code) {
    case 'few-pre-years': {
      const n = ctx.preYears.length;
      const b = ctx.breaks[0];
      return {
        code: ctx.code,
        da: `Ingen vurdering: kun ${n} regnskabsår før starten i vinduet${n ? ` (${years(ctx.preYears)})` : ''}; der skal mindst 3 til at se, om udviklingen ændrede sig.${b ? ` Definitionsbruddet i ${b.year} gør årene før usammenlignelige med årene efter: ${b.description}` : ''}`,
        en: `No verdict: only ${n} accounts year(s) before the start in the window${n ? ` (${years(ctx.preYears)})` : ''}; at least 3 are needed to see whether the path changed.${b ? ` The definition break of ${b.year} makes the years before it incomparable with those after: ${b.descriptionEn ?? b.description}` : ''}`,
      };
    }
    case 'no-post-years':
      return {
        code: ctx.code,
        da: `Ingen vurdering: der er intet regnskabsår fra startåret ${ctx.startYear} i vinduet${ctx.window.cuts.some((c) => c.kind === 'not-accounts') ? '; budgetår er en plan, ikke et resultat, og tæller ikke' : ''}.`,
        en: `No verdict: the window has no accounts year from the start year ${ctx.startYear}${ctx.window.cuts.some((c) => c.kind === 'not-accounts') ? '; a budget year is a plan, not an outcome, and does not count' : ''}.`,
      };
    case 'poor-fit':
      return {
        code: ctx.code,
        da: `Ingen vurdering: den syntetiske kontrol rammer kommunens tal før starten med en fejl på ${fmt(ctx.rmspe, ctx.unit, 'da')} (RMSPE), mere end sammenligningskommunernes indbyrdes spredning (${fmt(ctx.spread, ctx.unit, 'da')}). Kommunen ligner ikke en blanding af dem, så en afvigelse bagefter siger intet om initiativet.`,
        en: `No verdict: the synthetic control misses the municipality's values before the start by ${fmt(ctx.rmspe, ctx.unit, 'en')} (RMSPE), more than the peers' own spread (${fmt(ctx.spread, ctx.unit, 'en')}). The municipality does not look like a mix of them, so a later deviation says nothing about the initiative.`,
      };
    case 'no-peers':
      return {
        code: ctx.code,
        da: `Ingen vurdering: kun ${ctx.peers} sammenligningskommune(r) har værdier i hele vinduet; der skal mindst 2.`,
        en: `No verdict: only ${ctx.peers} peer(s) have values in the whole window; at least 2 are needed.`,
      };
    case 'missing-own':
      return {
        code: ctx.code,
        da: 'Ingen vurdering: kommunen mangler en værdi i vinduet.',
        en: 'No verdict: the municipality lacks a value in the window.',
      };
  }
}

/** What the verdict reads: the post-period gap to the synthetic control, DiD's sign, the placebo rank. */
export interface VerdictInput {
  /** The mean post-period gap (own − synthetic), and the unit for the sentence. */
  readonly gap: number;
  readonly unit: string;
  readonly didAverage: number;
  /** The figure's normal variation (peerNoise); a visible gain must be larger than twice it. */
  readonly noise: number;
  readonly rank: number;
  readonly of: number;
}

/**
 * The verdict (issue 17, /metode "Effekttjek"): visible when spending fell below the synthetic
 * control, difference in differences agrees, and the placebo rank is in the top tenth
 * (rank/of ≤ VISIBLE_P); not visible when spending did not fall below it, or the rank is in the
 * lower half; unclear in between.
 */
export function verdictOf(v: VerdictInput): { readonly verdict: Verdict; readonly reason: Reason } {
  const p = v.rank / v.of;
  const gapDa = fmt(Math.abs(v.gap), v.unit, 'da');
  const gapEn = fmt(Math.abs(v.gap), v.unit, 'en');
  const rankDa = `rang ${v.rank} af ${v.of} i placebotesten`;
  const rankEn = `rank ${v.rank} of ${v.of} in the placebo test`;
  if (v.gap >= 0)
    return {
      verdict: 'not-visible',
      reason: {
        code: 'not-visible',
        da: `Udgiften lå efter starten ${gapDa} over den syntetiske kontrol i gennemsnit, ikke under (${rankDa}).`,
        en: `After the start, spending was on average ${gapEn} above the synthetic control, not below (${rankEn}).`,
      },
    };
  if (p > NOT_VISIBLE_P)
    return {
      verdict: 'not-visible',
      reason: {
        code: 'not-visible',
        da: `Udgiften lå ${gapDa} under den syntetiske kontrol, men mindst halvdelen af sammenligningskommunerne afveg lige så meget uden et initiativ (${rankDa}).`,
        en: `Spending was ${gapEn} below the synthetic control, but at least half of the peers deviated as much without an initiative (${rankEn}).`,
      },
    };
  if (-v.gap < MIN_EFFECT_NOISE * v.noise)
    return {
      verdict: 'unclear',
      reason: {
        code: 'unclear',
        da: `Udgiften lå ${gapDa} under den syntetiske kontrol, men det er mindre end to gange nøgletallets normale udsving fra år til år (${fmt(v.noise, v.unit, 'da')}) (${rankDa}).`,
        en: `Spending was ${gapEn} below the synthetic control, but that is less than twice the figure's normal year-to-year variation (${fmt(v.noise, v.unit, 'en')}) (${rankEn}).`,
      },
    };
  if (p <= VISIBLE_P && v.didAverage < 0)
    return {
      verdict: 'visible',
      reason: {
        code: 'visible',
        da: `Udgiften lå ${gapDa} under den syntetiske kontrol efter starten, forskel-i-forskelle peger samme vej, og få sammenligningskommuner afveg lige så meget (${rankDa}).`,
        en: `After the start, spending was ${gapEn} below the synthetic control, difference in differences agrees, and few peers deviated as much (${rankEn}).`,
      },
    };
  return {
    verdict: 'unclear',
    reason: {
      code: 'unclear',
      da: `Udgiften lå ${gapDa} under den syntetiske kontrol, men ${v.didAverage < 0 ? `${v.rank - 1} sammenligningskommuner afveg lige så meget eller mere` : 'forskel-i-forskelle peger den anden vej'} (${rankDa}).`,
      en: `Spending was ${gapEn} below the synthetic control, but ${v.didAverage < 0 ? `${v.rank - 1} peers deviated as much or more` : 'difference in differences points the other way'} (${rankEn}).`,
    },
  };
}
