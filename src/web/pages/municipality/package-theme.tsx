import { useState } from 'react';
import type { KeyFigureDocument, PackageDocument } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import type { FigureContext, PackageTheme as Theme } from './figure-info.ts';
import { corridorScale } from './corridor-bar.tsx';
import { FigureRow } from './figure-row.tsx';

/** The id of a theme's section, for the overview's links. */
export const themeAnchor = (theme: string) => `tema-${theme}`;

/** One theme of the package: its total and its key figures in a table, one row each. */
export function PackageTheme({
  theme,
  pkg,
  keyFigures,
  year,
  levelName,
  groupName,
  code,
  municipalityName,
  names,
  peersParam,
}: {
  readonly theme: Theme;
  readonly pkg: PackageDocument;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
  readonly year: number;
  readonly levelName: string;
  readonly groupName: string;
  readonly code: string;
  readonly municipalityName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly peersParam: string;
}) {
  const { t, f } = useI18n();
  const m = t.municipality;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const name = t.common.themes[theme.theme] ?? theme.nameDa;
  const groupSize = pkg.groups[theme.theme]?.members.length ?? 0;
  const context: FigureContext = { year, levelName, groupName, groupSize };
  const inTotal = new Set(pkg.total.included);
  const headingId = `${themeAnchor(theme.theme)}-heading`;
  const info = (definition: string) => ({ definition, source: m.info.computed, year });
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const c = m.columns;
  const scale = corridorScale(theme.figures);

  return (
    <section className="muni-theme" id={themeAnchor(theme.theme)} aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p className="muni-theme-total">
        {m.theme.total}:{' '}
        <strong>
          <InfoNumber info={info(m.theme.totalDefinition(name))}>
            {f.mkr(theme.total.positive)}
          </InfoNumber>
        </strong>{' '}
        ({m.total.signed.toLowerCase()}{' '}
        <InfoNumber info={info(m.theme.signedDefinition(name))}>
          {f.mkr(theme.total.signed)}
        </InfoNumber>
        )
      </p>
      <p className="muni-theme-peers">{m.theme.peers(groupName, groupSize)}</p>
      <div
        className="table-scroll muni-figures-scroll"
        role="region"
        aria-label={m.theme.caption(name)}
        tabIndex={0}
      >
        <table className="muni-figures">
          <caption className="visually-hidden">{m.theme.caption(name)}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-figure">
                {c.figure}
              </th>
              <th scope="col" className="num col-value">
                {c.value}
              </th>
              <th scope="col" className="num col-value">
                {c.benchmark}
              </th>
              <th scope="col" className="num col-rank">
                {c.rank}
              </th>
              <th scope="col" className="num col-potential">
                {c.potential}
              </th>
              <th scope="col" className="num col-corridor">
                {c.corridor}
              </th>
              <th scope="col" className="col-status">
                {c.status}
              </th>
              <th scope="col" className="col-development">
                {c.development}
              </th>
            </tr>
          </thead>
          <tbody>
            {theme.figures.map((row) => (
              <FigureRow
                key={row.keyFigureId}
                row={row}
                keyFigure={keyFigures.get(row.keyFigureId)}
                overlapsWith={row.overlapsWith ? keyFigures.get(row.overlapsWith) : undefined}
                inPackageTotal={inTotal.has(row.keyFigureId)}
                context={context}
                scale={scale}
                open={open.has(row.keyFigureId)}
                onToggle={() => toggle(row.keyFigureId)}
                development={{ code, municipalityName, names, peersParam, themeId: theme.theme }}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
