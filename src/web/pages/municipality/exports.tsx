import type { Params } from '../../api/index.ts';
import { DownloadLinks } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * The package with the same choices as a file: CSV (Danish Excel), XLSX and JSON. The files'
 * words follow the page's language (`lang`); the CSV keeps Danish Excel's separators.
 */
export function Exports({ params }: { readonly params: Params }) {
  const { t, locale } = useI18n();
  const m = t.municipality.exports;
  return (
    <section className="muni-section muni-exports no-print" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{m.heading}</h2>
      <p>{m.lead}</p>
      <DownloadLinks
        path="package"
        params={{ ...params, lang: locale }}
        formats={['csv', 'xlsx', 'json']}
      />
    </section>
  );
}
