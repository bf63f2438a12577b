import { Link } from 'wouter';
import type { AssessmentSummary } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { CENTRES } from '../../../core/index.ts';

/** A mean on the 1–5 scale with one decimal and its grade: "3,4 (B)", or "–". */
export function useScoreText(): (mean: number | null, grade: string | null) => string {
  const { t, f } = useI18n();
  return (mean, grade) => t.steering.score(f.number(mean, 1), mean === null ? null : grade);
}

/**
 * Assessments in a table: title (to its result), municipality, date, responses, each centre's
 * mean and grade, and the data's score; `own` adds whether it is shared and a link to answer.
 */
export function AssessmentTable({
  items,
  own,
  caption,
}: {
  readonly items: readonly AssessmentSummary[];
  readonly own: boolean;
  readonly caption: string;
}) {
  const { t, f } = useI18n();
  const l = t.steering.list;
  const c = l.columns;
  const score = useScoreText();
  const columns: Column<AssessmentSummary>[] = [
    {
      key: 'title',
      header: c.title,
      rowHeader: true,
      cell: (r) => (
        <Link href={`/styring/${r.id}`} lang="da">
          {r.title}
        </Link>
      ),
    },
    { key: 'municipality', header: c.municipality, cell: (r) => r.municipality.name },
    { key: 'date', header: c.date, cell: (r) => f.date(r.createdAt) },
    {
      key: 'respondents',
      header: c.respondents,
      cell: (r) => l.respondents(r.respondents.finished, r.respondents.started),
    },
    ...CENTRES.map((id): Column<AssessmentSummary> => ({
      key: id,
      header: t.steering.centres[id] ?? id,
      numeric: true,
      cell: (r) => {
        const x = r.centres.find((y) => y.id === id);
        return score(x?.mean ?? null, x?.grade ?? null);
      },
    })),
    { key: 'data', header: c.data, numeric: true, cell: (r) => f.number(r.dataScore, 1) },
  ];
  if (own)
    columns.push(
      { key: 'shared', header: c.shared, cell: (r) => (r.shared ? l.yes : l.no) },
      {
        key: 'answer',
        header: c.answer,
        cell: (r) => (
          <Link href={`/styring/${r.id}/svar`} aria-label={`${l.answer}: ${r.title}`}>
            {l.answer}
          </Link>
        ),
      },
    );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={items}
      rowKey={(r) => String(r.id)}
      className="steering-table"
    />
  );
}
