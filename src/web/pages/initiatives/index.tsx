import { Link } from 'wouter';
import { apiUrl, useSession } from '../../api/index.ts';
import { PageTitle, useUrlState } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { editorMunicipalities } from './amounts.ts';
import { InitiativeList } from './initiative-list.tsx';
import { SectorOverview } from './sector-overview.tsx';
import './initiatives.css';

/** The page's choices in the URL, so a view can be shared: /initiativer?groupBy=type&theme=…. */
const DEFAULTS = {
  groupBy: 'theme',
  municipality: '',
  theme: '',
  type: '',
  status: '',
} as const;

/**
 * /initiativer: the sector overview of the efficiency initiatives (issue 17): totals in one
 * price level, a chart by the chosen grouping, the largest realised gains, the list with its
 * filters, the exports and the template, and "Registrér initiativ" for a municipality's editor.
 */
export default function InitiativesPage() {
  const { t } = useI18n();
  const o = t.initiatives.overview;
  const [state, setState] = useUrlState(DEFAULTS);
  const session = useSession();
  const canRegister = editorMunicipalities(session.data).length > 0;
  return (
    <div className="page initiatives-page">
      <PageTitle>{o.title}</PageTitle>
      <p className="lead">{o.lead}</p>
      <div className="initiatives-actions">
        {canRegister ? (
          <Link href="/initiativer/ny" className="initiatives-new">
            {o.newInitiative}
          </Link>
        ) : null}
        <div className="downloads" data-testid="initiatives-downloads">
          <span className="downloads-label">{o.downloads}:</span>
          <ul>
            <li>
              <a href={apiUrl('initiatives/export.csv')} download data-format="csv">
                {o.csv}
              </a>
            </li>
            <li>
              <a href={apiUrl('initiatives/export.xlsx')} download data-format="xlsx">
                {o.xlsx}
              </a>
            </li>
            <li>
              <a href={apiUrl('initiatives/template.xlsx')} download data-format="template">
                {o.template}
              </a>
            </li>
          </ul>
        </div>
      </div>
      <SectorOverview groupBy={state.groupBy} onGroupBy={(groupBy) => setState({ groupBy })} />
      <InitiativeList
        filters={{
          municipality: state.municipality,
          theme: state.theme,
          type: state.type,
          status: state.status,
        }}
        onFilter={setState}
      />
    </div>
  );
}
