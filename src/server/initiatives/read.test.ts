import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { InitiativeFields } from '../../core/index.ts';
import { formatCellFault, InitiativeImportError, type CellFault } from './faults.ts';
import { readInitiativesWorkbook } from './import.ts';
import { initiativesWorkbook } from './workbook.ts';

const ONE: InitiativeFields = {
  municipality: '766',
  title: 'Hverdagsrehabilitering i hjemmeplejen',
  description: 'Træning før hjælp',
  theme: 'elderly-health',
  type: 'rehabilitation-prevention',
  owner: { name: 'Anne Ældrechef', role: 'Ældrechef' },
  keyFigures: ['udgifter-aeldre-pr-67-aarig'],
  startYear: 2014,
  expected: [
    { year: 2015, amount: 2_000_000 },
    { year: 2016, amount: 2_500_000 },
  ],
  realised: [{ year: 2015, amount: 1_500_000 }],
  prices: { basis: 'fixed', year: 2019 },
  status: 'running',
  money: { use: 'reprioritised', area: 'Demens' },
  portalItems: [],
  visibility: 'internal',
  example: true,
};

/** A workbook made by the export of `rows`, changed by `edit` before it is read. */
async function workbookWith(
  rows: readonly InitiativeFields[],
  edit: (wb: ExcelJS.Workbook) => void = () => undefined,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await initiativesWorkbook(rows)) as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;

/** The faults a workbook is refused with. */
async function faultsOf(bytes: Uint8Array): Promise<readonly CellFault[]> {
  try {
    await readInitiativesWorkbook(bytes, 'test.xlsx');
  } catch (e) {
    if (e instanceof InitiativeImportError) return e.faults;
    throw e;
  }
  throw new Error('the workbook was accepted');
}

/** A ZIP of one deflated entry whose header declares `declared` bytes (a zip bomb's shape). */
function zipOf(name: string, data: Uint8Array, declared: number): Uint8Array {
  const packed = deflateRawSync(data);
  const file = new TextEncoder().encode(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(file.length, 28);
  const centralAt = local.length + file.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return new Uint8Array(Buffer.concat([local, file, packed, central, file, end]));
}

const lines = (faults: readonly CellFault[]) => faults.map(formatCellFault);

describe('initiativesWorkbook(initiatives) and readInitiativesWorkbook(bytes)', () => {
  it('writes a template with the four sheets, the Lister sheet hidden, and dropdowns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await initiativesWorkbook()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Initiativer', 'visible'],
      ['Gevinster', 'visible'],
      ['Vejledning', 'visible'],
      ['Lister', 'hidden'],
    ]);
    const main = sheet(wb, 'Initiativer');
    expect(main.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Lister!$A$2:$A$8'],
    });
    expect(main.getCell('K501').dataValidation).toMatchObject({ type: 'list' });
    expect(main.getCell('I2').dataValidation).toMatchObject({ type: 'whole' });
    expect(sheet(wb, 'Lister').getCell('A2').value).toBe('Ældre og sundhed');
    expect(sheet(wb, 'Vejledning').getColumn(1).values).toContain('startår');
    // An empty template is refused as having no initiatives, not as broken.
    expect(lines(await faultsOf(await initiativesWorkbook()))).toEqual([
      'Initiativer!A2: arket har ingen initiativer; udfyld én række pr. initiativ fra række 2',
    ]);
  });

  it('reads back what it wrote, ids from the Danish names', async () => {
    const second: InitiativeFields = {
      ...ONE,
      municipality: '101',
      title: 'Fælles indkøb af hjælpemidler',
      owner: null,
      keyFigures: [],
      expected: [],
      realised: [],
      prices: { basis: 'current', year: null },
      money: { use: 'undecided', area: null },
      visibility: 'public',
      type: 'procurement-competition',
      status: 'planned',
      example: false,
      portalItems: [3, 7],
    };
    const rows = await readInitiativesWorkbook(await workbookWith([ONE, second]), 'x.xlsx');
    expect(rows.map((r) => r.fields)).toEqual([ONE, second]);
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0]?.expectedRows).toEqual([{ row: 2 }, { row: 3 }]);
  });

  it('refuses a renamed, missing or added column, naming its cell', async () => {
    const bytes = await workbookWith([ONE], (wb) => {
      const ws = sheet(wb, 'Initiativer');
      ws.getCell('I1').value = 'start';
      ws.getCell('Q1').value = 'budgetår';
      sheet(wb, 'Gevinster').getCell('D1').value = null;
    });
    expect(lines(await faultsOf(bytes))).toEqual([
      'Initiativer!I1 (startår): overskriften er "start", men her skal stå "startår" (ret ikke, flyt ikke og slet ikke skabelonens kolonner)',
      'Initiativer!Q1 (budgetår): kolonnen "budgetår" findes ikke i skabelonen; slet den (kolonnerne er: kommunekode, titel, beskrivelse, tema, type, ejer navn, ejer rolle, nøgletal (id\'er adskilt af komma), startår, prisniveau (løbende eller et år), status, pengene (sparet/omprioriteret/…), omprioriteret til, synlighed, portalindhold (id\'er adskilt af komma), testeksempel)',
      'Gevinster!D1 (forventet (kr.)): overskriften mangler; her skal stå "forventet (kr.)"',
    ]);
  });

  it('refuses a missing sheet', async () => {
    const bytes = await workbookWith([ONE], (wb) => wb.removeWorksheet(sheet(wb, 'Gevinster').id));
    expect(lines(await faultsOf(bytes))).toEqual([
      'Gevinster: arket "Gevinster" mangler; brug skabelonen (potentiale initiatives template)',
    ]);
  });

  it('refuses a merged cell anywhere', async () => {
    const bytes = await workbookWith([ONE], (wb) => sheet(wb, 'Initiativer').mergeCells('F2:G2'));
    expect(lines(await faultsOf(bytes))).toEqual([
      'Initiativer!F2: cellerne F2:G2 er flettet; fjern fletningen (en flettet celle kan ikke læses som én værdi pr. kolonne)',
    ]);
  });

  it('refuses a formula, even one whose result would be valid', async () => {
    const bytes = await workbookWith([ONE], (wb) => {
      sheet(wb, 'Initiativer').getCell('I2').value = { formula: '2010+4', result: 2014 };
      sheet(wb, 'Gevinster').getCell('D3').value = { formula: 'D2*1.25', result: 2_500_000 };
    });
    expect(lines(await faultsOf(bytes))).toEqual([
      'Initiativer!I2 (startår): cellen har en formel ("=2010+4"); skriv værdien i stedet (kopiér, indsæt som værdier)',
      'Gevinster!D3 (forventet (kr.)): cellen har en formel ("=D2*1.25"); skriv værdien i stedet (kopiér, indsæt som værdier)',
    ]);
  });

  it('refuses empty required cells, bad list values and bad years in every row at once', async () => {
    const bytes = await workbookWith([ONE, { ...ONE, title: 'Andet initiativ' }], (wb) => {
      const ws = sheet(wb, 'Initiativer');
      ws.getCell('B2').value = null;
      ws.getCell('D2').value = 'Ældrepleje';
      ws.getCell('I3').value = '20x4';
      ws.getCell('A3').value = '999';
      ws.getCell('J3').value = 'faste';
    });
    expect(lines(await faultsOf(bytes))).toEqual([
      'Initiativer!B2 (titel): skal udfyldes',
      'Initiativer!D2 (tema): "Ældrepleje" er ikke en af værdierne på listen (Ældre og sundhed; Teknik, miljø og tværgående drift; Det specialiserede voksenområde; Beskæftigelse, sundhed, social og familie; Børn og unge; Integration; Administration, digitalisering og indkøb)',
      'Initiativer!A3 (kommunekode): "999" er ikke en kommunekode (tre cifre, fx 766)',
      'Initiativer!I3 (startår): "20x4" er ikke et år',
      'Initiativer!J3 (prisniveau (løbende eller et år)): "faste" er hverken "løbende" eller et årstal',
    ]);
  });

  it('refuses a duplicate title, a gain without its initiative, a year twice and an amount that is no number', async () => {
    const bytes = await workbookWith([ONE, ONE], (wb) => {
      const gains = sheet(wb, 'Gevinster');
      // Rows 2-5 are the two copies' gains (2015, 2016 each).
      gains.getRow(6).values = ['766', 'Findes ikke', 2015, 1, null];
      gains.getRow(7).values = ['766', ONE.title, 2017, 'mange', null];
      gains.getRow(8).values = ['766', ONE.title, 2018, null, null];
    });
    expect(lines(await faultsOf(bytes))).toEqual([
      'Initiativer!B3 (titel): "Hverdagsrehabilitering i hjemmeplejen" står allerede i række 2 for samme kommune; en titel må kun stå én gang pr. kommune',
      'Gevinster!C4 (år): 2015 står allerede i række 2 for samme initiativ',
      'Gevinster!C5 (år): 2016 står allerede i række 3 for samme initiativ',
      'Gevinster!B6 (titel): intet initiativ med titlen "Findes ikke" og kommunekode 766 på arket Initiativer',
      'Gevinster!D7 (forventet (kr.)): "mange" er ikke et beløb i kroner',
      'Gevinster!D8 (forventet (kr.)): udfyld forventet og/eller realiseret',
    ]);
  });

  it('reads codes and years typed as numbers or text, and Danish thousands marks', async () => {
    const bytes = await workbookWith([ONE], (wb) => {
      const ws = sheet(wb, 'Initiativer');
      ws.getCell('A2').value = 766;
      ws.getCell('I2').value = '2014';
      ws.getCell('D2').value = 'elderly-health';
      sheet(wb, 'Gevinster').getCell('D2').value = '2.000.000';
    });
    const [row] = await readInitiativesWorkbook(bytes, 'x.xlsx');
    expect(row?.fields).toEqual(ONE);
  });

  it('refuses a zip bomb before unpacking it in memory, honest or lying about its size', async () => {
    const zeros = new Uint8Array(60_000_000);
    for (const declared of [60_000_000, 1_000]) {
      const [fault] = lines(await faultsOf(zipOf('xl/sharedStrings.xml', zeros, declared)));
      expect(fault).toMatch(
        /^test\.xlsx: filen kan ikke læses som XLSX: .*(zip-bombe|pakker ud til mere end)/,
      );
    }
  });

  it('refuses what is no XLSX', async () => {
    expect(lines(await faultsOf(new TextEncoder().encode('kommunekode;titel\n766;x\n')))).toEqual([
      expect.stringMatching(/^test\.xlsx: filen kan ikke læses som XLSX/),
    ]);
  });
});
