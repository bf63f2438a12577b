import { useRef, useState } from 'react';
import { Link } from 'wouter';
import {
  useApi,
  useGapItems,
  useInitiatives,
  type KeyFigureDocument,
  type PackageDocument,
  type TalkToDocument,
} from '../../api/index.ts';
import {
  InfoNumber,
  ItemLinks,
  QueryView,
  Select,
  useNearViewport,
} from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import type { PackageFigure } from './figure-info.ts';
import type { GapParams } from './gap-items.tsx';

type Entry = TalkToDocument['entries'][number];

/** The package's figures once each, the one with the largest positive potential first. */
export function talkToFigures(pkg: PackageDocument): PackageFigure[] {
  const seen = new Map<string, PackageFigure>();
  for (const theme of pkg.themes) {
    for (const row of theme.figures) {
      if (row.value !== null && !seen.has(row.keyFigureId)) seen.set(row.keyFigureId, row);
    }
  }
  return [...seen.values()].sort((a, b) => (b.potential ?? -Infinity) - (a.potential ?? -Infinity));
}

/**
 * Whom to talk to about a chosen figure (by default the one with the largest positive
 * potential): comparable municipalities that do better, each with the reason.
 */
export function TalkTo({
  code,
  year,
  peersParam,
  pkg,
  keyFigures,
}: {
  readonly code: string;
  readonly year: number;
  readonly peersParam: string;
  readonly pkg: PackageDocument;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
}) {
  const { t, name } = useI18n();
  const m = t.municipality.talkTo;
  const figures = talkToFigures(pkg);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const figure = figures.find((x) => x.keyFigureId === chosen) ?? figures[0];
  const label = (row: PackageFigure) => {
    const k = keyFigures.get(row.keyFigureId);
    return k ? name(k) : row.nameDa;
  };
  const query = useApi(
    'talk-to',
    figure ? { municipality: code, keyFigure: figure.keyFigureId, year, peers: peersParam } : null,
  );

  return (
    <section className="muni-section muni-talk-to" aria-labelledby="talk-to-heading">
      <h2 id="talk-to-heading">{m.heading}</h2>
      <p className="muni-section-lead">{m.lead}</p>
      {figure ? (
        <>
          <div className="controls">
            <Select
              label={m.figureLabel}
              value={figure.keyFigureId}
              options={figures.map((row) => ({ value: row.keyFigureId, label: label(row) }))}
              onChange={setChosen}
            />
          </div>
          <QueryView query={query} height={480}>
            {(d) => (
              <TalkToList
                d={d}
                gap={{ municipality: code, keyFigure: d.keyFigure.id, year, peers: peersParam }}
                keyFigure={keyFigures.get(d.keyFigure.id)}
                year={year}
                counterpartName={(id, nameDa) => {
                  const k = keyFigures.get(id);
                  return k ? name(k) : nameDa;
                }}
              />
            )}
          </QueryView>
        </>
      ) : null}
    </section>
  );
}

function TalkToList({
  d,
  gap,
  keyFigure,
  year,
  counterpartName,
}: {
  readonly d: TalkToDocument;
  /** The portal's items of the better peers on the figure, asked once for the whole list. */
  readonly gap: GapParams;
  readonly keyFigure: KeyFigureDocument | undefined;
  readonly year: number;
  readonly counterpartName: (id: string, nameDa: string) => string;
}) {
  const { t, f, locale, name } = useI18n();
  const m = t.municipality.talkTo;
  // The portal's items wait until the list is near the viewport (it sits below the fold).
  const listRef = useRef<HTMLOListElement>(null);
  const near = useNearViewport(listRef);
  const gapItems = useGapItems(near && d.entries.length > 0 ? gap : null).data?.items ?? [];
  // The peers' documented initiatives on the figure (DESIGN.md §3.7), one request for the list.
  const initiatives =
    useInitiatives(near && d.entries.length > 0 ? { keyFigure: d.keyFigure.id } : null).data
      ?.initiatives ?? [];
  const unit = keyFigure?.unit ?? d.keyFigure.unit;
  const figureName = keyFigure ? name(keyFigure) : d.keyFigure.nameDa;
  const source = keyFigure
    ? (t.common.sourceNames[keyFigure.source] ?? keyFigure.source)
    : undefined;
  if (d.entries.length === 0) {
    return <p>{d.unavailableDa && locale === 'da' ? d.unavailableDa : m.none}</p>;
  }
  const direction = d.keyFigure.polarity === 'higher-is-better' ? 'higher' : 'lower';
  // The API explains each entry in Danish; other languages compose it from the same fields.
  const reasonParts = (e: Entry, unit: string, cpName: typeof counterpartName) => {
    const names = (verdicts: readonly string[]) =>
      e.counterparts
        .filter((c) => verdicts.includes(c.verdict))
        .map((c) => cpName(c.keyFigureId, c.nameDa));
    return {
      name: e.name,
      value: f.withUnit(e.value, unit),
      own: f.auto(e.ownValue),
      relative:
        e.relativeAdvantage === null
          ? null
          : m.better(f.percent(Math.abs(e.relativeAdvantage) * 100, 1), direction),
      inPeerGroup: e.inPeerGroup,
      distance: f.number(e.distance, 2),
      notWorse: names(['better', 'equal']),
      unknown: names(['unknown']),
      notJudged: names(['not-judged']),
    };
  };
  return (
    <>
      <ol className="muni-talk-list" ref={listRef}>
        {d.entries.map((e: Entry) => (
          <li key={e.code} className="muni-talk-entry">
            <p className="muni-talk-head">
              <Link href={`/kommune/${e.code}`}>{e.name}</Link>{' '}
              <span className="muni-talk-value">
                <InfoNumber
                  info={{
                    definition: m.valueDefinition(
                      figureName,
                      f.withUnit(e.value, unit),
                      f.withUnit(e.ownValue, unit),
                    ),
                    source,
                    year,
                  }}
                >
                  {e.relativeAdvantage !== null
                    ? m.better(f.percent(Math.abs(e.relativeAdvantage) * 100, 1), direction)
                    : f.withUnit(e.value, unit)}
                </InfoNumber>
              </span>
            </p>
            <p className="muni-talk-reason">
              {locale === 'da' ? e.reasonDa : m.reason(reasonParts(e, unit, counterpartName))}
            </p>
            <PeerItems items={gapItems.filter((i) => i.peer.code === e.code)} />
            <PeerInitiatives items={initiatives.filter((i) => i.municipality === e.code)} />
            <p className="muni-talk-items">
              <Link href={`/viden?municipality=${e.code}`}>{t.portal.talkTo.items(e.name)}</Link>
            </p>
          </li>
        ))}
      </ol>
      <p className="muni-talk-rule">
        <strong>{m.ruleHeading}:</strong>{' '}
        {t.english.talkToScoreRule ?? <span lang="da">{d.scoreRuleDa}</span>}
      </p>
    </>
  );
}

type GapItem = NonNullable<ReturnType<typeof useGapItems>['data']>['items'][number];

/** A suggested municipality's items on the figure, and whom to contact (logged in only). */
/** A better peer's registered initiatives on the figure, with their status. */
function PeerInitiatives({
  items,
}: {
  readonly items: ReadonlyArray<{ id: number; title: string; status: string }>;
}) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <div className="muni-talk-portal">
      <p>{t.portal.talkTo.initiatives}</p>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <Link href={`/initiativer/${i.id}`} lang="da">
              {i.title}
            </Link>{' '}
            <span className="portal-gap-meta">
              {t.initiatives.statuses[i.status as keyof typeof t.initiatives.statuses] ?? i.status}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PeerItems({ items }: { readonly items: readonly GapItem[] }) {
  const { t } = useI18n();
  const p = t.portal;
  if (items.length === 0) return null;
  const contact = items.find((i) => i.contact !== null)?.contact;
  const hidden = items.some((i) => i.contactHidden);
  return (
    <div className="muni-talk-portal">
      <p>{p.talkTo.onFigure}</p>
      <ItemLinks items={items} meta={() => ''} />
      {contact ? (
        <p>
          {p.talkTo.contact} {contact.name}
          {contact.role === '' ? '' : `, ${contact.role}`},{' '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      ) : hidden ? (
        <p>
          <Link href="/log-ind">{p.item.contactHidden}</Link>
        </p>
      ) : null}
    </div>
  );
}
