import { Link } from 'wouter';
import {
  useAssessments,
  useRounds,
  useSession,
  type AssessmentListDocument,
  type RoundListDocument,
  type SessionDocument,
} from '../../api/index.ts';
import { DataTable, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { AssessmentTable } from './assessment-table.tsx';
import { RoundForm } from './round-form.tsx';
import { assessingMunicipalities, mayAssess, mayOpenRound } from './viewer.ts';
import '../portal/portal.css';
import './steering.css';

/**
 * /styring: the steering model in a few lines (three centres that must work together), the
 * viewer's own assessments and the shared ones of others, the viewer's rounds; "Start en
 * selvevaluering" for a municipality's editor, "Åbn en runde" for a national editor.
 */
export default function SteeringPage() {
  const { t } = useI18n();
  const l = t.steering.list;
  const session = useSession();
  const loggedIn = session.data?.loggedIn === true;
  const assessments = useAssessments();
  const rounds = useRounds(loggedIn);
  return (
    <div className="page steering-page">
      <p className="steering-eyebrow">{l.eyebrow}</p>
      <PageTitle>{l.title}</PageTitle>
      <p className="lead">{l.lead}</p>
      <p>
        <Link href="/metode#styring">{l.method}</Link>
      </p>
      <div className="steering-actions">
        {mayAssess(session.data) ? (
          <Link href="/styring/ny" className="steering-start" data-testid="steering-start">
            {l.start}
          </Link>
        ) : null}
        {!session.isPending && !loggedIn ? (
          <p className="notice" data-testid="steering-login-hint">
            {l.loginHint}{' '}
            <Link href={`/log-ind?next=${encodeURIComponent('/styring')}`}>{l.login}</Link>
          </p>
        ) : null}
      </div>
      <QueryView query={assessments} height={240}>
        {(d) => <Assessments d={d} session={session.data} />}
      </QueryView>
      {loggedIn ? (
        <section aria-labelledby="steering-rounds-heading" data-testid="steering-rounds">
          <h2 id="steering-rounds-heading">{l.rounds}</h2>
          <QueryView query={rounds} height={120}>
            {(d) => <Rounds d={d} />}
          </QueryView>
          {mayOpenRound(session.data) ? <RoundForm /> : null}
        </section>
      ) : null}
    </div>
  );
}

/** The viewer's own municipalities' assessments first, then the others it may read. */
function Assessments({
  d,
  session,
}: {
  readonly d: AssessmentListDocument;
  readonly session: SessionDocument | undefined;
}) {
  const { t } = useI18n();
  const l = t.steering.list;
  const mine = assessingMunicipalities(session);
  const own = d.items.filter((a) => mine.includes(a.municipality.code));
  const others = d.items.filter((a) => !mine.includes(a.municipality.code));
  // A national editor may read unshared ones too: then they are "other municipalities'".
  const othersHeading = others.some((a) => !a.shared) ? l.others : l.shared;
  return (
    <>
      {mine.length > 0 ? (
        <section aria-labelledby="steering-own-heading" data-testid="steering-own">
          <h2 id="steering-own-heading">{l.own}</h2>
          {own.length === 0 ? (
            <p>{l.ownNone}</p>
          ) : (
            <AssessmentTable items={own} own caption={`${l.own}: ${l.caption}`} />
          )}
        </section>
      ) : null}
      <section aria-labelledby="steering-shared-heading" data-testid="steering-shared">
        <h2 id="steering-shared-heading">{othersHeading}</h2>
        {others.length === 0 ? (
          <p>{l.sharedNone}</p>
        ) : (
          <AssessmentTable items={others} own={false} caption={`${othersHeading}: ${l.caption}`} />
        )}
      </section>
    </>
  );
}

function Rounds({ d }: { readonly d: RoundListDocument }) {
  const { t, f } = useI18n();
  const l = t.steering.list;
  const c = l.columns;
  if (d.items.length === 0) return <p>{l.roundsNone}</p>;
  return (
    <DataTable
      caption={l.roundsCaption}
      rows={d.items}
      rowKey={(r) => String(r.id)}
      className="steering-table"
      columns={[
        {
          key: 'name',
          header: c.round,
          rowHeader: true,
          cell: (r) => <Link href={`/styring/runder/${r.id}`}>{r.name}</Link>,
        },
        {
          key: 'deadline',
          header: c.deadline,
          cell: (r) => (r.deadline === null ? l.noDeadline : f.date(r.deadline)),
        },
        {
          key: 'participants',
          header: c.participants,
          numeric: true,
          cell: (r) => String(r.participants),
        },
        { key: 'shared', header: c.sharedCount, numeric: true, cell: (r) => String(r.shared) },
      ]}
    />
  );
}
