import { Link, useParams } from 'wouter';
import { ApiError, apiUrl, useAssessment, type AssessmentDocument } from '../../api/index.ts';
import { PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ShareToggle } from './result-share.tsx';
import { CentresSection } from './result-centres.tsx';
import { FindingsSection } from './result-findings.tsx';
import { WeakestSection } from './result-calls.tsx';
import { DataSection } from './result-data.tsx';
import { RespondentsSection, StatementsSection } from './result-details.tsx';
import { HistorySection } from './result-history.tsx';
import './result.css';

/**
 * /styring/{id}: the result of a steering self-assessment (issue 19): the centres' scores and
 * grades against the peer group's and all participants' averages, the economic centre's data
 * score, the findings, the weakest fields with whom to call, the data behind, the statements,
 * the respondents and the municipality's assessments over time. Another municipality's
 * unshared assessment is refused (the server answers 403; the page says so).
 */
export default function SteeringResultPage() {
  const { t } = useI18n();
  const r = t.steeringResult;
  const { id = '' } = useParams<{ id: string }>();
  const query = useAssessment(id);
  const refused = query.error instanceof ApiError && [401, 403].includes(query.error.status);
  return (
    <div className="page steering-result-page">
      <p>
        <Link href="/styring">← {r.back}</Link>
      </p>
      {query.data === undefined ? <PageTitle>{r.title}</PageTitle> : null}
      {refused && query.error instanceof ApiError ? (
        <Refused error={query.error} />
      ) : (
        <QueryView query={query} height={900}>
          {(d) => <Result d={d} />}
        </QueryView>
      )}
    </div>
  );
}

/** Why the reader may not see the assessment, in the server's words, with a way on. */
function Refused({ error }: { readonly error: ApiError }) {
  const { t, locale } = useI18n();
  const r = t.steeringResult;
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <div className="error" role="alert" data-testid="steering-refused" data-status={error.status}>
      <p>
        <strong>{r.refused}</strong> {locale === 'da' ? error.detailDa : error.detailEn}
      </p>
      {error.status === 401 ? (
        <p>
          <Link href={`/log-ind?next=${encodeURIComponent(here)}`}>{t.account.login.submit}</Link>
        </p>
      ) : null}
    </div>
  );
}

function Result({ d }: { readonly d: AssessmentDocument }) {
  const { t, f, locale } = useI18n();
  const r = t.steeringResult;
  const x = r.facts;
  return (
    <article data-testid="steering-result" data-assessment={d.id}>
      <PageTitle title={d.title}>
        <span lang="da">{d.title}</span>
      </PageTitle>
      <dl className="steering-facts" aria-label={x.label}>
        <div>
          <dt>{x.municipality}</dt>
          <dd data-testid="steering-municipality">
            <Link href={`/kommune/${d.municipality.code}`}>{d.municipality.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{x.created}</dt>
          <dd>{f.date(d.createdAt)}</dd>
        </div>
        <div>
          <dt>{x.questionnaire}</dt>
          <dd data-testid="steering-questionnaire-version">{d.questionnaireVersion}</dd>
        </div>
        <div>
          <dt>{x.dataVersion}</dt>
          <dd>{d.dataVersion ?? x.noDataVersion}</dd>
        </div>
        <div>
          <dt>{x.sharing}</dt>
          <dd data-testid="steering-shared" data-shared={d.shared}>
            {d.shared ? (d.sharedAt ? x.sharedSince(f.date(d.sharedAt)) : x.shared) : x.notShared}
          </dd>
        </div>
        {d.roundId !== null ? (
          <div>
            <dt>{x.round}</dt>
            <dd>
              <Link href={`/styring/runder/${d.roundId}`}>{x.roundLink(d.roundId)}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="steering-actions">
        {d.canAnswer ? (
          <Link href={`/styring/${d.id}/svar`} className="steering-answer">
            {r.actions.answer}
          </Link>
        ) : null}
        <a
          href={apiUrl(`steering/assessments/${d.id}/export.xlsx`, { lang: locale })}
          download
          data-testid="steering-xlsx"
        >
          {r.actions.download}
        </a>
      </div>
      {d.canEdit ? <ShareToggle d={d} /> : null}
      <CentresSection d={d} />
      <FindingsSection d={d} />
      <WeakestSection d={d} />
      <DataSection d={d} />
      <StatementsSection d={d} />
      <RespondentsSection d={d} />
      <HistorySection d={d} />
    </article>
  );
}
