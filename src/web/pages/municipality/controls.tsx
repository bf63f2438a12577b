import { useApi, type KeyFigureDocument } from '../../api/index.ts';
import { Select, type Option } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { PEER_CHOICES } from './peer-choice.ts';
import { packageYears } from './years.ts';

/** The page's choices, kept in the URL. */
export type Choice = 'year' | 'benchmark' | 'peers';

interface SavedGroups {
  readonly groups: readonly { readonly name: string; readonly codes: readonly string[] }[];
}

/** Year, benchmark level and peer group; each change goes to the URL and refetches. */
export function Controls({
  keyFigures,
  year,
  benchmark,
  peers,
  updating,
  onChange,
}: {
  readonly keyFigures: readonly KeyFigureDocument[] | undefined;
  readonly year: number | undefined;
  readonly benchmark: string;
  readonly peers: string;
  readonly updating: boolean;
  readonly onChange: (changes: Partial<Record<Choice, string>>) => void;
}) {
  const { t } = useI18n();
  const m = t.municipality.controls;
  const saved = useApi<SavedGroups>('peer-groups', {});
  const years = keyFigures ? packageYears(keyFigures) : year !== undefined ? [year] : [];
  const yearOptions: Option[] = years.map((y) => ({ value: String(y), label: String(y) }));
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
  // A choice the lists do not (yet) hold is still shown as chosen, not silently replaced.
  const withCurrent = (options: Option[], value: string) =>
    value === '' || options.some((o) => o.value === value)
      ? options
      : [...options, { value, label: value }];

  return (
    <section className="controls muni-controls" aria-label={m.label}>
      <Select
        label={t.common.controls.year}
        name="year"
        value={year !== undefined ? String(year) : ''}
        options={withCurrent(yearOptions, year !== undefined ? String(year) : '')}
        onChange={(v) => onChange({ year: v })}
      />
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
      <p className="muni-updating" role="status" aria-live="polite">
        {updating ? m.updating : ''}
      </p>
      <button type="button" className="muni-print" onClick={() => window.print()}>
        {m.print}
      </button>
    </section>
  );
}
