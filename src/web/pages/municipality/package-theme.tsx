import { useState } from 'react';
import type { KeyFigureDocument, PackageDocument, Warning } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import {
  packagePrices,
  packageUnit,
  type FigureContext,
  type PackageTheme as Theme,
} from './figure-info.ts';
import { corridorScale } from './corridor-bar.tsx';
import { FigureRow } from './figure-row.tsx';
import { splitRows } from './open-themes.ts';
import { ThemeRowsToggle } from './theme-rows-toggle.tsx';
import { figureLevelWarnings } from './warning-groups.ts';
import { WarningNote } from './warning-note.tsx';

/** The id of a theme's section, for the overview's links. */
export const themeAnchor = (theme: string) => `tema-${theme}`;

/**
 * One theme of the package: its total (not below 25 % coverage), its peer group with any
 * warning that the peers are far away, and its key figures in a table, one row each with its
 * own warnings.
 */
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
  comparable,
  distantPeers,
  expanded,
  onToggleExpanded,
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
  readonly comparable: boolean;
  /** The warnings that this theme's peers are far away. */
  readonly distantPeers: readonly Warning[];
  /** True when every row is shown, not only the top lines (the URL's `open`). */
  readonly expanded: boolean;
  readonly onToggleExpanded: () => void;
}) {
  const { t, f, locale } = useI18n();
  const m = t.municipality;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const name = t.common.themes[theme.theme] ?? theme.nameDa;
  const groupSize = pkg.groups[theme.theme]?.members.length ?? 0;
  const prices = packagePrices(locale, pkg);
  const unit = packageUnit(locale, pkg);
  const context: FigureContext = { year, levelName, groupName, groupSize, prices };
  const headingId = `${themeAnchor(theme.theme)}-heading`;
  const info = (definition: string) => ({
    definition,
    source: m.info.computed,
    year,
    kind: pkg.yearKind ?? undefined,
    prices,
  });
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const c = m.columns;
  const scale = corridorScale(theme.figures);
  // Largest potential first; a closed theme shows its top lines, the rest stay in the page
  // (hidden) for print and for links to their rows.
  const rows = splitRows(theme.figures);
  const moreId = `${themeAnchor(theme.theme)}-more`;
  const corridorNoteId = `${themeAnchor(theme.theme)}-corridor`;
  const row = (r: (typeof theme.figures)[number]) => (
    <FigureRow
      key={r.keyFigureId}
      row={r}
      keyFigure={keyFigures.get(r.keyFigureId)}
      overlapsWith={r.overlapsWith ? keyFigures.get(r.overlapsWith) : undefined}
      warnings={figureLevelWarnings(pkg.warnings, r.keyFigureId)}
      pkg={pkg}
      context={context}
      scale={scale}
      open={open.has(r.keyFigureId)}
      onToggle={() => toggle(r.keyFigureId)}
      development={{ code, municipalityName, names, peersParam, themeId: theme.theme }}
    />
  );

  return (
    <section className="muni-theme" id={themeAnchor(theme.theme)} aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      {theme.total.included.length === 0 ? (
        <p className="muni-theme-total">{m.theme.nothingCounted}</p>
      ) : comparable ? (
        <p className="muni-theme-total">
          {m.theme.total}:{' '}
          <strong>
            <InfoNumber info={info(m.theme.totalDefinition(name))}>
              {f.mkr(theme.total.positive)}
            </InfoNumber>
          </strong>{' '}
          ({m.theme.signed}{' '}
          <InfoNumber info={info(m.theme.signedDefinition(name))}>
            {f.mkr(theme.total.signed)}
          </InfoNumber>
          ), <span className="muni-theme-prices">{prices}</span>
        </p>
      ) : (
        <p className="muni-theme-total">{m.theme.notComparable}</p>
      )}
      <p className="muni-theme-peers">{m.theme.peers(groupName, groupSize)}</p>
      {distantPeers.map((w, i) => (
        <WarningNote key={i} warning={w} />
      ))}
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
                {c.potential} <span className="col-unit">({unit})</span>
              </th>
              <th scope="col" className="num col-corridor" aria-describedby={corridorNoteId}>
                {c.corridor} <span className="col-unit">({unit})</span>
              </th>
              <th scope="col" className="col-status">
                {c.status}
              </th>
              <th scope="col" className="col-development">
                {c.development}
              </th>
            </tr>
          </thead>
          <tbody>{rows.top.map(row)}</tbody>
          {rows.rest.length > 0 ? (
            <tbody id={moreId} className="muni-more-rows" hidden={!expanded}>
              {rows.rest.map(row)}
            </tbody>
          ) : null}
        </table>
      </div>
      {rows.rest.length > 0 ? (
        <ThemeRowsToggle
          controls={moreId}
          expanded={expanded}
          shown={rows.top.length}
          all={theme.figures.length}
          themeName={name}
          onToggle={onToggleExpanded}
        />
      ) : null}
      <p className="muni-corridor-note" id={corridorNoteId}>
        {m.overview.corridor(levelName)}
      </p>
    </section>
  );
}
