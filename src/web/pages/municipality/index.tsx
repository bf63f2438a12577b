import { Link, useParams } from 'wouter';
import {
  useApi,
  useKeyFigures,
  useMunicipalities,
  type KeyFigureDocument,
  type Municipality,
} from '../../api/index.ts';
import {
  EmptyDatabaseNotice,
  ErrorMessage,
  Loading,
  PageTitle,
  useUrlState,
} from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { PackageView } from './package-view.tsx';
import './municipality.css';

/**
 * The choices of the page, in the URL; the year is kept once chosen, so a shared view stays.
 * Without a year the page opens on the API's default year (package-years); without prices, in
 * the API's default level (each year's own prices).
 */
const DEFAULTS = { year: '', benchmark: 'median', peers: 'nearest', prices: '' } as const;

/** /kommune/{code}: the municipality's potential package. */
export default function MunicipalityPage() {
  const { t } = useI18n();
  const { code = '' } = useParams<{ code: string }>();
  const municipalities = useMunicipalities();
  const keyFigures = useKeyFigures();
  const error = municipalities.error ?? keyFigures.error;
  if (error) {
    return (
      <div className="page municipality-page">
        <PageTitle>{t.municipality.title}</PageTitle>
        <ErrorMessage error={error} retry={() => void municipalities.refetch()} />
      </div>
    );
  }
  if (!municipalities.data) return <PageSkeleton />;
  const municipality = municipalities.data.find((m) => m.code === code);
  if (!municipality) return <UnknownMunicipality code={code} />;
  return (
    <Choices
      municipality={municipality}
      municipalities={municipalities.data}
      keyFigures={keyFigures.data}
    />
  );
}

function Choices({
  municipality,
  municipalities,
  keyFigures,
}: {
  readonly municipality: Municipality;
  readonly municipalities: readonly Municipality[];
  readonly keyFigures: readonly KeyFigureDocument[] | undefined;
}) {
  const [choice, setChoice] = useUrlState(DEFAULTS);
  // The default year and the year picker: asked once the municipality is known to exist.
  const years = useApi('package-years', {
    municipality: municipality.code,
  });
  const year = choice.year ? Number(choice.year) : (years.data?.defaultYear ?? undefined);
  return (
    <PackageView
      municipality={municipality}
      municipalities={municipalities}
      keyFigures={keyFigures}
      years={years}
      year={year}
      yearByDefault={!choice.year}
      benchmark={choice.benchmark}
      peers={choice.peers}
      prices={choice.prices}
      onChange={setChoice}
    />
  );
}

/** The page's frame while the list of municipalities arrives (its usual height). */
function PageSkeleton() {
  return (
    <div className="page municipality-page" aria-busy="true">
      <Loading height={1400} />
    </div>
  );
}

function UnknownMunicipality({ code }: { readonly code: string }) {
  const { t } = useI18n();
  const m = t.municipality.notFound;
  return (
    <div className="page municipality-page">
      <EmptyDatabaseNotice />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.text(code)}</p>
      <p>
        <Link href="/">{m.search}</Link>
      </p>
    </div>
  );
}
