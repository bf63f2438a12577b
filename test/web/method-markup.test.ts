import { describe, expect, it } from 'vitest';
import { parseInline, parseScripts } from '../../src/web/pages/method/markup.ts';

describe('parseScripts(formula)', () => {
  it('reads a bare subscript over letters and digits', () => {
    expect(parseScripts('P_i = (c_i − c*_i) × Q_i')).toEqual([
      { kind: 'text', text: 'P' },
      { kind: 'sub', text: 'i' },
      { kind: 'text', text: ' = (c' },
      { kind: 'sub', text: 'i' },
      { kind: 'text', text: ' − c*' },
      { kind: 'sub', text: 'i' },
      { kind: 'text', text: ') × Q' },
      { kind: 'sub', text: 'i' },
    ]);
  });
  it('reads braced sub- and superscripts, with any characters inside', () => {
    expect(parseScripts('Σ_{j∈G(i)} c_{j,t}^{1/(til − fra)}')).toEqual([
      { kind: 'text', text: 'Σ' },
      { kind: 'sub', text: 'j∈G(i)' },
      { kind: 'text', text: ' c' },
      { kind: 'sub', text: 'j,t' },
      { kind: 'sup', text: '1/(til − fra)' },
    ]);
  });
  it('reads Greek letters and a superscript minus as text before a script', () => {
    expect(parseScripts('θ_i s⁻_i x^2')).toEqual([
      { kind: 'text', text: 'θ' },
      { kind: 'sub', text: 'i' },
      { kind: 'text', text: ' s⁻' },
      { kind: 'sub', text: 'i' },
      { kind: 'text', text: ' x' },
      { kind: 'sup', text: '2' },
    ]);
  });
  it('keeps a lone marker, a marker before a space and an unclosed brace as text', () => {
    expect(parseScripts('a_ b^ c_{x')).toEqual([{ kind: 'text', text: 'a_ b^ c_{x' }]);
    expect(parseScripts('x_')).toEqual([{ kind: 'text', text: 'x_' }]);
    expect(parseScripts('')).toEqual([]);
  });
});

describe('parseInline(text)', () => {
  it('sets backticked parts as code', () => {
    expect(parseInline('med `P_i` i kr. og `c*`')).toEqual([
      { kind: 'text', text: 'med ' },
      { kind: 'code', text: 'P_i' },
      { kind: 'text', text: ' i kr. og ' },
      { kind: 'code', text: 'c*' },
    ]);
  });
  it('keeps an unpaired backtick as text', () => {
    expect(parseInline('a `b` c `d')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'b' },
      { kind: 'text', text: ' c `d' },
    ]);
    expect(parseInline('`')).toEqual([{ kind: 'text', text: '`' }]);
  });
  it('leaves text without backticks whole', () => {
    expect(parseInline('Ingen symboler her.')).toEqual([
      { kind: 'text', text: 'Ingen symboler her.' },
    ]);
  });
});
