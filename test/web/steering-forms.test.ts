import { describe, expect, it } from 'vitest';
import type { QuestionnaireDocument } from '../../src/web/api/index.ts';
import {
  answeredOf,
  answersOf,
  responseBody,
  statementIds,
  statementOf,
} from '../../src/web/pages/steering/answer-state.ts';
import { parseMunicipalities } from '../../src/web/pages/steering/round-state.ts';

const statement = (id: string, field: string) => ({
  id,
  field,
  textDa: id,
  textEn: id,
  lowDa: '',
  lowEn: '',
  highDa: '',
  highEn: '',
});
const centre = (id: QuestionnaireDocument['centres'][number]['id'], ids: string[]) => ({
  id,
  nameDa: id,
  nameEn: id,
  descriptionDa: '',
  descriptionEn: '',
  fields: [{ id: 'f', nameDa: 'f', nameEn: 'f' }],
  statements: ids.map((x) => statement(x, 'f')),
});
const scale = { '1': '', '2': '', '3': '', '4': '', '5': '', dontKnow: '' };
const q: QuestionnaireDocument = {
  version: '2026.1',
  published: '2026-12-07',
  scale: { da: scale, en: scale },
  centres: [
    centre('strategic-political', ['sp-01', 'sp-02']),
    centre('economic-financial', ['ef-01']),
  ],
};

describe('the questionnaire form', () => {
  it('lists the statements centre by centre', () => {
    expect(statementIds(q)).toEqual(['sp-01', 'sp-02', 'ef-01']);
  });
  it('counts a score or "ved ikke" as answered, and only the questionnaire’s statements', () => {
    expect(answeredOf(q, { 'sp-01': 3, 'ef-01': 'dont-know', 'xx-99': 1 })).toBe(2);
  });
  it('reads back only valid saved answers', () => {
    expect(answersOf({ 'sp-01': 4, 'sp-02': 'dont-know', 'ef-01': 7 })).toEqual({
      'sp-01': 4,
      'sp-02': 'dont-know',
    });
  });
  it('names the statement a refusal is about', () => {
    expect(statementOf('answers.sp-04')).toBe('sp-04');
    expect(statementOf('centre')).toBeUndefined();
    expect(statementOf(undefined)).toBeUndefined();
  });
  it('sends the draft with the version and whether it finishes', () => {
    expect(
      responseBody(
        { label: 'Chef', centre: 'economic-financial', answers: { 'ef-01': 2 } },
        '2026.1',
        true,
      ),
    ).toEqual({
      version: '2026.1',
      centre: 'economic-financial',
      label: 'Chef',
      answers: { 'ef-01': 2 },
      finish: true,
    });
  });
});

describe('parseMunicipalities(text, known)', () => {
  const known = [
    { code: '727', name: 'Odder' },
    { code: '840', name: 'Rebild' },
    { code: '101', name: 'København' },
  ];
  it('reads codes and names (any case, with or without "Kommune"), each once, in order', () => {
    expect(
      parseMunicipalities('727, rebild;\nKøbenhavns Kommune\nKøbenhavn kommune, 727', known),
    ).toEqual({
      codes: ['727', '840', '101'],
      unknown: ['Københavns Kommune'],
    });
  });
  it('returns what it does not know', () => {
    expect(parseMunicipalities('999, Atlantis, ', known)).toEqual({
      codes: [],
      unknown: ['999', 'Atlantis'],
    });
  });
});
