import { createHash } from 'node:crypto';
import {
  MUNICIPALITIES,
  REGIONS,
  findMunicipality,
  nameKey,
  type Boundary,
} from '../../core/index.ts';
import type { DiagnosticLog } from '../diagnostic-log/index.ts';
import { formatCount } from '../limits.ts';
import { identifyArea, type AreaRef } from './area.ts';
import type { GeometryProblem, PolygonCoordinates } from './geometry.ts';
import { isJsonObject, lineOfProperty } from './json.ts';

const LEVEL_ORDER: Readonly<Record<Boundary['level'], number>> = { municipality: 0, region: 1 };

interface Collected {
  readonly area: AreaRef;
  readonly polygons: PolygonCoordinates[];
}

/** The parts of one area seen so far (as digests) and how many came again. */
interface Parts {
  readonly area: AreaRef;
  readonly seen: Set<string>;
  repeated: number;
}

/**
 * Gathers the polygons of a DAGI file per municipality or region and turns them into one
 * MultiPolygon each, named from DST's list (core), not from the file. Reports unknown codes
 * once each with the line where they first occur, Christiansø once, names that differ from
 * DST's, and municipalities or regions the file lacks.
 */
export class BoundaryCollector {
  readonly #log: DiagnosticLog;
  readonly #text: string;
  readonly #areas = new Map<string, Collected>();
  readonly #reported = new Set<string>();
  readonly #parts = new Map<string, Parts>();
  #christiansoe: { field: string; code: string; geometries: number } | undefined;

  constructor(log: DiagnosticLog, text: string) {
    this.#log = log;
    this.#text = text;
  }

  /** The area a feature outlines, or undefined when it is skipped or wrong (then reported). */
  area(properties: unknown, path: string): AreaRef | undefined {
    const lookup = identifyArea(properties);
    if (lookup.kind === 'area') return lookup.area;
    if (lookup.kind === 'christiansoe') {
      const geometries = (this.#christiansoe?.geometries ?? 0) + 1;
      this.#christiansoe = { field: lookup.codeField, code: lookup.sourceCode, geometries };
      return undefined;
    }
    const key = `${lookup.field ?? ''}=${lookup.value}`;
    if (this.#reported.has(key)) return undefined;
    this.#reported.add(key);
    this.#log.error(lookup.problem, {
      ...(lookup.field === undefined
        ? {}
        : lineAt(lineOfProperty(this.#text, lookup.field, lookup.value))),
      field: `${path}.properties${lookup.field === undefined ? '' : `.${lookup.field}`}`,
      value: lookup.value,
    });
    return undefined;
  }

  /**
   * Notes the parts of an area as the file gives them (a polygon's coordinates or its arcs),
   * to refuse a file that gives the same part twice. An area may have many parts (the 2014
   * DAGI files give each island of a municipality as its own feature, up to 15, and up to 58
   * for a region); only an exact repeat is refused, since it can only be a faulty file and
   * would otherwise be drawn and stored as often as it is repeated.
   */
  noteParts(area: AreaRef, parts: readonly unknown[]): void {
    const key = `${area.level}:${area.code}`;
    const noted = this.#parts.get(key) ?? { area, seen: new Set<string>(), repeated: 0 };
    this.#parts.set(key, noted);
    for (const part of parts) {
      const digest = createHash('sha1')
        .update(JSON.stringify(part) ?? '')
        .digest('base64');
      if (noted.seen.has(digest)) noted.repeated++;
      else noted.seen.add(digest);
    }
  }

  /** Adds polygons to an area's outline. */
  add(area: AreaRef, polygons: readonly PolygonCoordinates[]): void {
    const key = `${area.level}:${area.code}`;
    const collected = this.#areas.get(key);
    if (collected) {
      collected.polygons.push(...polygons);
      return;
    }
    this.#areas.set(key, { area, polygons: [...polygons] });
    const name = dstName(area);
    if (area.sourceName !== undefined && nameKey(area.sourceName) !== nameKey(name)) {
      this.#log.warning(`navnet afviger fra DST's ("${name}"), som bruges`, {
        ...lineAt(lineOfProperty(this.#text, area.codeField, area.sourceCode)),
        field: area.codeField,
        value: `${area.sourceCode} ${area.sourceName}`,
      });
    }
  }

  /** Records a geometry that cannot be read. */
  problem(path: string, problem: GeometryProblem): void {
    this.#log.error(problem.problem, { field: path, value: problem.value });
  }

  /** One boundary per area, municipalities then regions, by code. */
  finish(): readonly Boundary[] {
    this.#reportRepeats();
    if (this.#christiansoe) {
      const { field, code, geometries } = this.#christiansoe;
      this.#log.info(`Christiansø er ikke en kommune og springes over (${geometries} geometrier)`, {
        ...lineAt(lineOfProperty(this.#text, field, code)),
        field,
        value: code,
      });
    }
    const boundaries = [...this.#areas.values()]
      .map(({ area, polygons }): Boundary => ({
        level: area.level,
        code: area.code,
        name: dstName(area),
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      }))
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code));
    this.#reportGaps(boundaries);
    return boundaries;
  }

  #reportRepeats(): void {
    for (const { area, seen, repeated } of this.#parts.values()) {
      if (repeated === 0) continue;
      const what = area.level === 'municipality' ? 'kommune' : 'region';
      this.#log.error(
        `${what} ${area.code} (${dstName(area)}) har ${formatCount(repeated)} gentagne polygoner (${formatCount(seen.size + repeated)} i alt): den samme polygon står flere gange i filen`,
        {
          ...lineAt(lineOfProperty(this.#text, area.codeField, area.sourceCode)),
          field: area.codeField,
          value: area.sourceCode,
        },
      );
    }
  }

  #reportGaps(boundaries: readonly Boundary[]): void {
    if (boundaries.length === 0 && this.#reported.size === 0) {
      this.#log.error('filen har ingen kommune- eller regionsgrænser');
    }
    const has = (level: Boundary['level'], code: string) =>
      boundaries.some((b) => b.level === level && b.code === code);
    const gaps = [
      { level: 'municipality', all: MUNICIPALITIES, what: 'kommuner' },
      { level: 'region', all: REGIONS, what: 'regioner' },
    ] as const;
    for (const { level, all, what } of gaps) {
      if (!boundaries.some((b) => b.level === level)) continue;
      const missing = all.filter((a) => !has(level, a.code));
      if (missing.length === 0) continue;
      this.#log.warning(`filen mangler ${missing.length} af de ${all.length} ${what}`, {
        value: missing.map((a) => `${a.code} ${a.name}`).join(', '),
      });
    }
  }
}

function dstName(area: AreaRef): string {
  const known =
    area.level === 'municipality'
      ? findMunicipality(area.code)
      : REGIONS.find((r) => r.code === area.code);
  return known?.name ?? area.code;
}

/** Refuses a coordinate reference system other than lon/lat (CRS84 or EPSG:4326). */
export function checkCrs(owner: unknown, field: string, log: DiagnosticLog): void {
  if (!isJsonObject(owner) || !isJsonObject(owner['crs'])) return;
  const properties = owner['crs']['properties'];
  const name = isJsonObject(properties) ? properties['name'] : undefined;
  if (typeof name === 'string' && !/CRS84$|EPSG:+4326$/i.test(name)) {
    log.error('koordinatsystemet understøttes ikke; brug længde/bredde (CRS84)', {
      field: `${field}crs`,
      value: name,
    });
  }
}

/** The place's line when the text has one; a diagnostic leaves the line out rather than undefined. */
function lineAt(line: number | undefined): { readonly line?: number } {
  return line === undefined ? {} : { line };
}
