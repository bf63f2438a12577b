import { useState } from 'react';
import { Link, useParams } from 'wouter';
import {
  useMunicipalities,
  useReportDraft,
  useSession,
  type Municipality,
} from '../../api/index.ts';
import { ErrorMessage, Loading, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ReportChoices, type Choices } from './choices.tsx';
import { ReportDownloads } from './downloads.tsx';
import { DraftEditor } from './editor.tsx';
import { mayEditReport } from './viewer.ts';
import './report.css';

/**
 * /kommune/{code}/rapport: the standard report (issue 20). Everyone chooses year, comparison
 * group, price level and language and downloads the report (PDF, Word, HTML); who may edit the
 * municipality's report (`report.edit`) also writes its narrative per section, saved as
 * versioned drafts, and downloads it with the draft's text.
 */
export default function ReportPage() {
  const { t } = useI18n();
  const { code = '' } = useParams<{ code: string }>();
  const municipalities = useMunicipalities();
  if (municipalities.error)
    return (
      <div className="page report-page">
        <PageTitle>{t.report.eyebrow}</PageTitle>
        <ErrorMessage error={municipalities.error} retry={() => void municipalities.refetch()} />
      </div>
    );
  if (!municipalities.data) return <Loading height={800} />;
  const municipality = municipalities.data.find((m) => m.code === code);
  if (!municipality) {
    const m = t.municipality.notFound;
    return (
      <div className="page report-page">
        <PageTitle>{m.title}</PageTitle>
        <p className="lead">{m.text(code)}</p>
        <p>
          <Link href="/">{m.search}</Link>
        </p>
      </div>
    );
  }
  return <Report municipality={municipality} />;
}

function Report({ municipality }: { readonly municipality: Municipality }) {
  const { t } = useI18n();
  const r = t.report;
  const session = useSession();
  const mayEdit = mayEditReport(session.data, municipality.code);
  return (
    <div className="page report-page">
      <header className="report-header">
        <p className="report-eyebrow">{r.eyebrow}</p>
        <PageTitle title={r.documentTitle(municipality.name)}>
          {r.title(municipality.name)}
        </PageTitle>
        <p>
          <Link href={`/kommune/${municipality.code}`}>← {r.back(municipality.name)}</Link>
        </p>
        <p className="lead">{r.lead}</p>
      </header>
      {session.isPending ? (
        <Loading height={400} />
      ) : mayEdit ? (
        <Editable code={municipality.code} />
      ) : (
        <ReadOnly code={municipality.code} loggedIn={session.data?.loggedIn === true} />
      )}
    </div>
  );
}

/** Downloads without a narrative, and how an editor gets to write one. */
function ReadOnly({ code, loggedIn }: { readonly code: string; readonly loggedIn: boolean }) {
  const { t, locale } = useI18n();
  const r = t.report;
  const [choice, setChoice] = useState<Choices>({
    year: '',
    peers: 'nearest',
    prices: '',
    lang: locale,
  });
  return (
    <>
      <p className="notice" data-testid="report-editors-note">
        {loggedIn ? r.notAllowed : r.anonymous}{' '}
        {loggedIn ? null : (
          <Link href={`/log-ind?next=${encodeURIComponent(`/kommune/${code}/rapport`)}`}>
            {r.login}
          </Link>
        )}
      </p>
      <ReportChoices code={code} choice={choice} onChange={(c) => setChoice({ ...choice, ...c })} />
      <ReportDownloads code={code} choice={{ ...choice, draft: false }} />
    </>
  );
}

/** The editor on the latest draft; fetching the newest version starts it afresh. */
function Editable({ code }: { readonly code: string }) {
  const draft = useReportDraft(code, true);
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await draft.refetch();
    setGeneration((g) => g + 1);
  };
  return (
    <QueryView query={draft} height={800}>
      {(d) => <DraftEditor key={generation} code={code} draft={d} onReload={() => void reload()} />}
    </QueryView>
  );
}
