import { Link, useParams } from 'wouter';
import {
  useBudgetDeviations,
  useMunicipalities,
  useSession,
  type DeviationDocument,
  type Municipality,
} from '../../api/index.ts';
import {
  DownloadLinks,
  EmptyDatabaseNotice,
  ErrorMessage,
  Loading,
  PageTitle,
  QueryView,
  useUrlState,
} from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatKr, formatPercent } from '../../../core/index.ts';
import { deviationLevel } from './amounts.ts';
import { AreaSection } from './area-section.tsx';
import { AreasTable } from './areas-table.tsx';
import '../portal/portal.css';
import './budget.css';

/** The area in the URL; '' opens the first area with a repeated deviation (else the first). */
const DEFAULTS = { area: '' } as const;

/**
 * /budgetopfoelgning/{code}: budget follow-up, "Spørg hvorfor" (issue 18). The accounts
 * against the budget per area and year with the repeated deviations flagged, one area's
 * deviations as a chart with the municipality's explanations (written here by its editors)
 * and its peers' deviations on the same area side by side.
 */
export default function BudgetPage() {
  const { t } = useI18n();
  const { code = '' } = useParams<{ code: string }>();
  const municipalities = useMunicipalities();
  if (municipalities.error)
    return (
      <div className="page budget-page">
        <PageTitle>{t.budget.eyebrow}</PageTitle>
        <ErrorMessage error={municipalities.error} retry={() => void municipalities.refetch()} />
      </div>
    );
  if (!municipalities.data) return <Loading height={1200} />;
  const municipality = municipalities.data.find((m) => m.code === code);
  if (!municipality) {
    const m = t.municipality.notFound;
    return (
      <div className="page budget-page">
        <PageTitle>{m.title}</PageTitle>
        <p className="lead">{m.text(code)}</p>
        <p>
          <Link href="/">{m.search}</Link>
        </p>
      </div>
    );
  }
  return <FollowUp municipality={municipality} />;
}

function FollowUp({ municipality }: { readonly municipality: Municipality }) {
  const { t } = useI18n();
  const b = t.budget;
  const query = useBudgetDeviations({ municipality: municipality.code });
  return (
    <div className="page budget-page">
      <EmptyDatabaseNotice />
      <header className="budget-header">
        <p className="budget-eyebrow">{b.eyebrow}</p>
        <PageTitle title={b.documentTitle(municipality.name)}>
          {b.title(municipality.name)}
        </PageTitle>
        <p>
          <Link href={`/kommune/${municipality.code}`}>← {b.back(municipality.name)}</Link>
        </p>
        <p className="lead">{b.lead}</p>
      </header>
      <QueryView query={query} height={1200}>
        {(d) => <Deviations doc={d} />}
      </QueryView>
    </div>
  );
}

function Deviations({ doc }: { readonly doc: DeviationDocument }) {
  const { t, locale } = useI18n();
  const b = t.budget;
  const [choice, setChoice] = useUrlState(DEFAULTS);
  const session = useSession();
  if (!doc.available || doc.areas.length === 0)
    return (
      <div className="notice budget-not-available" role="status" data-testid="budget-not-available">
        <p>
          <strong>{b.notAvailable}.</strong> {doc.message?.[locale] ?? ''}
        </p>
      </div>
    );
  const area =
    doc.areas.find((a) => a.area === choice.area) ??
    doc.areas.find((a) => a.flagged) ??
    doc.areas[0];
  const unit = b.unit(
    deviationLevel(
      locale,
      doc.areas.flatMap((a) => a.years),
    ),
  );
  const flagged = doc.areas.filter((a) => a.flagged).length;
  const mayExplain =
    session.data?.loggedIn === true &&
    session.data.user.role === 'municipality-editor' &&
    session.data.user.municipalities.includes(doc.municipality.code);
  return (
    <>
      <p className="budget-rule" data-testid="budget-rule">
        {b.rule(
          formatPercent(locale, doc.threshold.percent, 0),
          formatKr(locale, doc.threshold.perInhabitant),
          doc.flagRule.minYears,
          doc.flagRule.window,
        )}
      </p>
      <p className="budget-summary">
        <strong>{b.summaryFlagged(flagged)}</strong> {b.legend(b.exceedsMark)}.
      </p>
      <AreasTable areas={doc.areas} years={doc.years} unit={unit} />
      {doc.skipped.length > 0 ? (
        <p className="budget-note">{b.skipped(doc.skipped.length)}</p>
      ) : null}
      {area ? (
        <AreaSection
          key={area.area}
          doc={doc}
          area={area}
          unit={unit}
          mayExplain={mayExplain}
          loggedIn={session.data?.loggedIn === true}
          onArea={(a) => setChoice({ area: a })}
        />
      ) : null}
      <section aria-labelledby="budget-downloads-heading" className="budget-downloads">
        <h2 id="budget-downloads-heading">{b.downloads}</h2>
        <DownloadLinks
          path="budget-deviations"
          params={{ municipality: doc.municipality.code, lang: locale }}
          formats={['csv', 'xlsx']}
        />
      </section>
      <p className="budget-sources" data-testid="budget-sources">
        {b.sources}: <span lang="da">{doc.sources.join('; ')}</span>.
      </p>
    </>
  );
}
