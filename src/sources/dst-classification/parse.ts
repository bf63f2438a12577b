import {
  MUNICIPALITIES,
  REGIONS,
  emptyParsedSource,
  findMunicipality,
  isChristiansoe,
  nameKey,
  normaliseMunicipalityCode,
  type Classification,
  type ParsedSource,
} from '../../core/index.ts';
import { DiagnosticLog, type Place } from '../diagnostic-log/index.ts';
import { decodeText, readCsvRecords, type CsvRecord } from '../text/index.ts';

type Region = Classification['regions'][number];
type Landsdel = Classification['landsdele'][number];
type ClassifiedMunicipality = Classification['municipalities'][number];

/**
 * Parses DST's classification export (region → landsdel → kommune, UTF-8 with BOM, `;`,
 * quoted notes with line breaks). A kommune belongs to the nearest region and landsdel above
 * it. Christiansø (411) is left out with an info diagnostic. Every kommune is checked against
 * core's list of the 98 (code and region); an unknown code, a region that disagrees, a
 * kommune missing from the file or a malformed row refuses the file.
 * @example parseDstClassification(bytes, 'csv_da.csv').classification?.municipalities.length // 98
 */
export function parseDstClassification(bytes: Uint8Array, fileName: string): ParsedSource {
  const { text } = decodeText(bytes, fileName);
  const log = new DiagnosticLog(fileName);
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  if (firstLine.trim() !== '' && !firstLine.includes(';')) {
    log.refuse("forkert skilletegn: DST's klassifikation bruger semikolon", {
      line: 1,
      value: firstLine,
    });
  }
  const [header, ...rows] = readCsvRecords(text, fileName, ';');
  if (!header) return log.refuse('filen er tom', { line: 1 });
  const names = header.fields.map((f) => f.trim().toUpperCase());
  const column = (name: string): number => {
    const index = names.indexOf(name);
    if (index >= 0) return index;
    return log.refuse(
      `kolonnen ${name} mangler i overskriften; forventede SEKVENS;KODE;NIVEAU;TITEL;…`,
      {
        line: header.line,
        value: header.fields.join(';'),
      },
    );
  };
  const [kode, niveau, titel] = [column('KODE'), column('NIVEAU'), column('TITEL')];
  if (rows.length === 0) log.refuse('overskrift, men ingen rækker', { line: header.line });

  const tree = new TreeBuilder(log);
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      log.error(`forkert antal felter: ${row.fields.length}, forventede ${header.fields.length}`, {
        line: row.line,
        value: row.fields.join(';'),
      });
      continue;
    }
    const cell = (i: number) => (row.fields[i] ?? '').trim();
    tree.add(row, cell(niveau), cell(kode), cell(titel));
  }
  const classification = tree.finish();
  return {
    ...emptyParsedSource('dst-classification', fileName),
    classification,
    diagnostics: log.finish(),
  };
}

/** Builds the tree row by row, remembering the region and landsdel above. */
class TreeBuilder {
  readonly #log: DiagnosticLog;
  readonly #regions: Region[] = [];
  readonly #landsdele: Landsdel[] = [];
  readonly #municipalities = new Map<string, ClassifiedMunicipality>();
  #region: string | undefined;
  #landsdel: string | undefined;

  constructor(log: DiagnosticLog) {
    this.#log = log;
  }

  add(row: CsvRecord, level: string, code: string, title: string): void {
    const at = { line: row.line, field: 'KODE', value: code };
    switch (level) {
      case '1':
        return this.#addRegion(code, title, at);
      case '2':
        return this.#addLandsdel(code, title, at);
      case '3':
        return this.#addMunicipality(code, title, at);
      default:
        this.#log.error('ukendt niveau; forventede 1 (region), 2 (landsdel) eller 3 (kommune)', {
          line: row.line,
          field: 'NIVEAU',
          value: level,
        });
    }
  }

  finish(): Classification {
    const missing = MUNICIPALITIES.filter((m) => !this.#municipalities.has(m.code));
    if (missing.length > 0) {
      this.#log.error(`klassifikationen mangler ${missing.length} af de 98 kommuner`, {
        value: missing.map((m) => `${m.code} ${m.name}`).join(', '),
      });
    }
    return {
      regions: this.#regions,
      landsdele: this.#landsdele,
      municipalities: [...this.#municipalities.values()],
    };
  }

  #addRegion(raw: string, title: string, at: Place): void {
    const code = /^\d{1,3}$/.test(raw) ? raw.padStart(3, '0') : raw;
    const known = REGIONS.find((r) => r.code === code);
    this.#region = undefined;
    this.#landsdel = undefined;
    if (!known) return this.#log.error('Ukendt regionskode', at);
    if (this.#regions.some((r) => r.code === code))
      return this.#log.error('regionen står to gange', at);
    if (nameKey(title) !== nameKey(known.name)) {
      this.#log.warning(`navnet afviger fra DST's regionsliste ("${known.name}")`, {
        ...at,
        field: 'TITEL',
        value: title,
      });
    }
    this.#region = code;
    this.#regions.push({ code, name: title });
  }

  #addLandsdel(raw: string, title: string, at: Place): void {
    this.#landsdel = undefined;
    if (!/^\d{1,2}$/.test(raw)) return this.#log.error('ugyldig landsdelskode (1-2 cifre)', at);
    const code = raw.padStart(2, '0');
    if (this.#region === undefined) return this.#log.error('landsdel uden en region foran', at);
    if (this.#landsdele.some((l) => l.code === code))
      return this.#log.error('landsdelen står to gange', at);
    this.#landsdel = code;
    this.#landsdele.push({ code, name: title, regionCode: this.#region });
  }

  #addMunicipality(raw: string, title: string, at: Place): void {
    const code = normaliseMunicipalityCode(raw);
    if (code === undefined) return this.#log.error('ugyldig kommunekode', at);
    if (isChristiansoe(code)) {
      return this.#log.info('Christiansø er ikke en kommune og springes over', at);
    }
    const known = findMunicipality(code);
    if (!known) return this.#log.error('Ukendt kommunekode', at);
    if (this.#region === undefined || this.#landsdel === undefined) {
      return this.#log.error('kommune uden en region og landsdel foran', at);
    }
    if (known.regionCode !== this.#region) {
      return this.#log.error(
        `kommunen står under region ${this.#region}, men hører til region ${known.regionCode} i DST's kommuneliste`,
        at,
      );
    }
    if (this.#municipalities.has(code)) return this.#log.error('kommunen står to gange', at);
    if (nameKey(title) !== nameKey(known.name)) {
      this.#log.warning(`navnet afviger fra DST's kommuneliste ("${known.name}")`, {
        ...at,
        field: 'TITEL',
        value: title,
      });
    }
    this.#municipalities.set(code, {
      code,
      name: title,
      regionCode: this.#region,
      landsdelCode: this.#landsdel,
    });
  }
}
