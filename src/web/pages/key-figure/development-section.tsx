import { useState, type FormEvent } from 'react';
import { useApi, type KeyFigureDocument } from '../../api/index.ts';
import { Loading, Select } from '../../components/index.ts';
import { isMoneyUnit, unitWithPrices } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { DevelopmentChart, type DevelopmentLine } from './development-chart.tsx';
import { COLOURS, PICKED } from './palette.ts';
import type { Reference } from './reference.ts';
import { useFigureYears, type FigureYears } from './use-figure-years.ts';

const MAX_PICKED = 5;
const HEIGHT = 420;

/**
 * The development over time: by default the chosen municipality and its peers; or up to five
 * municipalities picked here (kept in the URL as `dev`). Money is shown in one price level for
 * all years: the level a series of the figure defaults to (fixed prices of the newest year a
 * price index reaches, DESIGN.md §3.4b); years the index cannot reach stay as published and
 * are marked.
 */
export function DevelopmentSection({
  keyFigure,
  all,
  chosen,
  peers,
  reference,
  names,
  picked,
  onPicked,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly all: FigureYears;
  readonly chosen: string | null;
  readonly peers: readonly string[];
  /** The reference median's municipalities (the peers, or all). */
  readonly reference: Reference;
  readonly names: ReadonlyMap<string, string>;
  /** Comma-separated codes from the URL. */
  readonly picked: string;
  readonly onPicked: (codes: string) => void;
}) {
  const { t, locale } = useI18n();
  const d = t.keyFigure.development;
  // The series' default level, from one municipality's series (the same for every one).
  const money = isMoneyUnit(keyFigure.unit);
  const probe = chosen ?? names.keys().next().value;
  const level = useApi(
    'series',
    money && probe ? { keyFigure: keyFigure.id, municipality: probe } : null,
  );
  const prices = level.data?.prices ?? null;
  const base = prices?.basis === 'fixed' && prices.year !== null ? String(prices.year) : undefined;
  const fixed = useFigureYears(keyFigure, base, base !== undefined);
  const used = base !== undefined ? fixed : all;
  // A query that is still pending has no error (react-query's types say so).
  const pending = (money && level.isPending) || used.pending;
  const unit = money
    ? unitWithPrices(
        locale,
        keyFigure.unit,
        base !== undefined ? prices : { basis: 'current', year: null },
      )
    : unitWithPrices(locale, keyFigure.unit, null);
  const [adding, setAdding] = useState('');
  const [refused, setRefused] = useState(false);
  const codes = picked
    .split(',')
    .filter((c) => names.has(c))
    .slice(0, MAX_PICKED);

  const lines: DevelopmentLine[] = codes.length
    ? codes.map((code, i) => ({
        code,
        name: names.get(code) ?? code,
        colour: PICKED[i] ?? COLOURS.ink,
        width: code === chosen ? 3 : 2,
      }))
    : chosen
      ? [
          { code: chosen, name: names.get(chosen) ?? chosen, colour: COLOURS.chosen, width: 3 },
          ...peers.map((code) => ({
            code,
            name: names.get(code) ?? code,
            colour: COLOURS.peer,
            width: 1.25,
          })),
        ]
      : [];

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!adding) return;
    if (codes.length >= MAX_PICKED) {
      setRefused(true);
      return;
    }
    const start = codes.length === 0 && chosen && chosen !== adding ? [chosen] : codes;
    if (!start.includes(adding)) onPicked([...start, adding].slice(0, MAX_PICKED).join(','));
    setAdding('');
    setRefused(false);
  };
  const remove = (code: string) => {
    onPicked(codes.filter((c) => c !== code).join(','));
    setRefused(false);
  };
  const options = [
    { value: '', label: d.addNone },
    ...[...names.entries()]
      .filter(([code]) => !codes.includes(code))
      .sort((a, b) => a[1].localeCompare(b[1], 'da'))
      .map(([value, label]) => ({ value, label })),
  ];

  return (
    <section aria-labelledby="kf-development-heading">
      <h2 id="kf-development-heading">{d.heading}</h2>
      <p>
        {d.intro}{' '}
        {codes.length
          ? d.introPicked
          : chosen
            ? d.introPeers(names.get(chosen) ?? chosen)
            : d.introNone}
      </p>
      <form className="controls kf-pick" onSubmit={add}>
        <Select label={d.add} name="add" value={adding} options={options} onChange={setAdding} />
        <button type="submit">{d.addButton}</button>
      </form>
      {refused ? (
        <p className="error" role="alert">
          {d.max}
        </p>
      ) : null}
      {codes.length ? (
        <ul className="kf-chips" aria-label={d.picked}>
          {codes.map((code, i) => (
            <li key={code}>
              <span className="kf-swatch" style={{ background: PICKED[i] }} aria-hidden="true" />
              {names.get(code)}{' '}
              <button
                type="button"
                className="kf-remove"
                aria-label={d.remove(names.get(code) ?? code)}
                onClick={() => remove(code)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {pending ? (
        <Loading height={HEIGHT} />
      ) : (
        <DevelopmentChart
          keyFigure={keyFigure}
          years={used.years}
          byYear={used.byYear}
          docs={used.docs}
          unit={unit}
          lines={lines}
          reference={reference}
        />
      )}
    </section>
  );
}
