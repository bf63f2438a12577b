import { Link } from 'wouter';
import { useMunicipalities, usePortalSearch } from '../../api/index.ts';
import { ItemLinks, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** The knowledge portal's items on this key figure (the newest ten), and a link to them all. */
export function FigureItems({ keyFigure }: { readonly keyFigure: string }) {
  const { t } = useI18n();
  const k = t.portal.keyFigure;
  const query = usePortalSearch({ keyFigure, limit: 10 });
  const municipalities = useMunicipalities();
  const nameOf = (code: string) => municipalities.data?.find((m) => m.code === code)?.name ?? code;
  return (
    <section className="portal-linked" aria-labelledby="kf-items-heading">
      <h2 id="kf-items-heading">{k.heading}</h2>
      <QueryView query={query} height={80}>
        {(d) =>
          d.items.length === 0 ? (
            <p>{k.none}</p>
          ) : (
            <>
              <ItemLinks
                items={d.items}
                meta={(item) => (item.municipality !== null ? `${nameOf(item.municipality)} ` : '')}
              />
              <p>
                <Link href={`/viden?keyFigure=${encodeURIComponent(keyFigure)}`}>
                  {k.all(d.total)}
                </Link>
              </p>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
