// BUDK32 for the fake StatBank, project-made: no BUDK32 TABLEINFO or data answer was ever
// recorded (../shared/data/statbank-samples/TABLES.md). The TABLEINFO follows TABLES.md: the
// area variable is "kommune" with the id REGI07A (probable, unverified — the fetch must find
// it by its values, not by name), 109 areas (country, regions, 98 municipalities, groups),
// main-account entries before the functions, DRANST 1-7, ART TOT/UE/I, PRISENHED LOBM/INDL.
// The INDL amounts are the project-made fixture test/fixtures/budk32 (2020-2024); 2025 is the
// 2024 fixture × 1.03. Other units, dranst and arts hold decoys the request must not select.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUNICIPALITIES } from '../../src/core/index.ts';
import { parseBudk32 } from '../../src/sources/index.ts';
import { repoRoot } from '../support/shared-data.ts';
import { regk31Exports, type FakeStatbank } from './fake-statbank.ts';

export const BUDK32_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
/** The area variable's id in the fake: not OMRÅDE. */
export const BUDK32_AREA = 'REGI07A';
/** A function of the REGK31 exports that the fake BUDK32 lacks (its list is shorter). */
export const MISSING_FUNCTION = '02820';

type Row = Readonly<Record<string, string>> & { readonly INDHOLD: string };

/** Budget per inhabitant by "function code|municipality|year", from the fixture. */
export function fixtureBudgets(): Map<string, number> {
  const out = new Map<string, number>();
  for (const y of BUDK32_YEARS.filter((x) => x <= 2024)) {
    const name = `BUDK32-fixture-${y}.csv`;
    const p = parseBudk32(readFileSync(join(repoRoot, 'test', 'fixtures', 'budk32', name)), name);
    for (const o of p.observations) {
      const f = o.keyFigureId.replace(/^regk31-/, '').replaceAll('-', '');
      out.set(`${f}|${o.municipalityCode}|${y}`, o.value ?? NaN);
      if (y === 2024) out.set(`${f}|${o.municipalityCode}|2025`, Math.round((o.value ?? 0) * 1.03));
    }
  }
  return out;
}

/** The fake StatBank with BUDK32 added. */
export function withBudk32(fake: FakeStatbank): FakeStatbank {
  const functions = [...regk31Exports().functions].filter(([id]) => id !== MISSING_FUNCTION);
  const rows: Row[] = [];
  for (const [key, indl] of fixtureBudgets()) {
    const [f = '', area = '', y = ''] = key.split('|');
    const base = { [BUDK32_AREA]: area, FUNKTION: f, TID: y };
    rows.push({ ...base, DRANST: '1', ART: 'TOT', PRISENHED: 'INDL', INDHOLD: String(indl) });
    rows.push({ ...base, DRANST: '1', ART: 'TOT', PRISENHED: 'LOBM', INDHOLD: '999999' });
    rows.push({ ...base, DRANST: '3', ART: 'TOT', PRISENHED: 'INDL', INDHOLD: '-1' });
    rows.push({ ...base, DRANST: '1', ART: 'UE', PRISENHED: 'INDL', INDHOLD: '-2' });
  }
  const areas = [
    { id: '000', text: 'Hele landet' },
    ...['081', '082', '083', '084', '085'].map((id) => ({ id, text: `Region ${id}` })),
    ...MUNICIPALITIES.map((m) => ({ id: m.code, text: m.name })),
    ...['910', '920', '930', '940', '960'].map((id) => ({ id, text: `Kommunegruppe ${id}` })),
  ];
  const variable = (id: string, text: string, values: readonly { id: string; text: string }[]) => ({
    id,
    text,
    elimination: id !== 'Tid',
    time: id === 'Tid',
    values,
  });
  const budk32Info = JSON.stringify({
    id: 'BUDK32',
    text: 'Kommunernes budgetter, funktioner (synthetic tableinfo for tests)',
    description: '',
    unit: '-',
    suppressedDataValue: '0',
    updated: '2025-01-17T08:00:00',
    active: true,
    variables: [
      variable(BUDK32_AREA, 'kommune', areas),
      variable('FUNKTION', 'funktion', [
        { id: 'HK0', text: 'Hovedkonto 0 Byudvikling, bolig- og miljøforanstaltninger' },
        { id: 'HK6', text: 'Hovedkonto 6 Fællesudgifter og administration m.v.' },
        ...functions.map(([id, text]) => ({ id, text })),
      ]),
      variable(
        'DRANST',
        'dranst',
        ['Driftskonti', 'Statsrefusion', 'Anlægskonti', 'Renter'].map((t, i) => ({
          id: String(i + 1),
          text: `${i + 1} ${t}`,
        })),
      ),
      variable('ART', 'art', [
        { id: 'UE', text: 'Bruttoudgifter' },
        { id: 'TOT', text: 'I alt (netto)' },
        { id: 'I', text: 'Indtægter' },
      ]),
      variable('PRISENHED', 'prisenhed', [
        { id: 'LOBM', text: 'Løbende priser (1.000 kr.)' },
        { id: 'INDL', text: 'Pr. indbygger, løbende priser (kr.)' },
      ]),
      variable(
        'Tid',
        'tid',
        BUDK32_YEARS.map((y) => ({ id: String(y), text: String(y) })),
      ),
    ],
  });
  return { ...fake, budk32Info, rows: new Map([...fake.rows, ['BUDK32', rows]]) };
}
