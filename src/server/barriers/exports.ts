import {
  BARRIER_STATE_NAMES_DA,
  BARRIER_STATE_NAMES_EN,
  THEME_NAMES_DA,
  THEME_NAMES_EN,
  formatKr,
  priceLevelDa,
  priceLevelEn,
  type BarrierStanding,
  type PriceLevel,
} from '../../core/index.ts';
import type { Table } from '../formats/csv.ts';
import { secondingNames } from './present.ts';

type Names = ReadonlyMap<string, string>;
type Lang = 'da' | 'en';

/**
 * The national list as a table (CSV, XLSX): rank, the rule, support and the DKK it blocks, the
 * state and the answer. The amount's header names its price level.
 */
export function barrierTable(
  ranked: readonly BarrierStanding[],
  level: PriceLevel,
  names: Names,
  lang: Lang,
): Table {
  const da = lang === 'da';
  const levelText = da ? priceLevelDa(level) : priceLevelEn(level);
  return {
    columns: [
      { key: 'rank', header: da ? 'placering' : 'rank', numeric: true },
      { key: 'id', header: 'id', numeric: true },
      { key: 'title', header: da ? 'barriere' : 'barrier' },
      { key: 'law', header: da ? 'lov' : 'law' },
      { key: 'paragraph', header: da ? 'paragraf' : 'section' },
      { key: 'theme', header: da ? 'tema' : 'theme' },
      { key: 'area', header: da ? 'område' : 'area' },
      { key: 'reporter', header: da ? 'indberettet af' : 'reported by' },
      {
        key: 'seconds',
        header: da ? 'støttende kommuner' : 'seconding municipalities',
        numeric: true,
      },
      { key: 'seconders', header: da ? 'støttet af' : 'seconded by' },
      {
        key: 'total',
        header: da
          ? `skøn i alt (kr. om året, ${levelText})`
          : `estimate in all (DKK a year, ${levelText})`,
        numeric: true,
      },
      { key: 'state', header: da ? 'status' : 'state' },
      { key: 'answer', header: da ? 'svar' : 'answer' },
      { key: 'answeredAt', header: da ? 'svaret' : 'answered' },
    ],
    rows: ranked.map((s, k) => {
      const b = s.barrier;
      return {
        rank: k + 1,
        id: b.id,
        title: b.title,
        law: b.law.name,
        paragraph: b.law.paragraph,
        theme: (da ? THEME_NAMES_DA : THEME_NAMES_EN)[b.theme],
        area: b.area,
        reporter: names.get(b.municipality) ?? b.municipality,
        seconds: s.seconds,
        seconders: secondingNames(b, names).join(', '),
        total: Math.round(s.total),
        state: (da ? BARRIER_STATE_NAMES_DA : BARRIER_STATE_NAMES_EN)[b.state],
        answer: b.answer?.text ?? '',
        answeredAt: b.answer?.at.slice(0, 10) ?? '',
      };
    }),
  };
}

/**
 * Markdown's active characters in user text, escaped with a backslash, and line starts that
 * would make a heading, list or quote: the memo shows what was written, never markup.
 * @example mdText('# 1. *vigtig* <b>') // '\\# 1\\. \\*vigtig\\* \\<b\\>'
 */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
    .replace(
      /^(\s*)([-+>]|\d+\.)(?=\s|$)/gm,
      (_m, space: string, mark: string) => `${space}${mark.replace(/([-+>.])$/, '\\$1')}`,
    );
}

/**
 * A memo of the top barriers for a meeting with the government (Markdown): per barrier the
 * rule, who reported and seconded it, the DKK it blocks, the state and the answer, and the
 * precedents. Every amount says its price level; the date and the source are at the top.
 */
export function barrierMemo(
  ranked: readonly BarrierStanding[],
  level: PriceLevel,
  names: Names,
  lang: Lang,
  today: string,
): string {
  const da = lang === 'da';
  const levelText = da ? priceLevelDa(level) : priceLevelEn(level);
  const kr = (n: number) => formatKr(lang, Math.round(n));
  const out: string[] = [
    da ? '# Regelbarrierer: de vigtigste' : '# Rule barriers: the most important',
    '',
    da
      ? `Notat til mødet med regeringen, ${today}. ${ranked.length} ${ranked.length === 1 ? 'barriere' : 'barrierer'} fra Potentiales nationale liste, ordnet efter antal støttende kommuner og derefter samlet skøn i kroner om året (${levelText}).`
      : `Memo for the meeting with the government, ${today}. ${ranked.length} ${ranked.length === 1 ? 'barrier' : 'barriers'} from Potentiale's national list, ranked by the number of seconding municipalities, then by the total estimate in DKK a year (${levelText}).`,
    '',
  ];
  ranked.forEach((s, k) => {
    const b = s.barrier;
    const seconders = secondingNames(b, names);
    out.push(`## ${k + 1}. ${mdText(b.title)}`, '');
    out.push(
      `- ${da ? 'Regel' : 'Rule'}: ${mdText(`${b.law.name} ${b.law.paragraph}`)}${b.law.url !== null && b.law.url !== '' ? ` (<${b.law.url}>)` : ''}`,
      `- ${da ? 'Indberettet af' : 'Reported by'}: ${mdText(names.get(b.municipality) ?? b.municipality)}`,
      `- ${da ? 'Støttet af' : 'Seconded by'} ${s.seconds} ${da ? (s.seconds === 1 ? 'kommune' : 'kommuner') : s.seconds === 1 ? 'municipality' : 'municipalities'}${seconders.length > 0 ? `: ${mdText(seconders.join(', '))}` : ''}`,
      `- ${da ? 'Skøn i alt' : 'Estimate in all'}: ${kr(s.total)} ${da ? 'om året' : 'a year'} (${levelText})${s.unconverted > 0 ? (da ? `; ${s.unconverted} skøn uden prisindeks er ikke talt med` : `; ${s.unconverted} estimates without a price index are left out`) : ''}`,
      `- Status: ${(da ? BARRIER_STATE_NAMES_DA : BARRIER_STATE_NAMES_EN)[b.state]}`,
      '',
    );
    if (b.description.trim() !== '') out.push(mdText(b.description.trim()), '');
    if (b.answer)
      out.push(
        `**${da ? 'Svar' : 'Answer'} (${b.answer.at.slice(0, 10)})**: ${mdText(b.answer.text)}`,
        '',
      );
    if (b.precedents.trim() !== '')
      out.push(`*${da ? 'Tidligere forsøg' : 'Precedents'}*: ${mdText(b.precedents.trim())}`, '');
  });
  out.push(
    '---',
    '',
    da
      ? 'Kilde: kommunernes indberetninger i Potentiale. Skønnene er kommunernes egne.'
      : 'Source: the municipalities’ reports in Potentiale. The estimates are the municipalities’ own.',
    '',
  );
  return out.join('\n');
}
