import { useId, useMemo, useState } from 'react';
import {
  useApi,
  type Municipality,
  type PackageDocument,
  type PeersDocument,
} from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import {
  DEFAULT_VARIABLES,
  GROUP_VARIABLES,
  K_MAX,
  K_MIN,
  MAX_WEIGHT,
  isNearest,
  readGroup,
  writeGroup,
  type GroupProblem,
  type OwnGroup,
} from './group-url.ts';
import { Members, Saved } from './group-members.tsx';
import { ServerGroups } from './server-groups.tsx';
import './group.css';

/**
 * The page's own comparison group (issue 14), like Kolada's search for similar municipalities:
 * k, the structural conditions and their weights with each one's share of the distance, the
 * members with why each is there, adding by search and removing, and groups saved in this
 * browser. Everything is kept in the URL's `peers` value, in the API's spelling.
 */
export function GroupPanel({
  code,
  year,
  peers,
  municipalities,
  pkg,
  groupName,
  onPeers,
}: {
  readonly code: string;
  readonly year: number | undefined;
  readonly peers: string;
  readonly municipalities: readonly Municipality[];
  readonly pkg: PackageDocument | undefined;
  readonly groupName: string;
  readonly onPeers: (peers: string) => void;
}) {
  const { t, locale } = useI18n();
  const m = t.group;
  const codes = useMemo(() => new Set(municipalities.map((x) => x.code)), [municipalities]);
  const names = useMemo(
    () => new Map(municipalities.map((x) => [x.code, x.name] as const)),
    [municipalities],
  );
  const nearest = isNearest(peers);
  const reading = nearest ? readGroup(peers, codes, code) : undefined;
  const small = pkg?.warnings.filter((w) => w.code === 'small-group') ?? [];
  const set = (g: OwnGroup) => onPeers(writeGroup(g));
  const usable = reading && reading.problems.length === 0 ? peers : undefined;
  // What "save for the municipality" saves: the members shown (the same query as Members).
  const shown = useApi(
    'peers',
    year !== undefined && usable !== undefined ? { municipality: code, year, peers: usable } : null,
  );
  const members = reading
    ? shown.data?.peers.map((p) => p.code)
    : Object.values(pkg?.groups ?? {})[0]?.members.filter((c) => c !== code);
  const server = (
    <ServerGroups code={code} name={names.get(code) ?? code} members={members} onApply={onPeers} />
  );

  return (
    <section className="muni-section group-panel" aria-labelledby="group-heading">
      <h2 id="group-heading">{m.heading}</h2>
      <p className="group-lead">{m.lead}</p>
      {small.map((w) => (
        <p key={w.code} className="group-small" role="status" data-testid="group-small">
          <span className="warning-icon" aria-hidden="true">
            ⚠{' '}
          </span>
          <strong>{m.smallGroup}:</strong> {locale === 'en' ? w.messageEn : w.messageDa}
        </p>
      ))}
      {!reading ? (
        <div className="group-not-nearest">
          <p>{m.notNearest(groupName)}</p>
          <button type="button" onClick={() => onPeers('nearest')}>
            {m.makeOwn}
          </button>
          {server}
        </div>
      ) : (
        <>
          {reading.problems.length > 0 ? (
            <Problems problems={reading.problems} onReset={() => onPeers('nearest')} />
          ) : null}
          <div className="group-grid">
            <div className="group-settings">
              <KField group={reading.group} onChange={set} />
              <Variables
                group={reading.group}
                code={code}
                year={year}
                peers={reading.problems.length === 0 ? peers : undefined}
                onChange={set}
              />
            </div>
            <div className="group-members-box">
              <Members
                code={code}
                year={year}
                peers={reading.problems.length === 0 ? peers : undefined}
                group={reading.group}
                names={names}
                onChange={set}
              />
              <Saved code={code} peers={peers} onApply={onPeers} />
              {server}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function Problems({
  problems,
  onReset,
}: {
  readonly problems: readonly GroupProblem[];
  readonly onReset: () => void;
}) {
  const { t } = useI18n();
  const m = t.group;
  return (
    <div className="error group-problems" role="alert" data-testid="group-problems">
      <p>
        <strong>{m.problemsHeading}:</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.kind === 'bad-weight'
              ? m.problems['bad-weight'](p.value, p.variable)
              : m.problems[p.kind](p.value)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onReset}>
        {m.reset}
      </button>
    </div>
  );
}

function KField({
  group,
  onChange,
}: {
  readonly group: OwnGroup;
  readonly onChange: (g: OwnGroup) => void;
}) {
  const { t } = useI18n();
  const m = t.group;
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(group.k);
  const problem: GroupProblem | undefined =
    text === null
      ? undefined
      : !/^\d+$/.test(text.trim())
        ? { kind: 'k-not-whole', value: text }
        : Number(text) < K_MIN || Number(text) > K_MAX
          ? { kind: 'k-range', value: text.trim() }
          : undefined;
  const commit = (v: string) => {
    setText(v);
    if (/^\d+$/.test(v.trim()) && Number(v) >= K_MIN && Number(v) <= K_MAX) {
      onChange({ ...group, k: Number(v) });
      setText(null);
    }
  };
  return (
    <div className="group-k field">
      <label htmlFor={id}>{m.k}</label>
      <input
        id={id}
        name="k"
        type="number"
        inputMode="numeric"
        min={K_MIN}
        max={K_MAX}
        step={1}
        value={shown}
        aria-describedby={`${id}-help`}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => commit(e.target.value)}
      />
      <p id={`${id}-help`} className="group-help">
        {problem
          ? problem.kind === 'k-range'
            ? m.problems['k-range'](problem.value)
            : m.problems['k-not-whole'](problem.value)
          : m.kHelp(K_MIN, K_MAX)}
      </p>
    </div>
  );
}

/** The weight a variable has in the group: its own, else 1 in the default set and 0 outside. */
function weightOf(group: OwnGroup, name: string): number {
  if (group.variables) return group.variables.find((v) => v.name === name)?.weight ?? 0;
  return (DEFAULT_VARIABLES as readonly string[]).includes(name) ? 1 : 0;
}

function Variables({
  group,
  code,
  year,
  peers,
  onChange,
}: {
  readonly group: OwnGroup;
  readonly code: string;
  readonly year: number | undefined;
  readonly peers: string | undefined;
  readonly onChange: (g: OwnGroup) => void;
}) {
  const { t, f } = useI18n();
  const m = t.group;
  const names = t.municipality.peers.variableNames;
  const query = useApi(
    'peers',
    year !== undefined && peers !== undefined ? { municipality: code, year, peers } : null,
  );
  const shares = averageShares(query.data);
  const setWeight = (name: string, weight: number) => {
    const next = GROUP_VARIABLES.map((v) => ({
      name: v,
      weight: v === name ? weight : weightOf(group, v),
    })).filter((v) => v.weight > 0);
    onChange({
      ...group,
      variables: next.length > 0 ? next : [{ name, weight: 0 }],
    });
  };
  return (
    <fieldset className="group-variables">
      <legend>{m.variables}</legend>
      <p className="group-help">{m.variablesHelp}</p>
      {group.variables === null ? <p className="group-help">{m.themeSets}</p> : null}
      <div className="table-scroll" role="region" aria-label={m.variables} tabIndex={0}>
        <table className="group-variable-table">
          <thead>
            <tr>
              <th scope="col">{m.variableHeader}</th>
              <th scope="col">{m.weightHeader}</th>
              <th scope="col">{m.share}</th>
            </tr>
          </thead>
          <tbody>
            {GROUP_VARIABLES.map((v) => {
              const w = weightOf(group, v);
              const share = shares.get(v);
              const label = names[v] ?? m.extraNames[v] ?? v;
              return (
                <tr key={v} data-variable={v}>
                  <th scope="row">{label}</th>
                  <td>
                    <WeightInput
                      label={m.weight(label)}
                      value={w}
                      onChange={(x) => setWeight(v, x)}
                    />
                  </td>
                  <td className="group-share">
                    {share === undefined || w === 0 ? (
                      '–'
                    ) : (
                      <>
                        <span className="group-bar" aria-hidden="true">
                          <span style={{ width: `${Math.round(share * 100)}%` }} />
                        </span>
                        <span data-testid={`share-${v}`}>{f.percent(share * 100, 0)}</span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {group.variables !== null ? (
        <button type="button" onClick={() => onChange({ ...group, variables: null })}>
          {m.resetVariables}
        </button>
      ) : null}
    </fieldset>
  );
}

function WeightInput({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: number;
  readonly onChange: (w: number) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  const ok = (s: string) =>
    /^\d+(?:[.,]\d+)?$/.test(s.trim()) && Number(s.replace(',', '.')) <= MAX_WEIGHT;
  return (
    <input
      type="number"
      className="group-weight"
      aria-label={label}
      min={0}
      max={MAX_WEIGHT}
      step={0.5}
      value={text ?? String(value)}
      aria-invalid={text !== null && !ok(text) ? true : undefined}
      onChange={(e) => {
        const s = e.target.value;
        setText(s);
        if (ok(s)) {
          onChange(Number(s.replace(',', '.')));
          setText(null);
        }
      }}
    />
  );
}

/** Each variable's mean share of the squared distance over the members that have one. */
function averageShares(d: PeersDocument | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!d) return out;
  const measured = d.peers.filter((p) => Object.keys(p.contributions).length > 0);
  for (const v of d.variables) {
    const sum = measured.reduce((a, p) => a + (p.contributions[v.name] ?? 0), 0);
    out.set(v.name, measured.length > 0 ? sum / measured.length : 0);
  }
  return out;
}
