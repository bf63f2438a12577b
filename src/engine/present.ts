import {
  CURRENT_PRICES,
  OVERLAP_RULE_DA,
  describeLevelDa,
  describeLevelEn,
  findMunicipality,
  fixedPrices,
  isMoneyUnit,
  priceLevelDa,
  sourceNoteEn,
  unitEn,
  type DefinitionBreak,
  type KeyFigure,
  type VolumeDefinition,
} from '../core/index.ts';
import type { StoredKeyFigure } from '../db/index.ts';
import type { PricesDocument } from './prices.ts';
import type { SeriesAnswer, ValuesAnswer } from './values.ts';
import type { DevelopmentAnswer } from './development.ts';
import type { ResolvedGroup } from './groups.ts';
import type { PackageAnswer } from './package.ts';
import type { PotentialAnswer } from './potential.ts';
import type { TalkToAnswer } from './talk-to.ts';

// The JSON documents of the engine's answers: what `--json` prints and what the API serves,
// built in one place so the two can never disagree.

const municipality = (code: string) => ({ code, name: findMunicipality(code)?.name ?? code });

/** A definition break with its English (null when only the database knows the break). */
export function presentBreak(b: DefinitionBreak) {
  return {
    year: b.year,
    description: b.description,
    descriptionEn: b.descriptionEn ?? null,
    ...(b.sourceNote === undefined ? {} : { sourceNote: b.sourceNote }),
  };
}

function presentVolume(v: VolumeDefinition) {
  return {
    population: v.population,
    ...(v.share === undefined ? {} : { share: v.share }),
    description: v.description,
    descriptionEn: v.descriptionEn ?? null,
    ...(v.before ? { before: { ...v.before, descriptionEn: v.before.descriptionEn ?? null } } : {}),
  };
}

/** A key figure as answers show it: the Danish texts and their English. */
export function presentKeyFigure(k: KeyFigure) {
  return {
    id: k.id,
    sourceName: k.sourceName,
    source: k.source,
    nameDa: k.nameDa,
    nameEn: k.nameEn,
    unit: k.unit,
    unitEn: unitEn(k.unit),
    themes: k.themes,
    kind: k.kind,
    polarity: k.polarity,
    valueType: k.valueType,
    volume: k.volume ? presentVolume(k.volume) : null,
    parent: k.parent ?? null,
    overlaps: k.overlaps,
    counterparts: k.counterparts,
    breaks: k.breaks.map(presentBreak),
    catalogued: k.catalogued,
  };
}

/** The key figure with its notes, as `/values`, `/series` and the CLI's `--json` show it. */
export function presentKeyFigureWithNotes(k: StoredKeyFigure) {
  return {
    ...presentKeyFigure(k),
    notes: k.notes.map((n) => ({ number: n.number, text: n.text, textEn: sourceNoteEn(n.text) })),
  };
}

/**
 * A stored key figure as the catalogue shows it (`GET /key-figures`, `GET /key-figures/{id}`):
 * the answers' fields, its notes and the years in which it has numbers.
 */
export function presentKeyFigureDocument(k: StoredKeyFigure) {
  return {
    ...presentKeyFigureWithNotes(k),
    firstYear: k.firstYear,
    lastYear: k.lastYear,
    yearsWithValues: k.yearsWithValues,
  };
}

/** `peers`: the group, nearest first, each with its distance and each variable's share. */
export function presentPeers(code: string, year: number, answer: ResolvedGroup) {
  const g = answer.group;
  return {
    municipality: municipality(code),
    year,
    structureYear: answer.structureYear,
    group: { kind: g.kind, nameDa: g.nameDa, members: g.members },
    variables:
      g.nearest?.scales.map((s) => ({
        name: s.variable.name,
        nameDa: s.variable.nameDa,
        keyFigureId: s.variable.keyFigureId,
        transform: s.variable.transform,
        weight: s.variable.weight,
        mean: s.mean,
        sd: s.sd,
      })) ?? [],
    peers: g.nearest
      ? g.nearest.matches.map((m) => ({
          ...municipality(m.code),
          distance: Number.isFinite(m.distance) ? m.distance : null,
          contributions: Object.fromEntries(m.terms.map((t) => [t.variable, t.share])),
          addedByHand: g.nearest?.added.includes(m.code) ?? false,
        }))
      : g.members.map((c) => ({
          ...municipality(c),
          distance: null,
          contributions: {},
          addedByHand: false,
        })),
    removed: g.nearest?.removed ?? [],
    leftOut: g.leftOut,
  };
}

/** `potential`: value, volume, benchmark, potential, the group and the corridor. */
export function presentPotential(a: PotentialAnswer) {
  const basis = a.detail.basis;
  return {
    municipality: municipality(a.code),
    keyFigure: presentKeyFigure(a.keyFigure),
    year: a.year,
    yearKind: a.figurePrices?.yearKind ?? null,
    prices: a.prices,
    unitLabelDa: unitLabelDa(a.keyFigure.unit, a.prices, a.year),
    priceConversion: a.figurePrices,
    warnings: a.warnings,
    level: basis.levelKey,
    levelNameDa: basis.levelNameDa,
    value: a.value,
    volume: a.volume,
    benchmark: a.benchmark,
    potential: a.potential,
    positivePotential: a.positivePotential,
    unavailable: a.detail.unavailable ?? basis.unavailable ?? null,
    group: a.group,
    peerGroup: {
      kind: a.peerGroup.group.kind,
      nameDa: a.peerGroup.group.nameDa,
      structureYear: a.peerGroup.structureYear,
      members: a.group,
    },
    used: basis.used,
    leftOut: basis.leftOut,
    referenceCode: basis.referenceCode ?? null,
    corridor: {
      min: a.corridor.min,
      max: a.corridor.max,
      levels: a.corridor.potentials.map((p) => ({
        level: p.levelKey,
        levelNameDa: p.basis.levelNameDa,
        benchmark: p.benchmark,
        potential: p.signed,
        unavailable: p.unavailable ?? null,
      })),
    },
  };
}

/**
 * `package`: per theme and in total, each figure with its status and numbers, its rank in the
 * peer group (1 = best by polarity; a neutral figure highest first) and its potential corridor
 * across the benchmark levels (the same ends as `potential` gives for that figure).
 */
export function presentPackage(a: PackageAnswer) {
  const p = a.package;
  return {
    municipality: municipality(p.code),
    year: p.year,
    level: p.levelKey,
    levelNameDa: describeLevelDa(a.level),
    levelNameEn: describeLevelEn(a.level),
    yearKind: a.yearKinds.main,
    yearKinds: a.yearKinds.shares,
    prices: a.prices,
    pricesFellBack: a.pricesFellBack,
    unitLabelDa:
      a.prices.basis === 'fixed' ? `kr., ${a.prices.year}-priser` : `kr., ${p.year}-priser`,
    coverage: a.coverage,
    warnings: a.warnings,
    total: p.total,
    aggregates: p.aggregates.map((f) => ({
      keyFigureId: f.keyFigureId,
      nameDa: f.nameDa,
      value: f.potential.unitCost,
      benchmark: f.potential.benchmark,
      volume: f.potential.volume,
      potential: f.potential.signed,
      reasonDa: f.reasonDa ?? null,
      yearKind: a.figurePrices[f.keyFigureId]?.yearKind ?? null,
    })),
    families: p.families,
    ruleDa: OVERLAP_RULE_DA,
    themes: p.themes.map((t) => ({
      theme: t.theme,
      nameDa: t.nameDa,
      total: t.total,
      figures: t.figures.map((f) => {
        const context = a.figures[f.keyFigureId];
        return {
          keyFigureId: f.keyFigureId,
          nameDa: f.nameDa,
          status: f.status,
          overlapsWith: f.overlapsWith ?? null,
          overlapsWithAll: f.overlapsWithAll ?? [],
          countedIn: f.countedIn ?? null,
          reasonDa: f.reasonDa ?? null,
          money: f.money,
          yearKind: a.figurePrices[f.keyFigureId]?.yearKind ?? null,
          priceConversion: a.figurePrices[f.keyFigureId] ?? null,
          value: f.potential.unitCost,
          benchmark: f.potential.benchmark,
          volume: f.potential.volume,
          potential: f.potential.signed,
          group: f.potential.basis.group.members,
          rank: context?.rank.rank ?? null,
          rankOf: context?.rank.of ?? 0,
          corridor: { min: context?.corridor.min ?? null, max: context?.corridor.max ?? null },
          dea: context?.dea ?? null,
        };
      }),
    })),
    groups: Object.fromEntries(
      Object.entries(a.groups).map(([theme, g]) => [
        theme,
        {
          nameDa: g.group.nameDa,
          nameEn: g.group.nameEn,
          members: g.group.members,
          structureYear: g.structureYear,
        },
      ]),
    ),
    withoutData: a.withoutData,
  };
}

/** `development`: the index series, our change, and who moved differently. */
export function presentDevelopment(a: DevelopmentAnswer) {
  const c = a.comparison;
  return {
    municipality: municipality(c.code),
    keyFigure: { id: a.keyFigure.id, nameDa: a.keyFigure.nameDa, unit: a.keyFigure.unit },
    from: c.from,
    to: c.to,
    group: c.group,
    structureYear: a.peerGroup.structureYear,
    series: c.series,
    own: c.own,
    others: c.others,
    leftOut: c.leftOut,
    breaks: a.breaks.map(presentBreak),
    yearKinds: a.yearKinds,
    prices: a.prices,
  };
}

/** `talk-to`: ranked entries with their reasons, and who was left out and why. */
export function presentTalkTo(a: TalkToAnswer) {
  const r = a.result;
  return {
    municipality: municipality(r.code),
    keyFigure: {
      id: a.keyFigure.id,
      nameDa: a.keyFigure.nameDa,
      unit: a.keyFigure.unit,
      polarity: a.keyFigure.polarity,
      counterparts: a.keyFigure.counterparts,
    },
    year: r.year,
    group: {
      kind: a.peerGroup.group.kind,
      nameDa: a.peerGroup.group.nameDa,
      members: a.peerGroup.group.members,
    },
    ownValue: r.ownValue,
    entries: r.entries,
    rejected: r.rejected,
    scoreRuleDa: r.scoreRuleDa,
    unavailableDa: r.unavailableDa ?? null,
  };
}

/** `values`: every municipality's value of a figure in a year, in one kind and price level. */
export function presentValues(k: KeyFigure, a: ValuesAnswer) {
  return {
    year: a.year,
    yearKind: a.yearKind,
    prices: a.prices,
    published: a.published,
    unconverted: a.unconverted,
    factor: a.factor,
    otherVariants: a.otherVariants,
    unitLabelDa: unitLabelDa(k.unit, a.prices, a.year),
    values: a.rows.map((v) => ({
      code: v.code,
      name: v.name,
      value: v.value,
      status: v.status,
      raw: v.raw,
      volume: v.volume,
      importId: v.importId,
    })),
  };
}

/** `series`: a point per year and year kind; `chosen` marks the one a single number shows. */
export function presentSeries(k: KeyFigure, a: SeriesAnswer) {
  return {
    prices: a.prices,
    unitLabelDa: unitLabelDa(k.unit, a.prices),
    series: a.points,
  };
}

/**
 * A unit with its price level for people: "kr. pr. indb., 2019-priser"; a figure that is not
 * money keeps its unit.
 * @example unitLabelDa('kr. pr. indb.', { basis: 'fixed', year: 2010 }) // 'kr. pr. indb., 2010-priser'
 */
export function unitLabelDa(unit: string, prices: PricesDocument | null, year?: number): string {
  if (prices === null || !isMoneyUnit(unit)) return unit;
  const level =
    prices.basis === 'fixed' && prices.year !== null ? fixedPrices(prices.year) : CURRENT_PRICES;
  return `${unit}, ${priceLevelDa(level, year)}`;
}
