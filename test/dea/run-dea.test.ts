import { describe, expect, it } from 'vitest';
import { DeaRangeError, InvalidInputError } from '../../src/core/index.ts';
import { runDea, type DeaRequest } from '../../src/engine/index.ts';

const REQUEST: DeaRequest = {
  inputs: ['x'],
  outputs: ['y'],
  nonDiscretionary: [],
  rts: 'vrs',
  orientation: 'input',
  slack: true,
  super: false,
};
const IDS = ['a', 'b', 'c', 'd'];

describe('runDea(ids, columns, request)', () => {
  it.each([
    [{ inputs: ['x', 'x'] }, 'inputs'],
    [{ outputs: ['x'] }, 'outputs'],
    [{ inputs: ['x', 'z'], nonDiscretionary: ['z'] }, 'nonDiscretionary'],
  ])('refuses a column named twice (%o), naming it and where', (change, parameter) => {
    const columns = { x: [1, 2, 3, 4], y: [1, 3, 2, 4], z: [2, 2, 3, 1] };
    const run = () => runDea(IDS, columns, { ...REQUEST, ...change });
    expect(run).toThrow(InvalidInputError);
    expect(run).toThrow(/Kolonnen "(x|z)" er nævnt to gange/);
    try {
      run();
    } catch (e) {
      expect((e as InvalidInputError).parameter).toBe(parameter);
    }
  });

  it('names the column of numbers DEA cannot solve reliably (F6)', () => {
    const run = () => runDea(IDS, { x: [1, 2, 1e-300, 3], y: [1, 2, 3, 1] }, REQUEST);
    expect(run).toThrow(DeaRangeError);
    expect(run).toThrow(/^Input "x" har værdien 1e-300/);
  });
});
