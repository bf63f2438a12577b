import { ADMINISTRATION } from './catalogue/administration.ts';
import { CHILDREN_YOUNG } from './catalogue/children-young.ts';
import { buildCatalogue, type EntrySpec } from './catalogue/define.ts';
import { ELDERLY_ADULTS } from './catalogue/elderly-adults.ts';
import { EMPLOYMENT_INTEGRATION } from './catalogue/employment-integration.ts';
import { FINANCE } from './catalogue/finance.ts';
import { REGK31 } from './catalogue/regk31.ts';
import { STATBANK } from './catalogue/statbank.ts';
import { STRUCTURE } from './catalogue/structure.ts';
import { TECHNICAL_CULTURE } from './catalogue/technical-culture.ts';
import type { KeyFigure } from './key-figure.ts';

/** The written entries, before overlaps are derived (for tests and checks of the data). */
export const CATALOGUE_SPECS: readonly EntrySpec[] = [
  ...STRUCTURE,
  ...FINANCE,
  ...CHILDREN_YOUNG,
  ...ELDERLY_ADULTS,
  ...EMPLOYMENT_INTEGRATION,
  ...ADMINISTRATION,
  ...TECHNICAL_CULTURE,
  ...STATBANK,
  ...REGK31,
];

/**
 * The reviewed key-figure catalogue for De Kommunale Nøgletal, plus the figures derived from
 * StatBank series by formulas (source 'statbank', DESIGN.md §3.1) and the REGK31 account
 * functions with their figures per age group (source 'regk31'): names, units, themes, kind,
 * polarity, the volume of each unit cost, which figures overlap (never summed in
 * a package), and the definition breaks the export documents. Amounts are in current prices.
 */
// Marked pure, and its look-ups built on first use, so that the web app's bundle (which reads
// the catalogue from the API) drops it: building it costs ≈ 30 ms in a browser.
export const CATALOGUE: readonly KeyFigure[] = /* @__PURE__ */ buildCatalogue(
  CATALOGUE_SPECS,
) satisfies readonly KeyFigure[];

let lookups:
  | {
      readonly byId: ReadonlyMap<string, KeyFigure>;
      readonly bySourceName: ReadonlyMap<string, KeyFigure>;
      readonly byLooseName: ReadonlyMap<string, KeyFigure>;
    }
  | undefined;

function catalogueLookups() {
  lookups ??= {
    byId: new Map(CATALOGUE.map((k) => [k.id, k])),
    bySourceName: new Map(CATALOGUE.map((k) => [k.sourceName, k])),
    byLooseName: new Map(CATALOGUE.map((k) => [looseName(k.sourceName), k])),
  };
  return lookups;
}

/** A title compared loosely: NFC, trimmed, single spaces, no note markers, lower case. */
function looseName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/(\s*\(\d{1,3}\))+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The catalogue entry with this id, or with this source name: exactly, or else ignoring case,
 * spacing, Unicode normalisation and trailing note markers such as " (15)".
 * @example findCatalogueEntry('Udgifter til ældre pr. 67+-årig')?.id // 'udgifter-aeldre-pr-67-aarig'
 * @example findCatalogueEntry('indbyggertal')?.sourceName // 'Indbyggertal 1. januar'
 */
export function findCatalogueEntry(idOrSourceName: string): KeyFigure | undefined {
  const { byId, bySourceName, byLooseName } = catalogueLookups();
  return (
    byId.get(idOrSourceName) ??
    bySourceName.get(idOrSourceName) ??
    byLooseName.get(looseName(idOrSourceName))
  );
}
