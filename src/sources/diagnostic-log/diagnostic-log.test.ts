import { describe, expect, it } from 'vitest';
import { InvalidFileError } from '../../core/index.ts';
import { catchRefusal } from '../testing/index.ts';
import { DiagnosticLog } from './diagnostic-log.ts';

describe('DiagnosticLog(file)', () => {
  it('returns warnings and infos from finish() when there is no error', () => {
    const log = new DiagnosticLog('a.csv');
    log.warning('sprunget over', { line: 3, value: '411' });
    log.info('landstal', { line: 1 });
    expect(log.finish()).toEqual([
      { severity: 'warning', file: 'a.csv', line: 3, value: '411', message: 'sprunget over' },
      { severity: 'info', file: 'a.csv', line: 1, message: 'landstal' },
    ]);
  });

  it('refuses the file in finish() when an error was recorded, first error in the message', () => {
    const log = new DiagnosticLog('a.csv');
    log.warning('sprunget over', { line: 2 });
    log.error('Ukendt kommunekode', { line: 4, field: 'municipality_code', value: '999' });
    log.error('ikke et tal', { line: 5, value: 'x' });
    expect(() => log.finish()).toThrow(
      'a.csv:4: Ukendt kommunekode (felt "municipality_code", værdi "999")',
    );
  });

  it('refuses at once after 100 errors', () => {
    const log = new DiagnosticLog('a.csv');
    for (let i = 1; i < 100; i++) log.error('fejl', { line: i });
    expect(() => log.error('fejl', { line: 100 })).toThrow(InvalidFileError);
  });

  it('refuse() throws with what was recorded before', () => {
    const log = new DiagnosticLog('a.csv');
    log.info('x');
    const e = catchRefusal(() => log.refuse('filen er tom', { line: 1 }));
    expect(e.diagnostics).toHaveLength(2);
    expect(e.message).toBe('a.csv:1: filen er tom');
  });
});
