import {
  DEVIATION_CAUSE_NAMES_DA,
  DEVIATION_CAUSE_NAMES_EN,
  FLAG_MIN_YEARS,
  FLAG_WINDOW,
  priceLevelDa,
  priceLevelEn,
  type AreaDeviations,
  type Deviation,
  type DeviationExplanation,
} from '../../core/index.ts';
import type { BudgetFollowUp } from '../../engine/index.ts';
import type { RequestAuth } from '../auth/index.ts';
import type { Table } from '../formats/csv.ts';

type Names = ReadonlyMap<string, string>;

/** May the caller read the explanation: a public one everyone; an internal one the municipality's users. */
export function canSeeExplanation(auth: RequestAuth, e: DeviationExplanation): boolean {
  if (e.visibility === 'public') return true;
  return auth.actor.kind === 'user' && auth.actor.municipalities.includes(e.municipality);
}

const NOT_AVAILABLE = {
  da: 'Der er endnu ingen budgettal i databasen. Importér DST’s BUDK32 (potentiale fetch --tables BUDK32, eller en BUDK32-eksport eller en tidy-fil med year_kind budget), så vises budget mod regnskab her.',
  en: 'The database holds no budget figures yet. Import Statistics Denmark’s BUDK32 (potentiale fetch --tables BUDK32, or a BUDK32 export or a tidy file with year_kind budget) to see budget against accounts here.',
};
const NO_ACCOUNTS = {
  da: 'Kommunen har ingen år med både budget og regnskab på de samme funktioner.',
  en: 'The municipality has no year with both budget and accounts on the same functions.',
};

/** The budget follow-up as the API answers it. */
export function presentFollowUp(f: BudgetFollowUp, code: string, names: Names, auth: RequestAuth) {
  const explained = new Map(
    f.explanations
      .filter((e) => canSeeExplanation(auth, e))
      .map((e) => [`${e.municipality}|${e.area}|${e.year}`, e]),
  );
  const year = (m: string) => (d: Deviation) => {
    const e = explained.get(`${m}|${d.area}|${d.year}`);
    return {
      year: d.year,
      prices: { basis: d.prices.basis, year: d.prices.year },
      budget: d.budget,
      accounts: d.accounts,
      perInhabitant: d.perInhabitant,
      amount: d.amount,
      population: d.population,
      percent: d.percent,
      exceeds: d.exceeds,
      budgetConverted: d.budgetConverted,
      explanation: e
        ? {
            cause: e.cause,
            text: e.text,
            visibility: e.visibility,
            version: e.version,
            updatedAt: e.updatedAt,
          }
        : null,
    };
  };
  const area = (a: AreaDeviations) => ({
    area: a.area,
    name: f.areaNames.get(a.area) ?? a.area,
    flagged: a.flagged,
    window: [...a.window],
    exceeding: [...a.exceeding],
    years: a.years.map(year(code)),
  });
  const years = [...new Set(f.areas.flatMap((a) => a.years.map((d) => d.year)))].sort();
  const muni = (c: string) => ({ code: c, name: names.get(c) ?? c });
  return {
    municipality: muni(code),
    available: f.available,
    message: !f.available ? NOT_AVAILABLE : f.areas.length === 0 ? NO_ACCOUNTS : null,
    threshold: { ...f.threshold },
    flagRule: { window: FLAG_WINDOW, minYears: FLAG_MIN_YEARS },
    years,
    areas: f.areas.map(area),
    peers: {
      nameDa: f.peers.nameDa,
      nameEn: f.peers.nameEn,
      members: f.peers.members.map(muni),
      areas: f.areas.map((a) => ({
        area: a.area,
        municipalities: f.peers.members.flatMap((m) => {
          const theirs = f.peers.areas.get(m)?.find((x) => x.area === a.area);
          return theirs
            ? [{ municipality: muni(m), flagged: theirs.flagged, years: theirs.years.map(year(m)) }]
            : [];
        }),
      })),
    },
    skipped: f.skipped.map((s) => ({
      area: s.area,
      year: s.year,
      reason: s.reason,
      budgetPrices: { basis: s.budgetPrices.basis, year: s.budgetPrices.year },
    })),
    sources: [
      'Danmarks Statistik, BUDK32 (budget) og REGK31 (regnskab), nettodriftsudgifter pr. indbygger, eller importerede filer',
    ],
  };
}

type Presented = ReturnType<typeof presentFollowUp>;

/** The municipality's deviations as a table (CSV, XLSX): a row per area and year. */
export function deviationTable(p: Presented, lang: 'da' | 'en'): Table {
  const da = lang === 'da';
  const causes = da ? DEVIATION_CAUSE_NAMES_DA : DEVIATION_CAUSE_NAMES_EN;
  return {
    columns: [
      { key: 'area', header: da ? 'funktion' : 'function' },
      { key: 'name', header: da ? 'område' : 'area' },
      { key: 'year', header: da ? 'år' : 'year', numeric: true },
      { key: 'prices', header: da ? 'prisniveau' : 'price level' },
      {
        key: 'budget',
        header: da ? 'budget (kr. pr. indb.)' : 'budget (DKK per inhabitant)',
        numeric: true,
      },
      {
        key: 'accounts',
        header: da ? 'regnskab (kr. pr. indb.)' : 'accounts (DKK per inhabitant)',
        numeric: true,
      },
      {
        key: 'perInhabitant',
        header: da ? 'afvigelse (kr. pr. indb.)' : 'deviation (DKK per inhabitant)',
        numeric: true,
      },
      { key: 'amount', header: da ? 'afvigelse (kr.)' : 'deviation (DKK)', numeric: true },
      { key: 'percent', header: da ? 'afvigelse (pct.)' : 'deviation (%)', numeric: true },
      { key: 'exceeds', header: da ? 'over tærsklen' : 'beyond the threshold' },
      { key: 'flagged', header: da ? 'gentaget afvigelse' : 'repeated deviation' },
      { key: 'cause', header: da ? 'årsag' : 'cause' },
      { key: 'explanation', header: da ? 'forklaring' : 'explanation' },
    ],
    rows: p.areas.flatMap((a) =>
      a.years.map((y) => ({
        area: a.area,
        name: a.name,
        year: y.year,
        prices:
          y.prices.basis === 'fixed' && y.prices.year !== null
            ? (da ? priceLevelDa : priceLevelEn)({ basis: 'fixed', year: y.prices.year })
            : (da ? priceLevelDa : priceLevelEn)({ basis: 'current', year: null }, y.year),
        budget: y.budget,
        accounts: y.accounts,
        perInhabitant: y.perInhabitant,
        amount: y.amount === null ? null : Math.round(y.amount),
        percent: y.percent === null ? null : Math.round(y.percent * 10) / 10,
        exceeds: y.exceeds ? (da ? 'ja' : 'yes') : da ? 'nej' : 'no',
        flagged: a.flagged ? (da ? 'ja' : 'yes') : da ? 'nej' : 'no',
        cause: y.explanation ? causes[y.explanation.cause] : '',
        explanation: y.explanation?.text ?? '',
      })),
    ),
  };
}
