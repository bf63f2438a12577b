import { Link } from 'wouter';
import { useSimilarBarriers } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useDebounced } from './write.ts';

/**
 * "Lignende barrierer" while the form is typed: asked for once typing pauses (400 ms), from
 * the title, description and rule; the same rule is marked, each links to its barrier.
 */
export function SimilarBarriers({
  title,
  description,
  law,
  paragraph,
  exclude,
}: {
  readonly title: string;
  readonly description: string;
  readonly law: string;
  readonly paragraph: string;
  readonly exclude?: number | undefined;
}) {
  const { t } = useI18n();
  const e = t.barriers.editor;
  // Debounced as one text: an object would be new on every render and never settle.
  const settled = useDebounced(
    JSON.stringify({
      title: title.slice(0, 200),
      description: description.slice(0, 2000),
      law: law.slice(0, 200),
      paragraph: paragraph.slice(0, 100),
      exclude,
    }),
  );
  const typed = JSON.parse(settled) as {
    title: string;
    description: string;
    law: string;
    paragraph: string;
    exclude?: number;
  };
  const enough = `${typed.title}${typed.description}`.trim().length >= 3 || typed.law.trim() !== '';
  const query = useSimilarBarriers(enough ? typed : null);
  const items = query.data?.items ?? [];
  return (
    <aside
      className="barrier-similar-box"
      aria-labelledby="barrier-similar-heading"
      data-testid="similar-barriers"
    >
      <h2 id="barrier-similar-heading">{e.similar}</h2>
      <p className="portal-field-help">{e.similarHelp}</p>
      <div aria-live="polite">
        {!enough || query.data === undefined ? null : items.length === 0 ? (
          <p>{e.noSimilar}</p>
        ) : (
          <ul className="barrier-similar">
            {items.map((s) => (
              <li key={s.id} data-same-rule={s.sameRule}>
                <Link href={`/regelbarrierer/${s.id}`} lang="da">
                  #{s.id} {s.title}
                </Link>
                <br />
                <small>
                  <span lang="da">
                    {s.law.name} {s.law.paragraph}
                  </span>
                  {s.sameRule ? <strong> · {e.sameRule}</strong> : null} · {e.seconds(s.seconds)} ·{' '}
                  {t.barriers.states[s.state] ?? s.state}
                </small>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
