import { useApi, type ReportChoice } from '../../api/index.ts';
import { Select, type Option } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { PEER_CHOICES } from '../municipality/peer-choice.ts';

/** The report's choices a reader or editor makes (year '' and prices '': the default). */
export type Choices = Omit<ReportChoice, 'draft'>;

/**
 * Year, comparison group (as the kommune page offers them, saved groups too), price level and
 * the report's language; a choice the lists do not hold is still shown as chosen.
 */
export function ReportChoices({
  code,
  choice,
  onChange,
}: {
  readonly code: string;
  readonly choice: Choices;
  readonly onChange: (change: Partial<Choices>) => void;
}) {
  const { t } = useI18n();
  const c = t.report.choices;
  const m = t.municipality.controls;
  const years = useApi('package-years', { municipality: code });
  const saved = useApi('peer-groups', {});
  const index = useApi('price-index', {});
  const yearOptions: Option[] = [
    { value: '', label: c.yearDefault },
    ...[...(years.data?.years ?? [])]
      .sort((a, b) => b.year - a.year)
      .map((y) => ({
        value: String(y.year),
        label: y.yearKind
          ? t.common.kindYear(t.common.yearKinds[y.yearKind] ?? y.yearKind, y.year)
          : String(y.year),
      })),
  ];
  const peerOptions: Option[] = [
    ...PEER_CHOICES.map((value) => ({ value, label: t.common.peerGroups[value] ?? value })),
    ...(saved.data?.groups ?? []).map((g) => ({
      value: `saved:${g.name}`,
      label: c.savedGroup(g.name),
    })),
  ];
  const indexYears = [
    ...new Set((index.data?.years ?? []).filter((y) => y.keyFigureId === null).map((y) => y.year)),
  ].sort((a, b) => b - a);
  const priceOptions: Option[] = [
    { value: '', label: m.pricesDefault },
    { value: 'current', label: m.pricesCurrent },
    ...indexYears.map((py) => ({ value: String(py), label: m.pricesFixed(py) })),
  ];
  const langOptions: Option[] = (['da', 'en'] as const).map((l) => ({
    value: l,
    label: c.langs[l],
    lang: l,
  }));
  const withCurrent = (options: Option[], value: string) =>
    value === '' || options.some((o) => o.value === value)
      ? options
      : [...options, { value, label: value }];
  return (
    <section className="controls report-choices" aria-labelledby="report-choices-heading">
      <h2 id="report-choices-heading" className="report-subheading">
        {c.heading}
      </h2>
      <div className="report-choice-fields">
        <Select
          label={c.year}
          name="year"
          value={choice.year}
          options={withCurrent(yearOptions, choice.year)}
          onChange={(year) => onChange({ year })}
        />
        <Select
          label={c.peers}
          name="peers"
          value={choice.peers}
          options={withCurrent(peerOptions, choice.peers)}
          onChange={(peers) => onChange({ peers })}
        />
        <Select
          label={c.prices}
          name="prices"
          value={choice.prices}
          options={withCurrent(priceOptions, choice.prices)}
          onChange={(prices) => onChange({ prices })}
        />
        <Select
          label={c.lang}
          name="lang"
          value={choice.lang}
          options={langOptions}
          onChange={(lang) => onChange({ lang: lang === 'en' ? 'en' : 'da' })}
        />
      </div>
    </section>
  );
}
