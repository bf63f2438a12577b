import {
  formatKr,
  formatMillionKr,
  priceLevelDa,
  priceLevelEn,
  type Block,
  type PeerGroupSpec,
  type PriceLevel,
  type ReportLang,
  type Run,
} from '../../core/index.ts';
import { DEFAULT_PEERS } from '../params.ts';
import { parsePeerSpec } from '../requests/index.ts';
import type { ReportContext } from './context.ts';

/** The Danish or the English of a text. */
export const pick = (lang: ReportLang, da: string, en: string): string => (lang === 'da' ? da : en);

/** The one line a section says when its data or feature is missing (never an empty section). */
export const absent = (text: string): Block => ({ kind: 'paragraph', text, tone: 'absent' });

/** The report's comparison group as a peer-group spec (the nearest ten when none is given). */
export function peerSpec(ctx: ReportContext): PeerGroupSpec {
  if (ctx.peerSpec) return ctx.peerSpec;
  return ctx.peers.length > 0
    ? { kind: 'list', codes: ctx.peers.map((p) => p.code) }
    : parsePeerSpec(DEFAULT_PEERS);
}

/**
 * A price level in words: "2024-priser", "løbende priser", or with `year` for one year's own
 * prices "2019-priser (løbende)".
 */
export const priceText = (lang: ReportLang, level: PriceLevel, year?: number): string =>
  lang === 'da' ? priceLevelDa(level, year) : priceLevelEn(level, year);

/** Kroner for a table cell: millions from one million on, else whole kroner. */
export function krText(lang: ReportLang, amount: number | null | undefined): string {
  return amount !== null && amount !== undefined && Math.abs(amount) >= 1e6
    ? formatMillionKr(lang, amount)
    : formatKr(lang, amount);
}

/** An address a renderer may link to: http(s) only, and only one that parses. */
export function safeHref(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/** A portal item's page in the web app, written as text (the report knows no host). */
export const portalPath = (id: number): string => `/viden/${id}`;

/** Plain text as runs, so a title can sit beside a link without ever becoming markup. */
export const plain = (text: string): Run => ({ text });
