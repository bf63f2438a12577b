import type { Theme } from '../../core/index.ts';
import { parseTheme } from '../params.ts';
import { DEFAULT_PRICE_REQUEST, type PriceRequest } from '../prices.ts';
import { keyFigureOf, municipalityOf, pricesOf, yearOf } from './common.ts';
import {
  choice,
  flag,
  plainWords,
  spell,
  text,
  naming,
  type RawRequest,
  type Spelling,
} from './fields.ts';

/** `values`: one key figure for all municipalities in one year. */
export interface ValuesQuery {
  readonly keyFigure: string;
  readonly year: number;
  readonly prices: PriceRequest;
}

/** Parses a values request: keyFigure, year, prices (default: each year's own prices). */
export function parseValuesRequest(raw: RawRequest, s: Spelling = 'api'): ValuesQuery {
  return naming(() => {
    const keyFigure = keyFigureOf(raw, s);
    const year = yearOf(raw, s);
    return { keyFigure, year, prices: pricesOf(raw, s) ?? DEFAULT_PRICE_REQUEST };
  });
}

/** `series`: one key figure for one municipality over the years. */
export interface SeriesQuery {
  readonly keyFigure: string;
  readonly code: string;
  readonly prices: PriceRequest | undefined;
}

/** Parses a series request: keyFigure, municipality, prices (default: the series' own). */
export function parseSeriesRequest(raw: RawRequest, s: Spelling = 'api'): SeriesQuery {
  return naming(() => {
    const keyFigure = keyFigureOf(raw, s);
    const code = municipalityOf(raw, s);
    return { keyFigure, code, prices: pricesOf(raw, s) };
  });
}

/** The kinds of key figure a catalogue listing may be narrowed to. */
export const KEY_FIGURE_KINDS = ['cost', 'activity', 'quality', 'structure', 'finance'] as const;
export type KeyFigureKindFilter = (typeof KEY_FIGURE_KINDS)[number];

/** `key-figures`: the catalogue, narrowed to a theme, a kind, or the catalogued ones. */
export interface KeyFiguresQuery {
  readonly theme: Theme | undefined;
  readonly kind: KeyFigureKindFilter | undefined;
  readonly catalogued: boolean;
}

/** Parses a key-figure listing: theme, kind, catalogued (default false). */
export function parseKeyFiguresRequest(raw: RawRequest, s: Spelling = 'api'): KeyFiguresQuery {
  return naming(() => {
    const theme = text(raw, 'theme', s);
    const kind =
      text(raw, 'kind', s) === undefined
        ? undefined
        : choice(raw, 'kind', s, plainWords(KEY_FIGURE_KINDS), 'cost');
    return {
      theme: theme === undefined ? undefined : parseTheme(theme, spell('theme', s)),
      kind,
      catalogued: flag(raw, 'catalogued', s, false),
    };
  });
}
