// The catalogue checked against the real 1993-2019 export: the titles, the notes and which
// figures carry them, and the volumes and parents against the numbers themselves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE as FULL_CATALOGUE,
  findCatalogueEntry,
  volumeShareFor,
  type KeyFigure,
} from '../../src/core/index.ts';
import { rawDataPath } from '../support/shared-data.ts';

// The export checks concern the figures published by noegletal.dk, not those derived from StatBank.
const CATALOGUE = FULL_CATALOGUE.filter((k) => k.source === 'noegletal');

interface Block {
  readonly title: string;
  /** Note numbers on the block's "Gennemsnit (15) (27)" or "I alt (15)" row. */
  readonly notes: readonly number[];
  /** Municipality code → cells, one per year. */
  readonly rows: ReadonlyMap<string, readonly string[]>;
  /** The "Gennemsnit"/"I alt" row's cells, one per year (empty when there is none). */
  readonly summary: readonly string[];
}

function readExport() {
  const text = readFileSync(rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'), 'utf8');
  const lines = text.split(/\r?\n/).map((l) => l.split(';'));
  const years = (lines[2] ?? []).slice(2).map(Number);
  const isCode = (f: readonly string[] | undefined) => /^\d{3}$/.test(f?.[1] ?? '');
  const end = lines.findIndex((f) => f[0] === 'Tegnforklaring:');
  const blocks: Block[] = [];
  for (let i = 3; i < end; i++) {
    const f = lines[i] ?? [];
    // A title: a label with no code, followed by municipality rows. This also finds
    // "Gennemsnitlig klassekvotient", which a rule on the word "Gennemsnit" would miss.
    if (!f[0] || f[1] !== '' || !isCode(lines[i + 1])) continue;
    const rows = new Map<string, readonly string[]>();
    let j = i + 1;
    for (; isCode(lines[j]); j++) rows.set(lines[j]?.[1] ?? '', (lines[j] ?? []).slice(2));
    const summary = lines[j]?.[0] ?? '';
    const isSummary = /^(Gennemsnit|I alt)\b/.test(summary);
    const notes = isSummary ? [...summary.matchAll(/\((\d+)\)/g)].map((m) => Number(m[1])) : [];
    blocks.push({ title: f[0], notes, rows, summary: isSummary ? (lines[j] ?? []).slice(2) : [] });
  }
  const notes = new Map<number, string>();
  const notesAt = lines.findIndex((f) => f[0] === 'Noter:');
  for (const f of lines.slice(notesAt + 1)) {
    const m = /^\((\d+)\)\s+(.*)$/.exec(f[0] ?? '');
    if (m) notes.set(Number(m[1]), m[2] ?? '');
  }
  return { years, blocks, notes };
}

const { years, blocks, notes } = readExport();
const block = (k: KeyFigure): Block => {
  const b = blocks.find((x) => x.title === k.sourceName);
  if (!b) throw new Error(`no block for "${k.sourceName}"`);
  return b;
};
const byId = new Map(CATALOGUE.map((k) => [k.id, k]));
const entry = (id: string): KeyFigure => {
  const k = byId.get(id);
  if (!k) throw new Error(`no catalogue entry ${id}`);
  return k;
};

/** "1.234,5" → 1234.5, "-" → 0, "M"/"U"/"JA"/"NEJ" → null. */
function num(cell: string | undefined): number | null {
  if (cell === '-') return 0;
  if (cell === undefined || !/^-?[\d.]+(,\d+)?$/.test(cell)) return null;
  return Number(cell.replace(/\./g, '').replace(',', '.'));
}
const value = (k: KeyFigure, code: string, year: number): number | null =>
  num(block(k).rows.get(code)?.[years.indexOf(year)]);

/** Q for one municipality and year from the catalogue's volume definition (its share of the year). */
function volume(k: KeyFigure, code: string, year: number): number | null {
  const v = k.volume;
  if (!v) return null;
  const population = value(entry(v.population), code, year);
  const shareId = volumeShareFor(v, year);
  const share = shareId === undefined ? 100 : value(entry(shareId), code, year);
  return population === null || share === null ? null : (population * share) / 100;
}

/** C = c × Q for one municipality and year. */
function total(k: KeyFigure, code: string, year: number): number | null {
  const c = value(k, code, year);
  const q = volume(k, code, year);
  return c === null || q === null ? null : c * q;
}

const codes = [...(blocks[0]?.rows.keys() ?? [])];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe('the catalogue against full_noegletal.csv', () => {
  it('reads the export as 180 blocks of 98 municipalities', () => {
    expect(blocks).toHaveLength(180);
    for (const b of blocks) expect(b.rows.size, b.title).toBe(98);
    expect(years[0]).toBe(1993);
    expect(years.at(-1)).toBe(2019);
  });

  it('finds every source name exactly once among the titles', () => {
    for (const k of CATALOGUE) {
      expect(blocks.filter((b) => b.title === k.sourceName).length, k.sourceName).toBe(1);
    }
  });

  it('cites only notes that the export has, with break years inside its years', () => {
    for (const k of CATALOGUE) {
      for (const b of k.breaks) {
        if (b.sourceNote !== undefined) expect(notes.has(b.sourceNote), k.id).toBe(true);
        expect(b.year).toBeGreaterThanOrEqual(years[0] ?? NaN);
        expect(b.year).toBeLessThanOrEqual(years.at(-1) ?? NaN);
      }
    }
  });

  it.each([6, 25, 26, 27])(
    'records a break with note %i exactly on the figures that carry it',
    (n) => {
      for (const k of CATALOGUE) {
        const carries = block(k).notes.includes(n);
        expect(
          k.breaks.some((b) => b.sourceNote === n),
          `${k.id}: note ${n}`,
        ).toBe(carries);
      }
    },
  );

  // The notes that describe a change of definition, and the year it takes effect; the others
  // say that values before 2007 are estimates for today's municipalities (3, 15, 18, 21) or
  // are marked missing or undefined for that reason (16, 17): caveats, not definition breaks.
  const BREAK_NOTES: Readonly<Record<number, number>> = { 6: 2007, 25: 2004, 26: 2004, 27: 2018 };
  const ESTIMATE_NOTES = [3, 15, 16, 17, 18, 21];

  it('knows every note of the export as either a break or an estimate caveat', () => {
    const known = [...Object.keys(BREAK_NOTES).map(Number), ...ESTIMATE_NOTES].sort(
      (a, b) => a - b,
    );
    expect([...notes.keys()].sort((a, b) => a - b)).toEqual(known);
    for (const n of ESTIMATE_NOTES) expect(notes.get(n), `note ${n}`).toMatch(/2007/);
    expect(notes.get(6)).toMatch(/før kommunalreformen/);
  });

  it('records the break on every figure of the export that carries a break note, catalogued or not', () => {
    const carriers = blocks.flatMap((b) =>
      b.notes.filter((n) => BREAK_NOTES[n] !== undefined).map((n) => ({ title: b.title, n })),
    );
    expect(carriers.filter((c) => c.n === 6)).toHaveLength(32);
    for (const { title, n } of carriers) {
      const k = findCatalogueEntry(title);
      expect(k?.catalogued, `${title} is catalogued`).toBe(true);
      expect(
        k?.breaks.some((b) => b.sourceNote === n && b.year === BREAK_NOTES[n]),
        `${title}: note ${n}`,
      ).toBe(true);
    }
  });

  it('dates the noted breaks as the notes do: 2004 for 25 and 26, 2018 for 27', () => {
    expect(notes.get(25)).toMatch(/fra og med 2004/);
    expect(notes.get(26)).toMatch(/fra og med 2004/);
    expect(notes.get(27)).toMatch(/fra 2018/);
    const year: Readonly<Record<number, number>> = { 25: 2004, 26: 2004, 27: 2018 };
    for (const k of CATALOGUE) {
      for (const b of k.breaks) {
        if (b.sourceNote !== undefined && year[b.sourceNote] !== undefined) {
          expect(b.year, k.id).toBe(year[b.sourceNote]);
        }
      }
    }
  });

  it('ends a discontinued figure in the year its title names', () => {
    for (const k of CATALOGUE.filter((c) => c.discontinuedAfter !== undefined)) {
      const withValue = years.filter((y, i) =>
        [...block(k).rows.values()].some((r) => r[i] !== 'M' && r[i] !== 'U' && r[i] !== ''),
      );
      expect(withValue.at(-1), k.id).toBe(k.discontinuedAfter);
    }
  });

  // IKU per hovedkonto and the old PLI (issue 16): a break must fall after the first year with
  // a value (hovedkonto 4, new in 2007, has none), and the old PLI's after its last.
  it('dates the competition figures and their breaks as the export has values', () => {
    const span = (id: string) => {
      const withValue = years.filter((_, i) =>
        [...block(entry(id)).rows.values()].some((r) => num(r[i]) !== null),
      );
      return [withValue[0], withValue.at(-1)];
    };
    for (const hkt of [0, 2, 3, 5, 6]) {
      const id = `indikator-konkurrenceudsaettelse-hkt-${hkt}`;
      expect(span(id), id).toEqual([2006, 2018]);
      expect(entry(id).breaks.map((b) => b.year)).toEqual([2007]);
    }
    expect(span('indikator-konkurrenceudsaettelse-hkt-4')).toEqual([2007, 2018]);
    expect(span('privat-leverandoer-indikator-gl-def')).toEqual([1993, 2010]);
    expect(span('privat-leverandoer-indikator')).toEqual([1993, 2018]);
  });

  it('marks as boolean exactly the figures whose cells are JA/NEJ', () => {
    for (const k of CATALOGUE) {
      const cells = [...block(k).rows.values()].flat();
      const yesNo = cells.some((c) => c === 'JA' || c === 'NEJ');
      expect(k.valueType === 'boolean', k.id).toBe(yesNo);
    }
  });
});

describe('the catalogue volumes and parents against the numbers', () => {
  // Note 25: "pr. 17-64/66-årig" is per 17-66-årig before 2004 and per 17-64-årig from 2004.
  const per17to64 = CATALOGUE.filter((k) => k.volume?.before !== undefined);

  it('gives the five note-25 figures the 17-66-årige as volume before 2004', () => {
    expect(per17to64.map((k) => k.id).sort()).toEqual([
      'udg-aktivering-pr-17-64-aarig',
      'udg-foertidspension-pr-17-64-aarig',
      'udg-forsoergelse-pr-17-64-aarig',
      'udg-kontanthjaelp-revalidering-pr-17-64-aarig',
      'udg-sygedagpenge-pr-17-64-aarig',
    ]);
    for (const k of per17to64) {
      expect(
        k.breaks.some((b) => b.sourceNote === 25),
        k.id,
      ).toBe(true);
      expect(k.volume?.before).toMatchObject({ year: 2004, share: 'andel-17-66-aarige' });
    }
    // Hedensted 2000: 2.7 % more persons than the 17-64-årige.
    const k = entry('udg-forsoergelse-pr-17-64-aarig');
    const q64 =
      ((value(entry('indbyggertal'), '766', 2000) ?? NaN) *
        (value(entry('andel-17-64-aarige'), '766', 2000) ?? NaN)) /
      100;
    expect((volume(k, '766', 2000) ?? NaN) / q64).toBeCloseTo(1.0274, 4);
  });

  it.each(per17to64.map((k) => k.id))(
    "reproduces the export's weighted average of %s in every year with the volume of the year",
    (id) => {
      const k = entry(id);
      for (const [i, year] of years.entries()) {
        const published = num(block(k).summary[i]);
        if (published === null) continue;
        let cq = 0;
        let q = 0;
        for (const code of codes) {
          const c = value(k, code, year);
          const v = volume(k, code, year);
          if (c === null || v === null) continue;
          cq += c * v;
          q += v;
        }
        // The cells are whole kroner and the average is rounded: within 0,75 kr.
        expect(Math.abs(cq / q - published), `${id} ${year}`).toBeLessThan(0.75);
      }
    },
  );

  // Figures that are the same money over two volumes: c1 × Q1 = c2 × Q2 up to rounding.
  const sameMoney: [string, string][] = [
    ['undervisningsudgifter-pr-6-16-aarig', 'udg-folkeskoleomraadet-pr-indb'],
    ['udg-aeldre-voksne-saerlige-behov-pr-18-aarig', 'udg-aeldre-voksne-saerlige-behov-pr-indb'],
    ['udg-dagtilbud-netto-pr-0-13-aarig', 'udg-dagtilbud-netto-pr-indb'],
    ['udg-dagtilbud-brutto-pr-0-13-aarig', 'udg-dagtilbud-brutto-pr-indb'],
  ];

  it.each(sameMoney)('gives %s and %s the same total (median difference < 1 %%)', (a, b) => {
    for (const year of [2010, 2019]) {
      const diffs = codes.flatMap((code) => {
        const x = total(entry(a), code, year);
        const y = total(entry(b), code, year);
        return x === null || y === null || y === 0 ? [] : [Math.abs(x / y - 1)];
      });
      expect(diffs.length).toBeGreaterThan(90);
      expect(median(diffs)).toBeLessThan(0.01);
    }
  });

  it('adds elderly per 67+-årig and adults per 18-66-årig up to their sum per 18+-årig (2019)', () => {
    const diffs = codes.flatMap((code) => {
      const parts = ['udgifter-aeldre-pr-67-aarig', 'udg-voksne-saerlige-behov-pr-18-66-aarig'].map(
        (id) => total(entry(id), code, 2019),
      );
      const sum = total(entry('udg-aeldre-voksne-saerlige-behov-pr-18-aarig'), code, 2019);
      if (sum === null || parts.some((p) => p === null)) return [];
      return [Math.abs(((parts[0] ?? 0) + (parts[1] ?? 0)) / sum - 1)];
    });
    expect(diffs.length).toBe(98);
    expect(median(diffs)).toBeLessThan(0.01);
  });

  it('keeps each part within its parent: child total ≤ parent total for nearly all municipalities', () => {
    for (const k of CATALOGUE.filter((c) => c.parent !== undefined && c.volume)) {
      const parent = entry(k.parent ?? '');
      if (!parent.volume) continue;
      const year = [...years].reverse().find((y) => codes.some((c) => total(k, c, y) !== null));
      const pairs = codes.flatMap((code) => {
        const child = year === undefined ? null : total(k, code, year);
        const whole = year === undefined ? null : total(parent, code, year);
        return child === null || whole === null ? [] : [[child, whole] as const];
      });
      expect(pairs.length, k.id).toBeGreaterThan(80);
      const within = pairs.filter(([c, w]) => c <= w * 1.01 + 1).length;
      expect(within / pairs.length, `${k.id} ⊂ ${parent.id} in ${year}`).toBeGreaterThan(0.95);
    }
  });
});
