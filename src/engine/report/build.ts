import {
  InvalidInputError,
  NotFoundError,
  findMunicipality,
  type Block,
  type PackageLevel,
  type PeerGroupSpec,
  type PriceLevel,
  type ReportLang,
  type ReportModel,
  type ReportSection,
  type ReportSectionId,
} from '../../core/index.ts';
import { dataVersion, listImports, type Queryable } from '../../db/index.ts';
import type { EngineData } from '../data.ts';
import { resolveGroup } from '../groups.ts';
import { computePackageFor } from '../package.ts';
import { defaultYearFor, packageYears } from '../package-years.ts';
import { presentPackage } from '../present.ts';
import type { PriceRequest } from '../prices.ts';
import { loadSavedGroup } from '../saved-groups.ts';
import { sharedPackageData } from '../shared-data.ts';
import { appendixSection } from './appendix-section.ts';
import { barriersSection } from './barriers-section.ts';
import { budgetSection } from './budget-section.ts';
import type { ReportContext } from './context.ts';
import { FormulaRegistry } from './formulas.ts';
import { frontSection } from './front-section.ts';
import { initiativesSection } from './initiatives-section.ts';
import { loadReportTopology, mapSection } from './map-section.ts';
import { figureName, pricesOf, yearLabelOf, type BenchmarkParts } from './package-doc.ts';
import { packageSection, rankedRows, topPotentialsSection } from './package-section.ts';
import { profileSection } from './profile-section.ts';
import { steeringSection } from './steering-section.ts';
import { talkToSection } from './talk-to-section.ts';
import { themesSection } from './themes-section.ts';
import { nameOf, say } from './words.ts';

/** What a report is made of: the package's parameters, the language and the narratives. */
export interface ReportRequest {
  readonly code: string;
  /** The year; by default the package's default year (mainly accounts, half the spending). */
  readonly year?: number | undefined;
  readonly level: PackageLevel;
  readonly peers: PeerGroupSpec;
  readonly prices?: PriceRequest | undefined;
  readonly lang: ReportLang;
  /** The municipality's own text per section (parsed from Markdown by the caller). */
  readonly narratives?: Partial<Record<ReportSectionId, readonly Block[]>>;
  /** The parameters as the caller spelled them, for the appendix (e.g. "nearest:10"). */
  readonly spelled?: {
    readonly benchmark?: string;
    readonly peers?: string;
    readonly prices?: string;
  };
}

export interface ReportBuildOptions {
  /** Every year's package data, loaded once per data version (the server's and --all's). */
  readonly shared?: EngineData;
  /** The outlines for the map (loadReportTopology), loaded once for many reports. */
  readonly topology?: unknown;
}

/** The year the report is for: the asked one when it has figures, else a clear refusal. */
async function reportYear(db: Queryable, request: ReportRequest): Promise<number> {
  if (request.year === undefined) {
    const year = await defaultYearFor(db, request.code, request.prices);
    if (year === undefined)
      throw new NotFoundError(
        `Der er ingen nøgletal for kommune ${request.code} at lave en rapport af`,
      );
    return year;
  }
  const years = await packageYears(db, request.code);
  const withData = years.filter((y) => y.figures > 0).map((y) => y.year);
  if (!withData.includes(request.year))
    throw new InvalidInputError(
      `Der er ingen nøgletal for kommune ${request.code} i ${request.year}${withData.length > 0 ? ` (år med nøgletal: ${withData[0]}-${withData[withData.length - 1]})` : ''}`,
      'year',
    );
  return request.year;
}

/**
 * The standard report "Kend din kommune" for one municipality and year (issue 20): the package
 * as GET /api/v1/package answers it, the profile and group, the themes with charts, the
 * learning half (whom to talk to, initiatives, barriers, budget, steering), the map and the
 * appendix, as one model that the report room renders to HTML, PDF and DOCX.
 */
export async function buildReport(
  db: Queryable,
  request: ReportRequest,
  options: ReportBuildOptions = {},
): Promise<ReportModel> {
  const { code, lang } = request;
  if (!findMunicipality(code)) throw new NotFoundError(`Kommunekoden ${code} findes ikke`);
  const year = await reportYear(db, request);
  const shared = options.shared ?? (await sharedPackageData(db));
  const answer = await computePackageFor(
    db,
    {
      code,
      year,
      level: request.level,
      peers: request.peers,
      ...(request.prices ? { prices: request.prices } : {}),
    },
    { shared },
  );
  const doc = presentPackage(answer);
  const level: PriceLevel =
    answer.prices.basis === 'fixed' && answer.prices.year !== null
      ? { basis: 'fixed', year: answer.prices.year }
      : { basis: 'current', year: null };
  const data = shared.withPrices(level);
  const formulas = new FormulaRegistry();
  const parts: BenchmarkParts = {
    lang,
    code,
    year,
    answer,
    doc,
    data,
    formula: (name, text) => formulas.add(name, text),
  };
  const peerSpec = await loadSavedGroup(db, request.peers);
  const resolved = resolveGroup(data, code, year, peerSpec);
  const context: ReportContext = {
    db,
    lang,
    code,
    name: doc.municipality.name,
    year,
    peers: resolved.group.members.map((c) => ({ code: c, name: nameOf(c) })),
    peerSpec,
    topFigures: rankedRows(parts)
      .slice(0, 5)
      .map(({ row }) => ({
        id: row.keyFigureId,
        name: figureName(row.keyFigureId, lang, row.nameDa),
      })),
    formula: (name, text) => formulas.add(name, text),
  };
  const [version, imports] = await Promise.all([dataVersion(db), listImports(db)]);
  const topology = options.topology === undefined ? await loadReportTopology(db) : options.topology;
  const sections: ReportSection[] = [
    frontSection(parts, resolved.group.members.length),
    profileSection(parts, resolved),
    packageSection(parts),
    topPotentialsSection(parts),
    themesSection(parts),
    await talkToSection(context),
    await initiativesSection(context),
    await barriersSection(context),
    await budgetSection(context),
    await steeringSection(context),
    mapSection(parts, topology),
  ];
  sections.push(
    appendixSection(parts, imports, version, {
      benchmark: request.spelled?.benchmark ?? doc.level,
      peers: request.spelled?.peers ?? say(lang, resolved.group.nameDa, resolved.group.nameEn),
      prices: request.spelled?.prices ?? pricesOf(parts),
    }),
  );
  const narratives = request.narratives ?? {};
  return {
    lang,
    title: say(
      lang,
      `Kend din kommune: ${doc.municipality.name} ${year}`,
      `Know your municipality: ${doc.municipality.name} ${year}`,
    ),
    municipality: { code, name: doc.municipality.name },
    year,
    yearLabel: yearLabelOf(parts),
    pricesLabel: pricesOf(parts),
    dataVersion: version,
    sections: sections.map((s) => {
      const narrative = narratives[s.id];
      return narrative && narrative.length > 0 ? { ...s, narrative } : s;
    }),
    formulas: formulas.list,
  };
}
