import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.ts';
import { RichText } from './formula.tsx';

/** The id of the table of contents, the target of every section's way back. */
export const TOC_ID = 'indhold';

/**
 * One section of the method page: a heading that in-page links land on (focusable, so the
 * keyboard continues from there), the content, and a way back to the contents.
 */
export function MethodSection({
  id,
  title,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="method-section" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <p className="method-back no-print">
        <a href={`#${TOC_ID}`}>{t.method.backToTop}</a>
      </p>
    </section>
  );
}

/** Paragraphs of running text with `symbols`. */
export function Paragraphs({ texts }: { readonly texts: readonly string[] }) {
  return (
    <>
      {texts.map((text) => (
        <p key={text}>
          <RichText text={text} />
        </p>
      ))}
    </>
  );
}

/** A bulleted (or numbered) list of running text with `symbols`. */
export function TextList({
  items,
  ordered = false,
}: {
  readonly items: readonly string[];
  readonly ordered?: boolean;
}) {
  const children = items.map((item) => (
    <li key={item}>
      <RichText text={item} />
    </li>
  ));
  return ordered ? <ol>{children}</ol> : <ul>{children}</ul>;
}
