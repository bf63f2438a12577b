import type { SnippetPart } from '../../api/index.ts';

/**
 * A highlighted snippet: the matched words in <mark>. The parts are rendered as React text,
 * never as HTML, so nothing in an item's text can become markup here.
 */
export function Snippet({ parts }: { readonly parts: readonly SnippetPart[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="portal-snippet" lang="da">
      {parts.map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </p>
  );
}
