import { Link } from 'wouter';
import { useI18n } from '../../../i18n/index.ts';
import { RichText } from '../formula.tsx';
import { MethodSection } from '../section.tsx';

/** The data sources with their publisher, terms and the attribution to use (DESIGN.md §4). */
export function SourcesSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.sources;
  return (
    <MethodSection id={id} title={s.title}>
      <p>{s.intro}</p>
      <ul className="method-sources">
        {s.items.map((item) => (
          <li key={item.name} className="card">
            <h3>{item.name}</h3>
            <dl className="method-terms">
              <div>
                <dt>{s.publisherLabel}</dt>
                <dd>
                  {item.publisher}
                  {item.publisherDanish ? (
                    <>
                      {' '}
                      (<span lang="da">{item.publisherDanish}</span>)
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{s.whatLabel}</dt>
                <dd>
                  <RichText text={item.what} />
                </dd>
              </div>
              <div>
                <dt>{s.licenceLabel}</dt>
                <dd>{item.licence}</dd>
              </div>
              <div>
                <dt>{s.citationLabel}</dt>
                <dd>{item.citation}</dd>
              </div>
              {item.url ? (
                <div>
                  <dt>{s.linkLabel}</dt>
                  <dd>
                    <a href={item.url} rel="noopener noreferrer">
                      {item.urlLabel}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
      <p>
        {s.loaded} <Link href="/data">{s.loadedLink}</Link>.
      </p>
    </MethodSection>
  );
}
