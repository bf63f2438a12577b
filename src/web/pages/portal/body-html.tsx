/**
 * An item's body as HTML. The one place the web app inserts HTML from the server: `bodyHtml`
 * is rendered from Markdown and sanitised on the server (the same renderer for saved items and
 * POST /portal/preview), so the browser inserts it as it is. Nothing else may pass through here.
 */
export function BodyHtml({ html, id }: { readonly html: string; readonly id?: string }) {
  return (
    <div className="portal-body" lang="da" id={id} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
