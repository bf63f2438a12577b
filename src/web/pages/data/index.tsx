import { PageTitle, QueryView } from '../../components/index.ts';
import { useApi, useHealth, useKeyFigures } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import './data.css';
import { ImportDiagnostics } from './diagnostics.tsx';
import { HowToImport } from './how-to-import.tsx';
import { ImportsTable } from './imports-table.tsx';
import { FreshnessSection } from './freshness.tsx';
import { DataSummary } from './summary.tsx';

/**
 * What is loaded and how recent it is: the totals (/api/v1/health), the newest year per source
 * and key figure (/api/v1/freshness) and the imports' provenance (/api/v1/imports); how to
 * import is for administrators, folded away (first and open with an empty database).
 */
export default function DataPage() {
  const { t } = useI18n();
  const health = useHealth();
  const imports = useApi('imports', {});
  const keyFigures = useKeyFigures();
  const freshness = useApi('freshness', {});
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
                  <QueryView query={freshness} height={420}>
                    {(fresh) => <FreshnessSection freshness={fresh} />}
                  </QueryView>
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
