import { Link } from 'wouter';
import type { AssessmentDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { CALL_MIN_SCORE } from '../../../core/index.ts';

type Weak = AssessmentDocument['weakest'][number];

/**
 * The weakest fields named in words with their score, and for each whom to call: the
 * participants that shared and score at least CALL_MIN_SCORE there (the peer group first), with
 * their portal items on steering; an empty state says who would be suggested.
 */
export function WeakestSection({ d }: { readonly d: AssessmentDocument }) {
  const { t, name } = useI18n();
  const w = t.steeringResult.weakest;
  const centreName = (id: string) => {
    const c = d.centres.find((x) => x.id === id);
    return c ? name(c) : id;
  };
  return (
    <section aria-labelledby="steering-weakest-heading" className="steering-section">
      <h2 id="steering-weakest-heading">{w.title}</h2>
      {d.weakest.length === 0 ? (
        <p data-testid="steering-no-weakest">{w.none}</p>
      ) : (
        <ol className="steering-weakest" data-testid="steering-weakest">
          {d.weakest.map((field) => (
            <WeakField key={field.field} field={field} centre={centreName(field.centre)} />
          ))}
        </ol>
      )}
    </section>
  );
}

function WeakField({ field, centre }: { readonly field: Weak; readonly centre: string }) {
  const { t, f, name } = useI18n();
  const w = t.steeringResult.weakest;
  const min = f.number(CALL_MIN_SCORE, 1);
  const heading = `steering-weak-${field.field}`;
  return (
    <li data-field={field.field} data-centre={field.centre}>
      <h3 id={heading} data-testid="steering-weak-field">
        {w.field(name(field), centre, f.number(field.score, 2))}
      </h3>
      <h4>{w.call}</h4>
      {field.calls.length === 0 ? (
        <p className="steering-note" data-testid="steering-no-calls">
          {w.noCalls(min)}
        </p>
      ) : (
        <>
          <p className="steering-note">{w.callsIntro(min)}</p>
          <ul className="steering-calls" data-testid="steering-calls">
            {field.calls.map((c) => (
              <li
                key={c.municipality.code}
                data-municipality={c.municipality.code}
                data-peer={c.peer}
              >
                <Link href={`/kommune/${c.municipality.code}`}>{c.municipality.name}</Link>
                {': '}
                <span data-testid="steering-call-score">
                  {w.fieldScore(f.number(c.fieldScore, 2))}
                </span>
                {', '}
                {c.peer ? w.peer : w.notPeer}
                <div className="steering-call-items">
                  {c.items.length === 0 ? (
                    <span className="steering-note">{w.noItems}</span>
                  ) : (
                    <>
                      <span>{w.items}:</span>
                      <ul>
                        {c.items.map((item) => (
                          <li key={item.id}>
                            <Link href={`/viden/${item.id}`} lang="da">
                              {item.title}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
