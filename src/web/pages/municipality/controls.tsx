import { useApi, type PackageYear, type PackageYearsDocument } from '../../api/index.ts';
import { Select, type Option } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { PEER_CHOICES } from './peer-choice.ts';
import { LOW_COVERAGE, pickerYears, type YearFacts } from './years.ts';

/** The page's choices, kept in the URL. */
export type Choice = 'year' | 'benchmark' | 'peers' | 'prices';

/**
 * Year (each with its kind, figures and coverage), benchmark level, peer group and price
 * level; each change goes to the URL and refetches. Beside the year, in words, when it is
 * budget or covers little of the spending.
 */
export function Controls({
  years,
  year,
  benchmark,
  peers,
  prices,
  updating,
  facts,
  fellBackTo,
  onChange,
}: {
  readonly years: PackageYearsDocument | undefined;
  readonly year: number | undefined;
  readonly benchmark: string;
  readonly peers: string;
  /** '' for the API's default (each year's own prices), else a base year. */
  readonly prices: string;
  readonly updating: boolean;
  /** The chosen year's kind and coverage: the package's once it is loaded. */
  readonly facts: YearFacts | undefined;
  /** The level the package is shown in when the asked one could not be reached, in words. */
  readonly fellBackTo: string | undefined;
  readonly onChange: (changes: Partial<Record<Choice, string>>) => void;
}) {
  const { t, f } = useI18n();
  const m = t.municipality.controls;
  const y = t.municipality.year;
  const saved = useApi('peer-groups', {});
  const index = useApi('price-index', {});
  const listed = years ? pickerYears(years, year) : [];
  const pct = (share: number | null) => (share === null ? null : f.percent(share * 100, 0));
  const kindOf = (p: PackageYear) => (p.yearKind ? (t.common.yearKinds[p.yearKind] ?? null) : null);
  const yearOptions: Option[] = listed.map((p) => ({
    value: String(p.year),
    label: y.option({
      year: p.year,
      kind: kindOf(p),
      figures: p.figures,
      coverage: pct(p.coverage),
      comparable: p.comparable,
    }),
  }));
  const levelOptions: Option[] = Object.entries(t.common.levels).map(([value, label]) => ({
    value,
    label,
  }));
  const peerOptions: Option[] = [
    ...PEER_CHOICES.map((value) => ({ value, label: t.common.peerGroups[value] ?? value })),
    ...(saved.data?.groups ?? []).map((g) => ({
      value: `saved:${g.name}`,
      label: m.savedGroup(g.name),
    })),
  ];
  // Fixed prices of the years the general price index reaches, newest first. A package year
  // the index does not reach cannot be shown in them; the page then says why.
  const indexYears = [
    ...new Set((index.data?.years ?? []).filter((y) => y.keyFigureId === null).map((y) => y.year)),
  ].sort((a, b) => b - a);
  const priceOptions: Option[] = [
    { value: '', label: m.pricesDefault },
    ...(prices === 'current' ? [{ value: 'current', label: m.pricesCurrent }] : []),
    ...indexYears.map((py) => ({ value: String(py), label: m.pricesFixed(py) })),
  ];
  // A choice the lists do not (yet) hold is still shown as chosen, not silently replaced.
  const withCurrent = (options: Option[], value: string) =>
    value === '' || options.some((o) => o.value === value)
      ? options
      : [...options, { value, label: value }];

  return (
    <section className="controls muni-controls" aria-label={m.label}>
      <div className="muni-year-field">
        <Select
          label={t.common.controls.year}
          name="year"
          value={year !== undefined ? String(year) : ''}
          options={withCurrent(yearOptions, year !== undefined ? String(year) : '')}
          onChange={(v) => onChange({ year: v })}
        />
        {facts ? <YearNote facts={facts} /> : <p className="muni-year-note" />}
      </div>
      <Select
        label={t.common.controls.benchmark}
        name="benchmark"
        value={benchmark}
        options={withCurrent(levelOptions, benchmark)}
        onChange={(v) => onChange({ benchmark: v })}
      />
      <Select
        label={t.common.controls.peers}
        name="peers"
        value={peers}
        options={withCurrent(peerOptions, peers)}
        onChange={(v) => onChange({ peers: v })}
      />
      <div className="muni-prices-field">
        <Select
          label={m.prices}
          name="prices"
          value={prices}
          options={withCurrent(priceOptions, prices)}
          onChange={(v) => onChange({ prices: v })}
        />
        {fellBackTo ? (
          <p className="muni-year-note muni-year-note-marked" data-testid="prices-note">
            <span className="warning-icon" aria-hidden="true">
              ⚠{' '}
            </span>
            {t.common.prices.shownAs(fellBackTo)}
          </p>
        ) : null}
      </div>
      <p className="muni-updating" role="status" aria-live="polite">
        {updating ? m.updating : ''}
      </p>
      <button type="button" className="muni-print" onClick={() => window.print()}>
        {m.print}
      </button>
    </section>
  );
}

/**
 * The chosen year's kind and coverage in words, right below the year: "regnskab 2018 · dækning
 * 97 %", and marked when it is budget or covers less than half ("budget 2019", "dækker kun
 * 17 % af udgifterne").
 */
function YearNote({ facts: p }: { readonly facts: YearFacts }) {
  const { t, f } = useI18n();
  const y = t.municipality.year;
  const kind = p.yearKind ? (t.common.yearKinds[p.yearKind] ?? p.yearKind) : null;
  const pct = p.coverage === null ? null : f.percent(p.coverage * 100, 0);
  const low = p.coverage !== null && p.coverage < LOW_COVERAGE;
  const marked = p.yearKind === 'budget' || p.yearKind === 'estimate' || low || !p.comparable;
  const parts = [
    kind ? t.common.kindYear(kind, p.year) : String(p.year),
    pct === null ? null : low ? y.lowCoverage(pct) : y.coverage(pct),
    p.comparable || p.coverage === null ? null : y.notComparable,
  ].filter((s): s is string => s !== null);
  return (
    <p
      className={`muni-year-note${marked ? ' muni-year-note-marked' : ''}`}
      data-testid="year-note"
    >
      {marked ? (
        <span className="warning-icon" aria-hidden="true">
          ⚠{' '}
        </span>
      ) : null}
      <span className="visually-hidden">{y.note}: </span>
      {parts.join(' · ')}
    </p>
  );
}
