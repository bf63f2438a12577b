import { describe, expect, it } from 'vitest';
import { InvalidFileError } from '../../core/index.ts';
import { parseDataTable } from './index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (text: string, id: string, columns: string[]): InvalidFileError => {
  try {
    parseDataTable(bytes(text), 'data.csv', { id, columns });
  } catch (e) {
    if (e instanceof InvalidFileError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('parseDataTable(bytes, fileName, want)', () => {
  it('reads the id and the asked-for columns', () => {
    const t = parseDataTable(bytes('firm;x;y\na;1,5;2\nb;2;3\n'), 'd.csv', {
      id: 'firm',
      columns: ['x', 'y'],
    });
    expect(t).toEqual({ ids: ['a', 'b'], columns: { x: [1.5, 2], y: [2, 3] } });
  });

  it('refuses a header that repeats a used column, naming it and both places', () => {
    const e = refusal('id,x,x,y\na,1,2,1\n', 'id', ['x', 'y']);
    expect(e.message).toContain('kolonnen "x" står to gange i overskriften (kolonne 2 og 3)');
    expect(e.diagnostics[0]).toMatchObject({ line: 1, field: 'x' });
  });

  it('accepts a repeated name among the columns it does not use', () => {
    const t = parseDataTable(bytes('id,note,x,note,y\na,-,1,-,2\nb,-,2,-,1\n'), 'd.csv', {
      id: 'id',
      columns: ['x', 'y'],
    });
    expect(t.columns).toEqual({ x: [1, 2], y: [2, 1] });
  });

  it('lists at most 20 columns when one is missing, then how many more', () => {
    const header = ['id', ...Array.from({ length: 150 }, (_, i) => `c${i}`)].join(',');
    const e = refusal(`${header}\na${',1'.repeat(150)}\n`, 'id', ['nope']);
    expect(e.message).toContain('kolonnen "nope" findes ikke; kolonnerne er id, c0, c1,');
    expect(e.message).toContain('c18 og 131 flere');
    expect(e.message).not.toContain('c19');
  });

  it('cuts a long value in a refusal', () => {
    const e = refusal(`id,x\na,${'9'.repeat(5000)}z\n`, 'id', ['x']);
    expect(e.message.length).toBeLessThan(300);
  });
});
