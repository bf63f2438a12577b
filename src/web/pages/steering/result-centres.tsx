import type { AssessmentDocument, CentreResult } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { CentreChart, type CentreBar } from './result-chart.tsx';

type Group = AssessmentDocument['comparison']['peers'];

/**
 * The three centres: each one's self-score, grade, spread and respondents (the economic centre
 * also its data score, shown before anyone answers), with a chart against the peer group's and
 * all participants' averages, and who those participants are.
 */
export function CentresSection({ d }: { readonly d: AssessmentDocument }) {
  const { t, name } = useI18n();
  const c = t.steeringResult.centres;
  const k = t.steeringResult.comparison;
  const peerName = name(d.data.peers);
  return (
    <section aria-labelledby="steering-centres-heading" className="steering-section">
      <h2 id="steering-centres-heading">{c.title}</h2>
      <p className="steering-note" data-testid="steering-grades">
        {c.grades}
      </p>
      <div className="steering-comparison" data-testid="steering-comparison">
        <h3>{k.title}</h3>
        <p className="steering-note">{k.onlyShared}</p>
        <ul>
          <GroupLine label={k.peers(peerName)} group={d.comparison.peers} testId="peers" />
          <GroupLine label={k.all} group={d.comparison.all} testId="all" />
        </ul>
      </div>
      <div className="steering-centres">
        {d.centres.map((centre) => (
          <CentreCard key={centre.id} d={d} centre={centre} peerName={peerName} />
        ))}
      </div>
    </section>
  );
}

function GroupLine({
  label,
  group,
  testId,
}: {
  readonly label: string;
  readonly group: Group;
  readonly testId: string;
}) {
  const { t } = useI18n();
  return (
    <li
      data-testid={`steering-comparison-${testId}`}
      data-n={group.n}
      data-municipalities={group.municipalities.map((m) => m.code).join(',')}
    >
      <strong>{label}:</strong>{' '}
      {t.steeringResult.comparison.group(
        group.n,
        group.municipalities.map((m) => m.name),
      )}
    </li>
  );
}

function CentreCard({
  d,
  centre,
  peerName,
}: {
  readonly d: AssessmentDocument;
  readonly centre: CentreResult;
  readonly peerName: string;
}) {
  const { t, f, name } = useI18n();
  const c = t.steeringResult.centres;
  const k = t.steeringResult.comparison;
  const score = (v: number | null) => f.number(v, 2);
  const average = (g: Group) => g.centres.find((x) => x.id === centre.id)?.mean ?? null;
  const economic = centre.id === 'economic-financial';
  const bars: CentreBar[] = [
    { key: 'own', label: k.own, value: centre.mean, n: null },
    {
      key: 'peers',
      label: k.peers(peerName),
      short: k.peersShort,
      value: average(d.comparison.peers),
      n: d.comparison.peers.n,
    },
    { key: 'all', label: k.all, value: average(d.comparison.all), n: d.comparison.all.n },
    ...(economic ? [{ key: 'data', label: k.data, value: centre.dataScore, n: null }] : []),
  ];
  const heading = `steering-centre-${centre.id}`;
  return (
    <section
      className="card steering-centre"
      data-centre={centre.id}
      aria-labelledby={heading}
      data-testid="steering-centre"
    >
      <h3 id={heading}>{name(centre)}</h3>
      <dl className="steering-scores">
        <div>
          <dt>{c.selfScore}</dt>
          <dd data-testid="steering-centre-mean">
            {centre.mean === null ? c.noAnswers : c.outOf(score(centre.mean))}
          </dd>
        </div>
        <div>
          <dt>{c.grade}</dt>
          <dd data-testid="steering-centre-grade">
            {centre.grade === null ? (
              c.noGrade
            ) : (
              <span className={`steering-grade steering-grade-${centre.grade}`}>
                {centre.grade}
              </span>
            )}
          </dd>
        </div>
        {centre.sd !== null && centre.min !== null && centre.max !== null ? (
          <div>
            <dt>{c.spread}</dt>
            <dd>{c.spreadText(score(centre.sd), score(centre.min), score(centre.max))}</dd>
          </div>
        ) : null}
        <div>
          <dt>{c.respondents}</dt>
          <dd data-testid="steering-centre-n">{centre.n}</dd>
        </div>
        {economic ? (
          <div>
            <dt>{c.dataScore}</dt>
            <dd data-testid="steering-data-score" data-score={centre.dataScore ?? ''}>
              {centre.dataScore === null
                ? c.noDataScore
                : c.dataScoreText(score(centre.dataScore), centre.dataGrade ?? '–')}
            </dd>
          </div>
        ) : null}
      </dl>
      {economic ? <p className="steering-note">{c.dataNote}</p> : null}
      <CentreChart centre={name(centre)} bars={bars} />
    </section>
  );
}
