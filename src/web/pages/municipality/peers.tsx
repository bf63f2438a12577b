import { useState } from 'react';
import { Link } from 'wouter';
import { useApi, type PackageDocument, type PeersDocument } from '../../api/index.ts';
import { DataTable, InfoNumber, QueryView, Select } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { explainPeer } from './peer-explanation.ts';

/**
 * The peer group of a theme with why each is a peer: for the nearest group the structural
 * distance and, in words, the conditions it is closest on and those it differs most on; for
 * other groups the members.
 */
export function Peers({
  code,
  year,
  choice,
  groupName,
  pkg,
  names,
}: {
  readonly code: string;
  readonly year: number;
  readonly choice: string;
  readonly groupName: (theme: string) => string;
  readonly pkg: PackageDocument;
  readonly names: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const m = t.municipality.peers;
  const themes = pkg.themes.map((x) => x.theme);
  const [chosen, setTheme] = useState<string | undefined>(undefined);
  const theme = themes.find((x) => x === chosen) ?? themes[0];
  const themeName = (id: string) => t.common.themes[id] ?? id;
  const members = theme ? (pkg.groups[theme]?.members ?? []) : [];

  return (
    <section className="muni-section muni-peers" aria-labelledby="peers-heading">
      <h2 id="peers-heading">{m.heading}</h2>
      {themes.length > 1 ? (
        <div className="controls">
          <Select
            label={m.themeLabel}
            value={theme ?? ''}
            options={themes.map((id) => ({ value: id, label: themeName(id) }))}
            onChange={setTheme}
          />
        </div>
      ) : null}
      {theme === undefined ? null : choice === 'nearest' ? (
        <NearestPeers code={code} year={year} theme={theme} themeName={themeName(theme)} />
      ) : (
        <>
          <p>{m.otherLead(groupName(theme), members.length)}</p>
          <ul className="muni-peer-list">
            {[...members]
              .map((c) => ({ code: c, name: names.get(c) ?? c }))
              .sort((a, b) => a.name.localeCompare(b.name, 'da'))
              .map((x) => (
                <li key={x.code}>
                  <Link href={`/kommune/${x.code}`}>{x.name}</Link>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

function NearestPeers({
  code,
  year,
  theme,
  themeName,
}: {
  readonly code: string;
  readonly year: number;
  readonly theme: string;
  readonly themeName: string;
}) {
  const { t, f } = useI18n();
  const m = t.municipality.peers;
  const query = useApi('peers', { municipality: code, year, theme });
  type Peer = PeersDocument['peers'][number];
  return (
    <QueryView query={query} height={560}>
      {(d) => {
        const variableName = (v: string) =>
          m.variableNames[v] ?? d.variables.find((x) => x.name === v)?.nameDa ?? v;
        const shares = (list: readonly { variable: string; share: number }[]) =>
          list
            .map((s) => m.share(variableName(s.variable), f.percent(s.share * 100, 0)))
            .join(', ');
        return (
          <>
            <p>{m.nearestLead(d.variables.length, d.peers.length)}</p>
            <p className="muni-variables">
              <strong>{m.variables}:</strong>{' '}
              {d.variables.map((v) => variableName(v.name)).join(', ')}.
            </p>
            <DataTable
              caption={m.caption(themeName)}
              className="muni-peers-table"
              rowKey={(p: Peer) => p.code}
              rows={d.peers as readonly Peer[]}
              columns={[
                {
                  key: 'name',
                  header: m.name,
                  rowHeader: true,
                  cell: (p) => <Link href={`/kommune/${p.code}`}>{p.name}</Link>,
                },
                {
                  key: 'distance',
                  header: m.distance,
                  numeric: true,
                  cell: (p) => (
                    <InfoNumber
                      info={{
                        definition: m.distanceDefinition,
                        source: t.municipality.info.computed,
                        year: d.structureYear ?? year,
                      }}
                    >
                      {f.number(p.distance, 2)}
                    </InfoNumber>
                  ),
                },
                {
                  key: 'why',
                  header: m.why,
                  cell: (p) => {
                    const why = explainPeer(p.contributions);
                    return (
                      <>
                        {m.closest(why.closest.map((s) => variableName(s.variable)).join(', '))}{' '}
                        {why.furthest.length > 0 ? m.furthest(shares(why.furthest)) : null}
                      </>
                    );
                  },
                },
              ]}
            />
            {d.leftOut.length > 0 ? <p>{m.leftOut(d.leftOut.length)}</p> : null}
          </>
        );
      }}
    </QueryView>
  );
}
