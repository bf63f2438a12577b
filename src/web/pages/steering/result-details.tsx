import type { AssessmentDocument, CentreResult } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { MISSING } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';

type Statement = CentreResult['statements'][number];
type Respondent = AssessmentDocument['respondents'][number];

/** Every statement per centre (collapsed): mean, lowest–highest, scores and "ved ikke". */
export function StatementsSection({ d }: { readonly d: AssessmentDocument }) {
  const { t, f, locale, name } = useI18n();
  const s = t.steeringResult.statements;
  const columns: readonly Column<Statement>[] = [
    {
      key: 'statement',
      header: s.statement,
      rowHeader: true,
      cell: (x) => (
        <>
          <span className="steering-statement-id">{x.id}</span>{' '}
          {locale === 'da' ? x.textDa : x.textEn}
        </>
      ),
    },
    { key: 'mean', header: s.mean, numeric: true, cell: (x) => f.number(x.mean, 2) },
    {
      key: 'range',
      header: s.range,
      numeric: true,
      cell: (x) => (x.min === null || x.max === null ? MISSING : `${x.min}–${x.max}`),
    },
    { key: 'n', header: s.n, numeric: true, cell: (x) => String(x.n) },
    { key: 'dontKnow', header: s.dontKnow, numeric: true, cell: (x) => String(x.dontKnow) },
  ];
  return (
    <section aria-labelledby="steering-statements-heading" className="steering-section">
      <h2 id="steering-statements-heading">{s.title}</h2>
      <p className="steering-note">{s.intro}</p>
      {d.centres.map((c) => (
        <details key={c.id} className="steering-statements" data-centre={c.id}>
          <summary>
            {name(c)} ({c.statements.length})
          </summary>
          <DataTable
            caption={s.caption(name(c))}
            columns={columns}
            rows={c.statements}
            rowKey={(x) => x.id}
          />
        </details>
      ))}
    </section>
  );
}

/** Who has answered: label (numbered for other municipalities), centre, state, progress. */
export function RespondentsSection({ d }: { readonly d: AssessmentDocument }) {
  const { t, name } = useI18n();
  const r = t.steeringResult.respondents;
  const centreName = (id: string) => {
    const c = d.centres.find((x) => x.id === id);
    return c ? name(c) : id;
  };
  const columns: readonly Column<Respondent>[] = [
    {
      key: 'label',
      header: r.label,
      rowHeader: true,
      cell: (x) => (
        <>
          <span lang="da">{x.label}</span>
          {x.you ? ` ${r.you}` : ''}
        </>
      ),
    },
    { key: 'centre', header: r.centre, cell: (x) => centreName(x.centre) },
    {
      key: 'state',
      header: r.state,
      cell: (x) => <span data-finished={x.finished}>{x.finished ? r.finished : r.started}</span>,
    },
    {
      key: 'answered',
      header: r.answered,
      numeric: true,
      cell: (x) => r.answeredOf(x.answered, x.total),
    },
  ];
  return (
    <section aria-labelledby="steering-respondents-heading" className="steering-section">
      <h2 id="steering-respondents-heading">{r.title}</h2>
      {d.respondents.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <DataTable
          caption={r.caption}
          columns={columns}
          rows={d.respondents}
          rowKey={(x) => `${x.label}-${x.centre}-${x.updatedAt}`}
          className="steering-respondents"
        />
      )}
    </section>
  );
}
