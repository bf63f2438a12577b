import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidFileError } from '../../core/index.ts';
import { detectNoegletalCsv, parseNoegletalCsv } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** A small export in the layout of noegletal.dk, written by hand. */
function fixture(overrides: { rows?: string[]; footer?: string[]; header?: string } = {}): string {
  const header = overrides.header ?? ';Kom.nr;2018;2019';
  const rows = overrides.rows ?? [
    'Indbyggertal 1. januar;;;',
    'Københavns Kommune;101;613.288;623.404',
    'Hillerød Kommune (3);219;50.876;51.105',
    'I alt (15);;664.164;674.509',
    ';;;',
    'Andel 67+-årige;;;',
    'Københavns Kommune;101;9,9;10,1',
    'Hillerød Kommune;219;-;U',
    'Gennemsnit (15) (27);;M;M',
    ';;;',
    'Tilskud til pasning af egne børn? (til 2017);;;',
    'Københavns Kommune;101;JA;NEJ',
    'Hillerød Kommune;219;M;NEJ',
  ];
  const footer = overrides.footer ?? [
    ';;;',
    'Tegnforklaring:;;;',
    "-  Et 'rent' nul;;;",
    'Noter:;;;',
    '(3)  Tal før kommunalreformen 2007 er skønnede tal.;;;',
    '(27)  Der er taget en ny opgørelsesmetode i brug fra 2018.;;;',
    'Social- og Indenrigsministeriet d. 10. september 2019;;;',
  ];
  return (
    ['De Kommunale Nøgletal;;;', ';;;', header, ';;;', ...rows, ...footer].join('\r\n') + '\r\n'
  );
}

function refusal(text: string | Uint8Array): InvalidFileError {
  try {
    parseNoegletalCsv(typeof text === 'string' ? enc(text) : text, 'fil.csv');
  } catch (e) {
    if (e instanceof InvalidFileError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('parseNoegletalCsv(bytes, fileName)', () => {
  it('reads every cell with its status, exact value and raw text', () => {
    const p = parseNoegletalCsv(enc(fixture()), 'fil.csv');
    expect(p.format).toBe('noegletal-csv');
    expect(p.keyFigures.map((k) => k.sourceName)).toEqual([
      'Indbyggertal 1. januar',
      'Andel 67+-årige',
      'Tilskud til pasning af egne børn? (til 2017)',
    ]);
    expect(p.observations).toHaveLength(12);
    const at = (id: string, code: string, year: number) =>
      p.observations.find(
        (o) => o.keyFigureId.startsWith(id) && o.municipalityCode === code && o.year === year,
      );
    expect(at('indbygger', '101', 2019)).toMatchObject({
      value: 623404,
      status: 'value',
      raw: '623.404',
    });
    expect(at('andel-67-aarige', '101', 2018)).toMatchObject({ value: 9.9, status: 'value' });
    expect(at('andel-67-aarige', '219', 2018)).toMatchObject({
      value: 0,
      status: 'value',
      raw: '-',
    });
    expect(at('andel-67-aarige', '219', 2019)).toMatchObject({
      value: null,
      status: 'undefined',
      raw: 'U',
    });
    expect(at('tilskud', '101', 2018)).toMatchObject({ value: 1, raw: 'JA' });
    expect(at('tilskud', '219', 2018)).toMatchObject({ value: null, status: 'missing' });
  });

  it('attaches notes to figures (from the average row) and to rows (from the name)', () => {
    const p = parseNoegletalCsv(enc(fixture()), 'fil.csv');
    expect(p.keyFigures[1]?.noteNumbers).toEqual([15, 27]);
    expect(p.keyFigures[2]).toMatchObject({ valueType: 'boolean', discontinuedAfter: 2017 });
    expect(p.rowNotes).toEqual([
      expect.objectContaining({ municipalityCode: '219', noteNumbers: [3] }),
    ]);
    expect(p.notes.map((n) => n.number)).toEqual([3, 27]);
    expect(p.exportedOn).toBe('2019-09-10');
  });

  it('reads Latin-1 as well as UTF-8', () => {
    const latin1 = Uint8Array.from(fixture(), (c) => c.charCodeAt(0));
    const p = parseNoegletalCsv(latin1, 'fil.csv');
    expect(p.keyFigures[1]?.sourceName).toBe('Andel 67+-årige');
    expect(p.observations).toHaveLength(12);
  });

  it.each([
    [
      'a non-numeric cell',
      { rows: ['Indbyggertal 1. januar;;;', 'Københavns Kommune;101;613.288;abc'] },
      /linje 6|fil\.csv:6/,
      'abc',
    ],
    [
      'an unknown municipality code',
      { rows: ['Indbyggertal 1. januar;;;', 'Ukendt Kommune;999;1;2'] },
      /fil\.csv:6/,
      '999',
    ],
    [
      'a duplicate municipality row',
      {
        rows: [
          'Indbyggertal 1. januar;;;',
          'Københavns Kommune;101;1;2',
          'Københavns Kommune;101;1;2',
        ],
      },
      /fil\.csv:7/,
      '101',
    ],
    ['a header but no rows', { rows: [] }, /fil\.csv:3/, undefined],
    ['a truncated file (no legend)', { footer: [] }, /afkortet/, undefined],
    [
      'a truncated row',
      { rows: ['Indbyggertal 1. januar;;;', 'Københavns Kommune;101;613.288'] },
      /fil\.csv:6/,
      undefined,
    ],
    [
      'an empty cell',
      { rows: ['Indbyggertal 1. januar;;;', 'Københavns Kommune;101;;1'] },
      /tom celle/,
      '',
    ],
    ['a year header that is not a year', { header: ';Kom.nr;2018;20x9' }, /fil\.csv:3/, '20x9'],
  ])('refuses %s, naming file, line and value', (_what, overrides, where, value) => {
    const e = refusal(fixture(overrides));
    expect(e.message).toMatch(where);
    if (value !== undefined) expect(e.diagnostics[0]?.value).toBe(value);
  });

  it('refuses a comma-separated file with a clear message', () => {
    expect(refusal(fixture().replace(/;/g, ',')).message).toMatch(/skilletegn/);
  });

  it('refuses random bytes and UTF-16', () => {
    expect(refusal(Uint8Array.from([0, 1, 2, 3, 250, 251])).message).toMatch(/ikke tekst/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(enc('abc')).flatMap((b) => [b, 0])]);
    expect(refusal(utf16).message).toMatch(/UTF-16/);
  });

  it('never throws anything but InvalidFileError on mutated input (fuzz)', () => {
    const base = fixture();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length }),
        fc.integer({ min: 0, max: 40 }),
        fc.string({ maxLength: 8 }),
        (at, cut, insert) => {
          const text = base.slice(0, at) + insert + base.slice(at + cut);
          try {
            const p = parseNoegletalCsv(enc(text), 'fuzz.csv');
            expect(p.observations.every((o) => (o.status === 'value') === (o.value !== null))).toBe(
              true,
            );
          } catch (e) {
            expect(e).toBeInstanceOf(InvalidFileError);
          }
        },
      ),
      { seed: 42, numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          parseNoegletalCsv(bytes, 'fuzz.csv');
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidFileError);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('detectNoegletalCsv(bytes)', () => {
  it('recognises the export by its Kom.nr header, whatever the separator', () => {
    expect(detectNoegletalCsv(enc(fixture()), 'x')).toBe(true);
    expect(detectNoegletalCsv(enc(fixture().replace(/;/g, ',')), 'x')).toBe(true);
    expect(
      detectNoegletalCsv(enc('municipality_code;year;key_figure;value\n101;2019;x;1\n'), 'x'),
    ).toBe(false);
  });
});
