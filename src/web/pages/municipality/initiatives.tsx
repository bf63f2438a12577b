import { useRef } from 'react';
import { Link } from 'wouter';
import { useInitiatives, useSession, type InitiativeSummary } from '../../api/index.ts';
import { Loading, QueryView, useNearViewport } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ITEM_THEMES } from '../../../core/index.ts';
import { InitiativeTable } from '../initiatives/initiative-list.tsx';

/**
 * "Initiativer": the municipality's efficiency initiatives (`GET /initiatives?municipality=`)
 * grouped per theme, each with its expected and realised gain in its price level; asked for
 * only when the reader comes near the section (below the fold, like the competition section).
 */
export function MunicipalityInitiatives({
  code,
  municipalityName,
}: {
  readonly code: string;
  readonly municipalityName: string;
}) {
  const { t } = useI18n();
  const m = t.initiatives.municipality;
  const sectionRef = useRef<HTMLElement>(null);
  const near = useNearViewport(sectionRef);
  const query = useInitiatives(near ? { municipality: code, limit: 200 } : null);
  const session = useSession();
  const mayRegister =
    session.data?.loggedIn === true &&
    session.data.user.role === 'municipality-editor' &&
    session.data.user.municipalities.includes(code);
  return (
    <section
      ref={sectionRef}
      className="muni-section muni-initiatives"
      aria-labelledby="initiatives-heading"
      data-testid="muni-initiatives"
    >
      <h2 id="initiatives-heading">{m.heading}</h2>
      <p className="muni-section-lead">{m.lead(municipalityName)}</p>
      {!near ? (
        <Loading height={200} />
      ) : (
        <QueryView query={query} height={200}>
          {(d) =>
            d.initiatives.length === 0 ? (
              <p>{m.none(municipalityName)}</p>
            ) : (
              <ByTheme initiatives={d.initiatives} />
            )
          }
        </QueryView>
      )}
      <p className="muni-initiatives-links">
        <Link href="/initiativer">{m.all}</Link>
        {' · '}
        <Link href={`/regelbarrierer?municipality=${code}`} data-testid="muni-barriers">
          {t.barriers.municipality.link(municipalityName)}
        </Link>
        {mayRegister ? (
          <>
            {' · '}
            <Link href="/initiativer/ny">{m.register}</Link>
          </>
        ) : null}
      </p>
    </section>
  );
}

function ByTheme({ initiatives }: { readonly initiatives: readonly InitiativeSummary[] }) {
  const { t } = useI18n();
  const themes = ITEM_THEMES.filter((theme) => initiatives.some((i) => i.theme === theme));
  return (
    <>
      {themes.map((theme) => {
        const rows = initiatives.filter((i) => i.theme === theme);
        const name = t.common.themes[theme] ?? theme;
        return (
          <div key={theme} className="muni-initiatives-theme">
            <InitiativeTable
              rows={rows}
              caption={name}
              showMunicipality={false}
              showTheme={false}
            />
          </div>
        );
      })}
    </>
  );
}
