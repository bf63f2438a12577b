import {
  InvalidInputError,
  checkAgainstData,
  type Baseline,
  type InitiativeDataContext,
  type InitiativeFields,
  type KeyFigure,
} from '../core/index.ts';
import { listKeyFigureDefinitions, type Queryable } from '../db/index.ts';
import { loadEngineData, type EngineData } from './data.ts';

/** The figure of the municipality's total net operating expenditure per inhabitant. */
const NET_OPERATING = 'nettodriftsudgifter-pr-indb';
const POPULATION = 'indbyggertal';

/** The newest year in which a figure has accounts (regnskab), or undefined. */
export function newestAccountsYear(data: EngineData, keyFigureId: string): number | undefined {
  return [...data.years(keyFigureId)]
    .reverse()
    .find((y) => data.expressed(keyFigureId, y)?.variant.yearKind === 'accounts');
}

/** The municipality's value of a figure in a year, or undefined (NaN and absent alike). */
export function valueOf(
  data: EngineData,
  keyFigureId: string,
  year: number,
  code: string,
): number | undefined {
  const v = data.unitCost(keyFigureId, year)?.[data.codes.indexOf(code)];
  return v === undefined || Number.isNaN(v) ? undefined : v;
}

/**
 * What the checks of an initiative read from the data (issue 17): the catalogue, the years of
 * the linked figures, the newest accounts year, and the municipality's total net operating
 * expenditure in it (kr. pr. indb. × indbyggere, as published).
 */
export async function initiativeContext(
  db: Queryable,
  fields: Pick<InitiativeFields, 'municipality' | 'keyFigures'>,
): Promise<{ context: InitiativeDataContext; data: EngineData }> {
  const catalogue = await listKeyFigureDefinitions(db);
  const byId = new Map<string, KeyFigure>(catalogue.map((k) => [k.id, k]));
  const linked = fields.keyFigures.flatMap((id) => byId.get(id) ?? []);
  const support = [NET_OPERATING, POPULATION].flatMap((id) => byId.get(id) ?? []);
  const data = await loadEngineData(db, [...linked, ...support]);
  const figureYears = (linked.length > 0 ? linked : support).flatMap((k) => data.years(k.id));
  const accounts = [...linked, ...support].flatMap((k) => newestAccountsYear(data, k.id) ?? []);
  const netYear = newestAccountsYear(data, NET_OPERATING);
  const perInhabitant =
    netYear === undefined ? undefined : valueOf(data, NET_OPERATING, netYear, fields.municipality);
  const population =
    netYear === undefined ? undefined : valueOf(data, POPULATION, netYear, fields.municipality);
  const context: InitiativeDataContext = {
    keyFigures: byId,
    firstYear: figureYears.length > 0 ? Math.min(...figureYears) : 0,
    lastYear: figureYears.length > 0 ? Math.max(...figureYears) : 0,
    newestAccountsYear: accounts.length > 0 ? Math.max(...accounts) : 0,
    ...(netYear !== undefined && perInhabitant !== undefined && population !== undefined
      ? { netOperatingExpenditure: { year: netYear, amount: perInhabitant * population } }
      : {}),
  };
  return { context, data };
}

/**
 * The baselines of an initiative's linked figures: for each, the municipality's value in the
 * newest year before the start (accounts where both exist), as published, with its unit, price
 * level and year kind. A figure without a value before the start has no baseline.
 */
export function baselinesOf(
  data: EngineData,
  fields: Pick<InitiativeFields, 'municipality' | 'keyFigures' | 'startYear'>,
  keyFigures: ReadonlyMap<string, KeyFigure>,
): Baseline[] {
  return fields.keyFigures.flatMap((id) => {
    const kf = keyFigures.get(id);
    const year = [...data.years(id)]
      .reverse()
      .find((y) => y < fields.startYear && valueOf(data, id, y, fields.municipality) !== undefined);
    if (!kf || year === undefined) return [];
    const e = data.expressed(id, year);
    if (!e) return [];
    return [
      {
        keyFigure: id,
        year,
        value: valueOf(data, id, year, fields.municipality) as number,
        unit: kf.unit,
        yearKind: e.variant.yearKind,
        prices: e.level ?? null,
      },
    ];
  });
}

/**
 * Checks an initiative against the data and takes its baselines: the one step before a save,
 * shared by the API, the form and the XLSX import. Throws InvalidInputError naming the field.
 */
export async function prepareInitiative(
  db: Queryable,
  fields: InitiativeFields,
): Promise<{ fields: InitiativeFields; baselines: Baseline[] }> {
  const [prepared] = await prepareInitiatives(db, [fields]);
  if (!prepared || 'error' in prepared) throw prepared?.error ?? new Error('nothing prepared');
  return prepared;
}

/** Refuses a link to a portal item that does not exist, naming its place in the list. */
async function checkPortalItems(db: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set(
    (
      await db.query<{ id: number }>('SELECT id FROM portal_items WHERE id = ANY($1::integer[])', [
        [...ids],
      ])
    ).map((r) => r.id),
  );
  const k = ids.findIndex((id) => !found.has(id));
  if (k >= 0)
    throw new InvalidInputError(
      `Der er intet indhold med id ${ids[k]} i videnportalen`,
      `portalItems[${k}]`,
    );
}

/**
 * prepareInitiative for many records (an import): the data loaded once per municipality and
 * set of figures, and each record's refusal returned in its place rather than thrown.
 */
export async function prepareInitiatives(
  db: Queryable,
  records: readonly InitiativeFields[],
): Promise<
  Array<{ fields: InitiativeFields; baselines: Baseline[] } | { error: InvalidInputError }>
> {
  const contexts = new Map<string, ReturnType<typeof initiativeContext>>();
  const out: Array<
    { fields: InitiativeFields; baselines: Baseline[] } | { error: InvalidInputError }
  > = [];
  for (const fields of records) {
    const key = `${fields.municipality}:${[...fields.keyFigures].sort().join(',')}`;
    const loaded = contexts.get(key) ?? initiativeContext(db, fields);
    contexts.set(key, loaded);
    const { context, data } = await loaded;
    try {
      checkAgainstData(fields, context);
      await checkPortalItems(db, fields.portalItems);
      out.push({ fields, baselines: baselinesOf(data, fields, context.keyFigures) });
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      out.push({ error: e });
    }
  }
  return out;
}
