import { Loading, PageTitle, QueryView } from '../../components/index.ts';
import { useApi, useHealth, useKeyFigures } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import './data.css';
import { ImportDiagnostics } from './diagnostics.tsx';
import { HowToImport } from './how-to-import.tsx';
import { ImportsTable } from './imports-table.tsx';
import { SourceYearsTable } from './source-years-table.tsx';
import { DataSummary } from './summary.tsx';

/**
 * What is loaded, from the imports' provenance (/api/v1/imports) and the totals
 * (/api/v1/health); with an empty database, how to import comes first.
 */
export default function DataPage() {
  const { t } = useI18n();
  const health = useHealth();
  const imports = useApi('imports', {});
  const keyFigures = useKeyFigures();
  return (
    <div className="page data-page">
      <PageTitle>{t.data.title}</PageTitle>
      <p className="lead">{t.data.lead}</p>
      <QueryView query={health} height={900}>
        {(h) =>
          h.empty ? (
            <>
              <div className="notice" role="status">
                <p>{t.common.state.emptyDatabase}</p>
              </div>
              <HowToImport empty />
              <QueryView query={imports} height={120}>
                {(d) => <ImportsTable imports={d.imports} />}
              </QueryView>
            </>
          ) : (
            <QueryView query={imports} height={900}>
              {(d) => (
                <>
                  <DataSummary health={h} imports={d.imports} keyFigures={keyFigures.data} />
                  {keyFigures.data ? (
                    <SourceYearsTable keyFigures={keyFigures.data} />
                  ) : (
                    <Loading height={220} />
                  )}
                  <ImportsTable imports={d.imports} />
                  <ImportDiagnostics imports={d.imports} />
                  <HowToImport empty={false} />
                </>
              )}
            </QueryView>
          )
        }
      </QueryView>
    </div>
  );
}
