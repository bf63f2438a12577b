import { Fragment } from 'react';
import { parseInline, parseScripts } from './markup.ts';

/** A formula as the catalogue writes it: the notation, how it is read aloud, its symbols. */
export interface FormulaText {
  /** The notation, with `_i` subscripts and `^2` superscripts (see parseScripts). */
  readonly expression: string;
  /** The whole formula in words, for screen readers. */
  readonly spoken: string;
  readonly legend?: readonly {
    readonly symbol: string;
    /** The symbol in words, e.g. "c-stjerne i" for `c*_i`. */
    readonly spoken: string;
    readonly meaning: string;
  }[];
}

/** Notation with its sub- and superscripts. */
export function Notation({ text }: { readonly text: string }) {
  return (
    <>
      {parseScripts(text).map((s, i) =>
        s.kind === 'sub' ? (
          <sub key={i}>{s.text}</sub>
        ) : s.kind === 'sup' ? (
          <sup key={i}>{s.text}</sup>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Running text in which `backticked` symbols are set as code (with their scripts). */
export function RichText({ text }: { readonly text: string }) {
  return (
    <>
      {parseInline(text).map((s, i) =>
        s.kind === 'code' ? (
          <code key={i}>
            <Notation text={s.text} />
          </code>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * A displayed formula: the notation is shown to the eye and hidden from screen readers, which
 * read the sentence in `spoken` instead (symbols like − × Σ √ are read inconsistently); the
 * legend names each symbol the same way.
 */
export function Formula({
  formula,
  legendLabel,
}: {
  readonly formula: FormulaText;
  readonly legendLabel: string;
}) {
  return (
    <div className="method-formula">
      <p className="method-formula-expression">
        <code aria-hidden="true">
          <Notation text={formula.expression} />
        </code>
        <span className="visually-hidden">{formula.spoken}</span>
      </p>
      {formula.legend && formula.legend.length > 0 ? (
        <>
          <p className="method-formula-where">{legendLabel}</p>
          <dl className="method-formula-legend">
            {formula.legend.map((l) => (
              <div key={l.symbol}>
                <dt>
                  <code aria-hidden="true">
                    <Notation text={l.symbol} />
                  </code>
                  <span className="visually-hidden">{l.spoken}</span>
                </dt>
                <dd>
                  <RichText text={l.meaning} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </div>
  );
}
