import { InvalidInputError } from '../diagnostics/index.ts';
import { formatKr } from '../format/index.ts';
import type { KeyFigure } from '../key-figures/index.ts';
import type { Gain, InitiativeFields } from './initiative.ts';

/** What the data say about the municipality, for the checks of an initiative. */
export interface InitiativeDataContext {
  /** The catalogue's figures by id. */
  readonly keyFigures: ReadonlyMap<string, KeyFigure>;
  /** The first and last year with values of the linked figures (all figures when none). */
  readonly firstYear: number;
  readonly lastYear: number;
  /** The newest year with accounts (regnskab); a realised gain may not be later. */
  readonly newestAccountsYear: number;
  /**
   * The municipality's total net operating expenditure (nettodriftsudgifter × indbyggere) in
   * its newest accounts year: no yearly gain can be larger. Undefined when the data lack it.
   */
  readonly netOperatingExpenditure?: { readonly year: number; readonly amount: number };
}

/** Years after the budget year that a planned initiative may start in (the overslagsår). */
export const START_YEARS_AHEAD = 4;

/**
 * The checks on an initiative that need no data: gains are whole years from the start on,
 * once each, never negative. Throws InvalidInputError naming the field (`expected[1].amount`).
 */
export function checkGains(fields: InitiativeFields): void {
  for (const list of ['expected', 'realised'] as const) {
    const seen = new Set<number>();
    fields[list].forEach((g: Gain, k) => {
      const at = `${list}[${k}]`;
      if (seen.has(g.year))
        throw new InvalidInputError(`${g.year} står to gange i ${listDa(list)}`, `${at}.year`);
      seen.add(g.year);
      if (g.year < fields.startYear)
        throw new InvalidInputError(
          `En gevinst i ${g.year} ligger før startåret ${fields.startYear}`,
          `${at}.year`,
        );
      if (!Number.isFinite(g.amount) || g.amount < 0)
        throw new InvalidInputError(
          `Gevinsten i ${g.year} er negativ (${g.amount}); en merudgift er ikke en gevinst`,
          `${at}.amount`,
        );
    });
  }
  if (
    (fields.money.use === 'reprioritised' || fields.money.use === 'mixed') &&
    (fields.money.area ?? '').trim() === ''
  )
    throw new InvalidInputError('Skriv hvilket område pengene er omprioriteret til', 'money.area');
}

/**
 * The checks against the data (issue 17): linked figures are cost figures in the catalogue; the
 * start year has a year of data before it and is at most START_YEARS_AHEAD years after the
 * data; a realised gain has accounts for its year; no yearly gain is over the municipality's
 * total net operating expenditure.
 */
export function checkAgainstData(fields: InitiativeFields, data: InitiativeDataContext): void {
  checkGains(fields);
  fields.keyFigures.forEach((id, k) => {
    const kf = data.keyFigures.get(id);
    if (!kf)
      throw new InvalidInputError(
        `Nøgletallet "${id}" findes ikke i kataloget`,
        `keyFigures[${k}]`,
      );
    if (kf.kind !== 'cost')
      throw new InvalidInputError(
        `"${kf.nameDa}" er ikke et udgiftsnøgletal (det er et ${KIND_DA[kf.kind ?? 'none']}); en effektiviseringsgevinst måles på udgifter`,
        `keyFigures[${k}]`,
      );
  });
  const latestStart = data.lastYear + START_YEARS_AHEAD;
  if (fields.startYear <= data.firstYear || fields.startYear > latestStart)
    throw new InvalidInputError(
      `Startåret ${fields.startYear} ligger uden for data: nøgletallene har værdier for ${data.firstYear}-${data.lastYear}, så startåret skal være ${data.firstYear + 1}-${latestStart} (mindst ét år før starten som udgangspunkt)`,
      'startYear',
    );
  fields.realised.forEach((g, k) => {
    if (g.year > data.newestAccountsYear)
      throw new InvalidInputError(
        `Der er endnu intet regnskab for ${g.year} (nyeste regnskabsår er ${data.newestAccountsYear}); en realiseret gevinst skrives ind, når regnskabet foreligger`,
        `realised[${k}].year`,
      );
  });
  const limit = data.netOperatingExpenditure;
  if (!limit) return;
  for (const list of ['expected', 'realised'] as const) {
    fields[list].forEach((g, k) => {
      if (g.amount > limit.amount)
        throw new InvalidInputError(
          `Gevinsten i ${g.year} (${formatKr('da', g.amount)}) er større end kommunens samlede nettodriftsudgifter i ${limit.year} (${formatKr('da', limit.amount)})`,
          `${list}[${k}].amount`,
        );
    });
  }
}

const listDa = (list: 'expected' | 'realised') =>
  list === 'expected' ? 'den forventede gevinst' : 'den realiserede gevinst';

const KIND_DA: Readonly<Record<string, string>> = {
  activity: 'aktivitetsnøgletal',
  quality: 'kvalitetsnøgletal',
  structure: 'strukturnøgletal',
  finance: 'finansieringsnøgletal',
  none: 'nøgletal uden art',
};
