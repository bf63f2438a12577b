import { Link, useParams } from 'wouter';
import { useRound, useSession, type RoundDocument, type SessionDocument } from '../../api/index.ts';
import { DataTable, Loading, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { CENTRES } from '../../../core/index.ts';
import { useScoreText } from './assessment-table.tsx';
import { RoundChart } from './round-chart.tsx';
import { assessingMunicipalities } from './viewer.ts';
import './steering.css';

type Comparison = NonNullable<RoundDocument['comparison']>;
type Row = Comparison['municipalities'][number];

/**
 * /styring/runder/{id}: a round's participants, their progress and sharing, whom it waits
 * for, and, when visible (the facilitator; a participant once all have shared), each
 * municipality's centre means and grades against the round's mean.
 */
export default function RoundPage() {
  const { t } = useI18n();
  const r = t.steering.round;
  const { id = '' } = useParams<{ id?: string }>();
  const session = useSession();
  const round = useRound(session.data?.loggedIn ? id : '');
  if (session.isPending) return <Loading height={600} />;
  if (!session.data?.loggedIn)
    return (
      <div className="page steering-round-page">
        <PageTitle>{t.steering.list.rounds}</PageTitle>
        <p className="notice">
          <Link href={`/log-ind?next=${encodeURIComponent(`/styring/runder/${id}`)}`}>
            {r.loginNeeded}
          </Link>
        </p>
      </div>
    );
  return (
    <div className="page steering-round-page">
      {round.data ? null : <PageTitle>{t.steering.list.rounds}</PageTitle>}
      <QueryView query={round} height={600}>
        {(d) => <Round d={d} session={session.data} />}
      </QueryView>
    </div>
  );
}

function Round({
  d,
  session,
}: {
  readonly d: RoundDocument;
  readonly session: SessionDocument | undefined;
}) {
  const { t, f } = useI18n();
  const r = t.steering.round;
  const l = t.steering.list;
  const own = assessingMunicipalities(session);
  const national = session?.loggedIn === true && session.user.role === 'national-editor';
  const readable = (p: RoundDocument['participants'][number]) =>
    national || p.shared || own.includes(p.municipality.code);
  return (
    <>
      <PageTitle>{r.title(d.name)}</PageTitle>
      <p>
        <Link href="/styring">{r.back}</Link>
      </p>
      <p className="steering-facts">
        {r.facts(d.participants.length, d.questionnaireVersion)}
        {d.deadline === null ? null : ` · ${r.deadline(f.date(d.deadline))}`}
      </p>
      <section aria-labelledby="round-participants-heading" data-testid="round-participants">
        <h2 id="round-participants-heading">{r.participants}</h2>
        <DataTable
          caption={r.participantsCaption}
          rows={d.participants}
          rowKey={(p) => String(p.assessment)}
          highlight={(p) => own.includes(p.municipality.code)}
          className="steering-table"
          columns={[
            {
              key: 'municipality',
              header: l.columns.municipality,
              rowHeader: true,
              cell: (p) =>
                readable(p) ? (
                  <Link href={`/styring/${p.assessment}`}>{p.municipality.name}</Link>
                ) : (
                  p.municipality.name
                ),
            },
            { key: 'started', header: r.started, numeric: true, cell: (p) => String(p.started) },
            { key: 'finished', header: r.finished, numeric: true, cell: (p) => String(p.finished) },
            { key: 'shared', header: r.shared, cell: (p) => (p.shared ? l.yes : l.no) },
          ]}
        />
        <p data-testid="round-waiting">
          {d.waitingFor.length === 0
            ? r.waitingNone
            : `${r.waitingFor}: ${d.waitingFor.map((m) => m.name).join(', ')}`}
        </p>
      </section>
      <section aria-labelledby="round-comparison-heading" data-testid="round-comparison">
        <h2 id="round-comparison-heading">{r.comparison}</h2>
        {d.comparisonVisible && d.comparison !== null ? (
          <>
            <ComparisonTable comparison={d.comparison} />
            <RoundChart comparison={d.comparison} />
          </>
        ) : (
          <p className="notice">{r.participantNote}</p>
        )}
      </section>
    </>
  );
}

function ComparisonTable({ comparison }: { readonly comparison: Comparison }) {
  const { t } = useI18n();
  const r = t.steering.round;
  const score = useScoreText();
  const average: Row = {
    municipality: { code: '', name: r.average },
    assessment: 0,
    centres: comparison.average.map((c) => ({ ...c, grade: null })),
    fields: [],
  };
  return (
    <DataTable
      caption={r.comparisonCaption}
      rows={[...comparison.municipalities, average]}
      rowKey={(m) => String(m.assessment)}
      highlight={(m) => m === average}
      className="steering-table"
      columns={[
        {
          key: 'municipality',
          header: t.steering.list.columns.municipality,
          rowHeader: true,
          cell: (m) => m.municipality.name,
        },
        ...CENTRES.map((id) => ({
          key: id,
          header: t.steering.centres[id] ?? id,
          numeric: true,
          cell: (m: Row) => {
            const c = m.centres.find((x) => x.id === id);
            return score(c?.mean ?? null, c?.grade ?? null);
          },
        })),
      ]}
    />
  );
}
