import {
  useApi,
  useMunicipalityProfile,
  type KeyFigureDocument,
  type MunicipalityProfile,
} from '../../api/index.ts';
import { InfoNumber, Loading, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

type Row = MunicipalityProfile['structure'][number];

/**
 * The structural profile (rammevilkår) of the year: the conditions the peer group is chosen on
 * first, the rest behind a disclosure; only the rows with a value.
 */
export function Profile({
  code,
  year,
  keyFigures,
}: {
  readonly code: string;
  readonly year: number;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
}) {
  const { t } = useI18n();
  const m = t.municipality.profile;
  const profile = useMunicipalityProfile(code, year);
  // The variables of the peer group, to show those first (the same answer the peers use).
  const peers = useApi('peers', { municipality: code, year });
  const used = new Set(peers.data?.variables.map((v) => v.keyFigureId) ?? []);
  return (
    <section className="muni-profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{m.heading}</h2>
      <QueryView query={profile} height={350}>
        {(d) => {
          const rows = d.structure.filter((r) => r.value !== null);
          if (rows.length === 0) return <p>{m.none}</p>;
          // Wait for the peer variables too, so the list does not reorder after it appears.
          if (peers.isPending) return <Loading height={350} />;
          const first = rows.filter((r) => used.has(r.keyFigureId));
          const rest = rows.filter((r) => !used.has(r.keyFigureId));
          return (
            <>
              <p className="muni-profile-lead">{m.lead(d.year)}</p>
              <ProfileList
                rows={first.length > 0 ? first : rows}
                year={d.year}
                keyFigures={keyFigures}
                marked={first.length > 0}
              />
              {rest.length > 0 && first.length > 0 ? (
                <details className="muni-profile-more">
                  <summary>{m.more(rows.length)}</summary>
                  <ProfileList rows={rest} year={d.year} keyFigures={keyFigures} marked={false} />
                </details>
              ) : null}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function ProfileList({
  rows,
  year,
  keyFigures,
  marked,
}: {
  readonly rows: readonly Row[];
  readonly year: number;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
  readonly marked: boolean;
}) {
  const { t, f, name } = useI18n();
  const m = t.municipality;
  return (
    <dl className={`muni-profile-list${marked ? ' marked' : ''}`}>
      {rows.map((r) => {
        const k = keyFigures.get(r.keyFigureId);
        const label = k ? name(k) : r.nameDa;
        return (
          <div key={r.keyFigureId} className="muni-profile-item">
            <dt>
              {label}
              {marked ? <span className="visually-hidden"> ({m.profile.usedForPeers})</span> : null}
            </dt>
            <dd>
              <InfoNumber
                info={{
                  definition: m.info.structure(label, f.unit(r.unit)),
                  source: k ? (t.common.sourceNames[k.source] ?? k.source) : undefined,
                  year,
                }}
              >
                {f.withUnit(r.value, r.unit)}
              </InfoNumber>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
