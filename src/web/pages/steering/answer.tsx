import { Link, useParams } from 'wouter';
import {
  ApiError,
  useAssessment,
  useMyResponse,
  useQuestionnaire,
  useSession,
  type AssessmentDocument,
} from '../../api/index.ts';
import { ErrorMessage, Loading, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { AnswerForm } from './answer-form.tsx';
import '../portal/portal.css';
import './steering.css';

/**
 * /styring/{id}/svar: the questionnaire of an assessment (its own version), for one of its
 * municipality's editors; the response is resumed where it was left (404: not started yet).
 */
export default function AnswerPage() {
  const { t } = useI18n();
  const l = t.steering.answer;
  const { id = '' } = useParams<{ id?: string }>();
  const session = useSession();
  if (session.isPending) return <Loading height={800} />;
  if (!session.data?.loggedIn)
    return (
      <div className="page steering-answer-page">
        <PageTitle>{t.steering.list.title}</PageTitle>
        <p className="notice">
          <Link href={`/log-ind?next=${encodeURIComponent(`/styring/${id}/svar`)}`}>
            {l.loginNeeded}
          </Link>
        </p>
      </div>
    );
  return <Answering id={id} />;
}

function Answering({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const assessment = useAssessment(id);
  return (
    <div className="page steering-answer-page">
      {assessment.data ? null : <PageTitle>{t.steering.list.title}</PageTitle>}
      <QueryView query={assessment} height={800}>
        {(a) => <Questionnaire a={a} />}
      </QueryView>
    </div>
  );
}

function Questionnaire({ a }: { readonly a: AssessmentDocument }) {
  const { t } = useI18n();
  const l = t.steering.answer;
  const q = useQuestionnaire(a.questionnaireVersion);
  const mine = useMyResponse(String(a.id), a.canAnswer);
  const notStarted = mine.error instanceof ApiError && mine.error.status === 404;
  return (
    <>
      <p className="steering-eyebrow">{a.municipality.name}</p>
      <PageTitle>{l.title(a.title)}</PageTitle>
      <p>
        <Link href={`/styring/${a.id}`}>{l.back}</Link>
      </p>
      {!a.canAnswer ? (
        <p className="notice">{l.notAllowed(a.municipality.name)}</p>
      ) : mine.error && !notStarted ? (
        <ErrorMessage error={mine.error} retry={() => void mine.refetch()} />
      ) : mine.isPending && !notStarted ? (
        <Loading height={800} />
      ) : (
        <>
          <p className="lead">{l.intro(a.municipality.name)}</p>
          <QueryView query={q} height={800}>
            {(doc) => <AnswerForm a={a} q={doc} resumed={mine.data ?? null} />}
          </QueryView>
        </>
      )}
    </>
  );
}
