import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_PRICES, type ParsedSource } from '../../core/index.ts';
import { repoRoot, rawDataPath } from '../../../test/support/shared-data.ts';
import { parseRegk31 } from '../regk31/index.ts';
import { detectFormat } from '../registry.ts';
import { catchRefusal, parsesOrRefuses } from '../testing/index.ts';
import { detectBudk32, parseBudk32 } from './index.ts';

const YEARS = [2020, 2021, 2022, 2023, 2024] as const;
const FIXTURE = join(repoRoot, 'test', 'fixtures', 'budk32');
const fixtureName = (y: number) => `BUDK32-fixture-${y}.csv`;
const fixtureBytes = new Map(YEARS.map((y) => [y, readFileSync(join(FIXTURE, fixtureName(y)))]));
const budget = new Map(
  YEARS.map((y) => [y, parseBudk32(fixtureBytes.get(y) ?? new Uint8Array(), fixtureName(y))]),
);
const accounts = new Map(
  YEARS.map((y) => [
    y,
    parseRegk31(readFileSync(rawDataPath('dst-regk31-marieleth', `${y}.csv`)), `${y}.csv`),
  ]),
);
const PEERS = ['575', '706', '710', '727', '746', '756', '766'];

function value(source: ParsedSource | undefined, figure: string, code: string): number | null {
  const o = source?.observations.find(
    (x) => x.keyFigureId === figure && x.municipalityCode === code,
  );
  return o ? o.value : null;
}

const UNIT = '"Pr. indbygger, løbende priser (kr.)"';
const SCHOOLS = '"3.22.01 Folkeskoler"';
/** A small BUDK32 file: one CRLF line per row of already quoted fields and an amount. */
function file(...rows: readonly string[]): Uint8Array {
  return new TextEncoder().encode(rows.map((r) => `${r}\r\n`).join(''));
}
const row = (area: string, amount: string, middle = '"I alt (netto)"') =>
  `${UNIT},${middle},${SCHOOLS},"${area}",${amount}`;

describe('parseBudk32(bytes, fileName) on the project-made fixture 2020-2024', () => {
  it.each(YEARS)('reads %i as 5 functions × 7 municipalities of budget, current prices', (y) => {
    const p = budget.get(y);
    expect(p?.format).toBe('budk32-csv');
    expect(p?.priceBasis).toEqual(CURRENT_PRICES);
    expect([...(p?.yearKinds ?? [])]).toEqual([[y, 'budget']]);
    expect(p?.keyFigures.map((k) => k.id)).toEqual([
      'regk31-3-22-01',
      'regk31-5-25-14',
      'regk31-5-30-26',
      'regk31-5-30-27',
      'regk31-6-45-51',
    ]);
    expect(p?.observations).toHaveLength(35);
    expect([...new Set(p?.observations.map((o) => o.municipalityCode))].sort()).toEqual(PEERS);
    expect(p?.observations.every((o) => o.year === y && o.yearKind === undefined)).toBe(true);
    // "Hele landet" of each function as info; the 91 municipalities the fixture lacks as warnings.
    expect(p?.diagnostics.filter((d) => d.severity === 'info')).toHaveLength(5);
    expect(p?.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(5);
  });

  it('uses the REGK31 importer’s ids and names, so budget and accounts are one key figure', () => {
    for (const y of YEARS) {
      const real = new Map(accounts.get(y)?.keyFigures.map((k) => [k.id, k]));
      for (const k of budget.get(y)?.keyFigures ?? []) expect(k).toEqual(real.get(k.id));
    }
  });

  it('pins hand-checked values: the planted 10 % under-budget of Hedensted 5.30.27', () => {
    // Accounts 3211, 3449, 3872 (real REGK31); budget 2890, 3104, 3485 = 0.90 × accounts.
    const want: Record<number, readonly [number, number]> = {
      2020: [3307, 3322],
      2021: [2890, 3211],
      2022: [3104, 3449],
      2023: [3597, 3569],
      2024: [3485, 3872],
    };
    for (const y of YEARS) {
      expect([
        value(budget.get(y), 'regk31-5-30-27', '766'),
        value(accounts.get(y), 'regk31-5-30-27', '766'),
      ]).toEqual(want[y]);
    }
    expect(value(budget.get(2021), 'regk31-3-22-01', '766')).toBe(8107);
    expect(value(budget.get(2021), 'regk31-3-22-01', '727')).toBe(5762);
  });

  it('keeps every other budget within 1 % of the real accounts', () => {
    for (const y of YEARS) {
      for (const o of budget.get(y)?.observations ?? []) {
        const acc = value(accounts.get(y), o.keyFigureId, o.municipalityCode) ?? NaN;
        const ratio = (o.value ?? NaN) / acc;
        const planted =
          o.municipalityCode === '766' &&
          o.keyFigureId === 'regk31-5-30-27' &&
          [2021, 2022, 2024].includes(y);
        if (planted) expect(Math.abs(ratio - 0.9)).toBeLessThan(0.001);
        else
          expect(Math.abs(ratio - 1), `${o.keyFigureId} ${o.municipalityCode} ${y}`).toBeLessThan(
            0.01,
          );
      }
    }
  });
});

describe('parseBudk32(bytes, fileName) on the layouts of the export', () => {
  it('reads the dranst in place of the art, and dranst and art both', () => {
    const dranst = parseBudk32(
      file(row('Hedensted', '7900', '"1 Driftskonti"')),
      'BUDK32-2025.csv',
    );
    const both = parseBudk32(
      file(row('Hedensted', '7900', '"1 Driftskonti","I alt (netto)"')),
      'budk32_2025.csv',
    );
    for (const p of [dranst, both]) {
      expect(p.observations).toEqual([
        {
          keyFigureId: 'regk31-3-22-01',
          municipalityCode: '766',
          year: 2025,
          value: 7900,
          status: 'value',
          raw: '7900',
        },
      ]);
      expect(p.yearKinds?.get(2025)).toBe('budget');
    }
  });
});

describe('parseBudk32(bytes, fileName) refuses a bad file, naming file, line, field and value', () => {
  const ok = file(row('Hedensted', '7900'));
  it.each([
    [
      'a file name without a year',
      ok,
      'BUDK32.csv',
      'BUDK32.csv: årstallet mangler i filnavnet; en BUDK32-eksport har ikke året i indholdet, så navngiv filen fx BUDK32-2025.csv (felt "filnavn", værdi "BUDK32.csv")',
    ],
    [
      'another price unit',
      file(`"Løbende priser (1.000 kr.)","I alt (netto)",${SCHOOLS},"Hedensted",1`),
      'BUDK32-2025.csv',
      'BUDK32-2025.csv:1: prisenheden understøttes ikke; forventede "Pr. indbygger, løbende priser (kr.)" (felt "Prisenhed", værdi "Løbende priser (1.000 kr.)")',
    ],
    [
      'an unknown municipality',
      file(row('Hedensted', '7900'), row('Atlantis', '100')),
      'BUDK32-2025.csv',
      'BUDK32-2025.csv:2: Ukendt kommunenavn (felt "Kommune", værdi "Atlantis")',
    ],
    [
      'a repeated function and municipality',
      file(row('Hedensted', '7900'), row('Odder', '6000'), row('Hedensted Kommune', '7901')),
      'BUDK32-2025.csv',
      'BUDK32-2025.csv:3: funktion og kommune står to gange (også linje 1) (felt "Kommune", værdi "Hedensted Kommune")',
    ],
    [
      'capital accounts',
      file(row('Hedensted', '7900', '"3 Anlægskonti"')),
      'BUDK32-2025.csv',
      'BUDK32-2025.csv:1: arten/dranst understøttes ikke; forventede "I alt (netto)" eller "1 Driftskonti" (felt "Art/Dranst", værdi "3 Anlægskonti")',
    ],
    [
      'gross expenditure after the dranst',
      file(row('Hedensted', '7900', '"1 Driftskonti","Bruttoudgifter"')),
      'BUDK32-2025.csv',
      'BUDK32-2025.csv:1: arten understøttes ikke; forventede "I alt (netto)" (felt "Art", værdi "Bruttoudgifter")',
    ],
    [
      'a row with a column too few',
      file(`${UNIT},${SCHOOLS},"Hedensted",7900`),
      'BUDK32-2025.csv',
      'BUDK32-2025.csv:1: forkert antal felter: 4, forventede 5 eller 6 (Prisenhed, Art/Dranst, Funktion, Kommune, Beløb eller Prisenhed, Dranst, Art, Funktion, Kommune, Beløb)',
    ],
  ])('refuses %s', (_, bytes, name, message) => {
    expect(catchRefusal(() => parseBudk32(bytes, name)).message).toContain(message);
  });

  it('parses or refuses mutations of a fixture file, never throwing anything else', () => {
    const pool = [0x2c, 0x22, 0x0a, 0x0d, 0x2d, 0x2e, 0x30, 0x39];
    const base = fixtureBytes.get(2022) ?? new Uint8Array();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.constantFrom(...pool),
        (i, b) => {
          const bytes = Uint8Array.from(base);
          bytes[i] = b;
          parsesOrRefuses(() => parseBudk32(bytes, 'BUDK32-2022.csv'));
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('detectBudk32(bytes, fileName) and the registry', () => {
  const bytes = fixtureBytes.get(2024) ?? new Uint8Array();
  it.each([
    ['BUDK32-2025.csv', true],
    ['eksport/budk32_2025.csv', true],
    ['data/budk32/2025.csv', true],
    ['C:\\data\\BUDK32\\2025.csv', true],
    ['2025.csv', false],
    ['budk321-2025.csv', false],
    ['regk31/2025.csv', false],
    ['/tmp/potentiale-budk32-x/2025.csv', false],
    ['budk32-arkiv/2025.csv', false],
    ['2025 BUDK32.csv', true],
  ])('on %s says %s', (name, yes) => {
    expect(detectBudk32(bytes, name)).toBe(yes);
  });

  it('leaves a file with BUDK32 in the name but another content alone', () => {
    expect(detectBudk32(new TextEncoder().encode('municipality_code;year\n'), 'BUDK32.csv')).toBe(
      false,
    );
  });

  it('reads the same bytes as budget or accounts by their name', () => {
    expect(detectFormat(bytes, 'budk32/2024.csv')?.label).toBe(
      'BUDK32 (budget, Danmarks Statistik)',
    );
    expect(detectFormat(bytes, '2024.csv')?.label).toBe('REGK31 (Danmarks Statistik)');
  });
});
