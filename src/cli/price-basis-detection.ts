import {
  basesFromRelation,
  basisFromRelation,
  detectPriceRelation,
  isMoneyUnit,
  levelOfStored,
  priceLevelDa,
  storedBasis,
  yearKindOf,
  type OverlapPair,
  type ParsedSource,
  type PriceLevel,
  type PriceRelation,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';

/** How a file's price level was established, kept with the import as provenance. */
export interface ResolvedBasis {
  readonly level: PriceLevel;
  readonly how: 'flag' | 'detected';
  readonly detail?: unknown;
}

/** A file whose money has no stated price level, with its accounts amounts by cell. */
interface Pending {
  readonly parsed: ParsedSource;
  /** "figure|municipality|year" → value, accounts years only. */
  readonly cells: ReadonlyMap<string, number>;
}

const cellKey = (k: string, m: string, y: number): string => `${k}|${m}|${y}`;

function pairsBetween(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): OverlapPair[] {
  const out: OverlapPair[] = [];
  for (const [key, va] of a) {
    const vb = b.get(key);
    if (vb !== undefined)
      out.push({ year: Number(key.slice(key.lastIndexOf('|') + 1)), a: va, b: vb });
  }
  return out;
}

/** Factors per year, rounded for the import record (the evidence behind a detection). */
function evidence(relation: PriceRelation, against: string) {
  return {
    against,
    relation: relation.kind,
    years: relation.years.map((y) => ({
      year: y.year,
      factor: Number(y.factor.toFixed(6)),
      pairs: y.pairs,
      agreeing: y.agreeing,
    })),
  };
}

/**
 * Finds the price level of every file whose money has none stated (a nøgletal export does not
 * say whether it is in current or fixed prices): by overlap with stored values of a known
 * level, or with the other files of the same run (a factor common to all municipalities in a
 * year is a price conversion, not a revision; docs/decisions/0006). The flag, when given,
 * decides for all of them. Returns a level per file, or for a file that cannot be decided
 * the reason in Danish, naming the flag.
 */
export async function resolvePriceBases(
  db: Queryable,
  files: readonly ParsedSource[],
  flag: PriceLevel | undefined,
): Promise<Map<ParsedSource, ResolvedBasis | { readonly refusedDa: string }>> {
  const units = new Map(
    (await db.query<{ id: string; unit: string }>('SELECT id, unit FROM key_figures')).map((r) => [
      r.id,
      r.unit,
    ]),
  );
  const isMoney = (id: string, parsed: ParsedSource): boolean =>
    isMoneyUnit(units.get(id) ?? parsed.keyFigures.find((k) => k.id === id)?.unit ?? '');
  const out = new Map<ParsedSource, ResolvedBasis | { readonly refusedDa: string }>();
  const pending: Pending[] = [];
  for (const parsed of files) {
    if (parsed.priceBasis) continue;
    const money = new Set(parsed.keyFigures.map((k) => k.id).filter((id) => isMoney(id, parsed)));
    if (money.size === 0) continue;
    if (flag) {
      out.set(parsed, { level: flag, how: 'flag' });
      continue;
    }
    const cells = new Map<string, number>();
    for (const o of parsed.observations) {
      if (o.value === null || !money.has(o.keyFigureId)) continue;
      if (yearKindOf(o, parsed) !== 'accounts') continue;
      cells.set(cellKey(o.keyFigureId, o.municipalityCode, o.year), o.value);
    }
    pending.push({ parsed, cells });
  }
  if (pending.length === 0) return out;

  // Stored accounts amounts of a known level for the figures the pending files hold.
  const ids = [
    ...new Set(pending.flatMap((p) => [...p.cells.keys()].map((k) => k.slice(0, k.indexOf('|'))))),
  ];
  const stored = new Map<string, Map<string, number>>();
  const rows = await db.query<{ k: string; m: string; y: number; v: number; b: string }>(
    `SELECT key_figure_id AS k, municipality_code AS m, year AS y, value::float8 AS v,
       price_basis AS b
     FROM observations
     WHERE key_figure_id = ANY($1::text[]) AND year_kind = 'accounts' AND status = 'value'
       AND price_basis NOT IN ('none', 'unknown')`,
    [ids],
  );
  for (const r of rows) {
    let m = stored.get(r.b);
    if (!m) stored.set(r.b, (m = new Map()));
    m.set(cellKey(r.k, r.m, r.y), r.v);
  }

  const known: { name: string; level: PriceLevel; cells: ReadonlyMap<string, number> }[] = [];
  for (const [b, cells] of stored) {
    const level = levelOfStored(b);
    if (level) known.push({ name: `gemte værdier i ${priceLevelDa(level)}`, level, cells });
  }
  const unresolved = new Set(pending);
  const settle = (p: Pending, level: PriceLevel, detail: unknown): void => {
    out.set(p.parsed, { level, how: 'detected', detail });
    unresolved.delete(p);
    known.push({ name: p.parsed.file, level, cells: p.cells });
  };
  let progress = true;
  while (progress && unresolved.size > 0) {
    progress = false;
    for (const p of [...unresolved]) {
      for (const k of known) {
        const relation = detectPriceRelation(pairsBetween(p.cells, k.cells));
        const level = basisFromRelation(relation, k.level);
        if (level) {
          settle(p, level, { ...evidence(relation, k.name), basis: storedBasis(level) });
          progress = true;
          break;
        }
      }
    }
    if (progress) continue;
    // Two files of unknown level that differ by a price index tell each other's level.
    for (const p of unresolved) {
      for (const q of unresolved) {
        if (p === q) continue;
        const relation = detectPriceRelation(pairsBetween(p.cells, q.cells));
        const both = basesFromRelation(relation);
        if (both) {
          settle(p, both.a, { ...evidence(relation, q.parsed.file), basis: storedBasis(both.a) });
          progress = true;
          break;
        }
      }
      if (progress) break;
    }
  }
  for (const p of unresolved) {
    out.set(p.parsed, {
      refusedDa:
        `${p.parsed.file}: filen siger ikke, om beløbene er i løbende eller faste priser, og det kunne ikke aflæses af ` +
        `overlap med gemte værdier eller andre filer. Angiv det med --price-basis current (løbende priser) ` +
        `eller --price-basis fixed:2010 (faste 2010-priser)`,
    });
  }
  return out;
}
