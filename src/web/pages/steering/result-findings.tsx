import type { AssessmentDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * The findings in words: the data's score against the self-score, respondents or centres that
 * disagree, statements answered far apart. Each as a list item with its kind as data-kind.
 */
export function FindingsSection({ d }: { readonly d: AssessmentDocument }) {
  const { t, locale } = useI18n();
  const x = t.steeringResult.findings;
  return (
    <section aria-labelledby="steering-findings-heading" className="steering-section">
      <h2 id="steering-findings-heading">{x.title}</h2>
      <p className="steering-note">{x.intro}</p>
      {d.findings.length === 0 ? (
        <p data-testid="steering-no-findings">
          {d.respondents.some((r) => r.finished) ? x.none : x.noneYet}
        </p>
      ) : (
        <ul className="steering-findings" data-testid="steering-findings">
          {d.findings.map((finding, k) => (
            <li
              key={`${finding.kind}-${finding.centre ?? ''}-${finding.statement ?? ''}-${k}`}
              data-kind={finding.kind}
              data-centre={finding.centre ?? undefined}
            >
              <strong className="steering-finding-kind">
                {x.kinds[finding.kind] ?? finding.kind}:
              </strong>{' '}
              <span className="steering-finding-text">
                {locale === 'da' ? finding.textDa : finding.textEn}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
