import { describe, expect, it } from 'vitest';
import { CATALOGUE, describeFormula, type KeyFigureFormula } from '../key-figures/index.ts';
import { evaluateFormula } from './evaluate.ts';
import { indexSeries, type SeriesRow } from './series.ts';

const formulaOf = (id: string): KeyFigureFormula => {
  const f = CATALOGUE.find((k) => k.id === id)?.formula;
  if (!f) throw new Error(`no formula ${id}`);
  return f;
};
const ELDERLY = formulaOf('statbank-aeldre-pr-67-aarig');

const regk = (
  area: string,
  year: number,
  funktion: string,
  value: number | null,
  unit = 'LOBM',
): SeriesRow => ({
  table: 'REGK31',
  codes: {
    OMRÅDE: area,
    FUNKTION: funktion,
    DRANST: '1',
    ART: 'TOT',
    PRISENHED: unit,
    TID: String(year),
  },
  value,
});
const folk = (area: string, year: number, age: string, value: number | null): SeriesRow => ({
  table: 'FOLK1A',
  codes: { OMRÅDE: area, KØN: 'TOT', ALDER: age, CIVILSTAND: 'TOT', TID: `${year}K1` },
  value,
});

describe('evaluateFormula(id, formula, index, scope)', () => {
  const rows = [
    // 2018: 5.30 counts, 5.32 and the aggregate code "530" do not.
    regk('101', 2018, '53027', 1000),
    regk('101', 2018, '53028', 500),
    regk('101', 2018, '530', 99999),
    regk('101', 2018, '53235', 7),
    regk('101', 2018, '53027', 123, 'INDL'),
    // 2017: the old hovedfunktion 5.32.
    regk('101', 2017, '53235', 300),
    regk('101', 2017, '53027', 5),
    folk('101', 2018, '67', 100),
    folk('101', 2018, '125', 50),
    folk('101', 2018, '66', 1000),
    folk('101', 2017, '80', 60),
    regk('147', 2018, '53027', null),
    folk('147', 2018, '70', 10),
    regk('155', 2018, '53027', 10),
  ];
  const result = evaluateFormula('x', ELDERLY, indexSeries(rows), {
    municipalityCodes: ['101', '147', '155'],
    years: [2016, 2017, 2018],
  });
  const at = (code: string, year: number) =>
    result.observations.find((o) => o.municipalityCode === code && o.year === year);

  it('sums 5.30 from 2018 over 67+ in kr. (1.000 kr. × 1000)', () => {
    expect(at('101', 2018)).toEqual({
      keyFigureId: 'x',
      municipalityCode: '101',
      year: 2018,
      value: 10000, // 1500 × 1000 / 150
      status: 'value',
      raw: '10000',
    });
  });

  it('sums 5.32 before 2018', () => {
    expect(at('101', 2017)?.value).toBe(5000); // 300 × 1000 / 60
  });

  it('makes a `..` cell missing and a zero population undefined', () => {
    expect(at('147', 2018)).toMatchObject({ status: 'missing', value: null, raw: '..' });
    expect(at('155', 2018)).toMatchObject({ status: 'undefined', value: null });
  });

  it('gives no value for a year that was not fetched', () => {
    expect(at('101', 2016)).toBeUndefined();
  });

  it('gives the national ratio of sums, null when a cell is missing', () => {
    expect(result.national.get(2017)).toBe(5000);
    expect(result.national.get(2018)).toBeNull();
  });
});

describe('describeFormula(formula)', () => {
  it('names tables, variable codes and years for people', () => {
    expect(describeFormula(ELDERLY)).toBe(
      '(REGK31: FUNKTION 530xx; DRANST 1; ART TOT; PRISENHED LOBM; TID <år> [fra 2018] + ' +
        'REGK31: FUNKTION 532xx; DRANST 1; ART TOT; PRISENHED LOBM; TID <år> [til 2017]) ' +
        '[Nettodriftsudgifter, hovedfunktion 5.30 (fra 2018) / 5.32 (til 2017), 1.000 kr.] × 1000 / ' +
        '(FOLK1A: ALDER 67-125; KØN TOT; CIVILSTAND TOT; TID <år>K1) [Antal 67+-årige 1. januar, personer], fra 2008',
    );
  });
});
