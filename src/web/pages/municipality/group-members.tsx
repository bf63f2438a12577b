import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../api/index.ts';
import { ErrorMessage, Loading, MunicipalitySearch } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import {
  deleteGroup,
  saveGroup,
  savedGroups,
  type OwnGroup,
  type SavedGroup,
} from './group-url.ts';
import { explainPeer } from './peer-explanation.ts';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** The members with why each is there, removing each, adding by search, and what was removed. */
export function Members({
  code,
  year,
  peers,
  group,
  names,
  onChange,
}: {
  readonly code: string;
  readonly year: number | undefined;
  readonly peers: string | undefined;
  readonly group: OwnGroup;
  readonly names: ReadonlyMap<string, string>;
  readonly onChange: (g: OwnGroup) => void;
}) {
  const { t, f } = useI18n();
  const m = t.group;
  const variableName = (v: string) => t.municipality.peers.variableNames[v] ?? m.extraNames[v] ?? v;
  const query = useApi(
    'peers',
    year !== undefined && peers !== undefined ? { municipality: code, year, peers } : null,
  );
  const nameOf = (c: string) => names.get(c) ?? c;
  const removeMember = (c: string) =>
    onChange({
      ...group,
      add: group.add.filter((x) => x !== c),
      remove: group.add.includes(c) ? group.remove : [...group.remove, c],
    });
  const addMember = (c: string) => {
    if (c === code) return;
    onChange({
      ...group,
      remove: group.remove.filter((x) => x !== c),
      add: group.add.includes(c) || group.remove.includes(c) ? group.add : [...group.add, c],
    });
  };
  return (
    <div className="group-members">
      <h3>{m.members}</h3>
      {peers === undefined ? null : query.error ? (
        <ErrorMessage error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <Loading height={320} />
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-label={m.membersCaption(query.data.peers.length)}
          tabIndex={0}
        >
          <table className="group-member-table" data-testid="group-members">
            <caption>{m.membersCaption(query.data.peers.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col" className="num">
                  {m.distance}
                </th>
                <th scope="col">{m.why}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.removeShort}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.peers.map((p) => {
                const why = explainPeer(p.contributions);
                return (
                  <tr key={p.code} data-code={p.code}>
                    <th scope="row">
                      <Link href={`/kommune/${p.code}`}>{p.name}</Link>
                      {p.addedByHand ? <span className="group-tag"> {m.addedByHand}</span> : null}
                    </th>
                    <td className="num">
                      {p.distance === null ? m.noDistance : f.number(p.distance, 2)}
                    </td>
                    <td>
                      {why.closest.length > 0
                        ? t.municipality.peers.closest(
                            why.closest.map((s) => variableName(s.variable)).join(', '),
                          )
                        : ''}{' '}
                      {why.furthest.length > 0
                        ? t.municipality.peers.furthest(
                            why.furthest
                              .map((s) =>
                                t.municipality.peers.share(
                                  variableName(s.variable),
                                  f.percent(s.share * 100, 0),
                                ),
                              )
                              .join(', '),
                          )
                        : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="group-remove"
                        aria-label={m.remove(p.name)}
                        onClick={() => removeMember(p.code)}
                      >
                        {m.removeShort}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="group-add">
        <MunicipalitySearch label={m.add} onSelect={addMember} />
      </div>
      {group.remove.length > 0 ? (
        <div className="group-removed">
          <h4>{m.removed}</h4>
          <ul>
            {group.remove.map((c) => (
              <li key={c}>
                {nameOf(c)}{' '}
                <button
                  type="button"
                  aria-label={m.putBack(nameOf(c))}
                  onClick={() =>
                    onChange({ ...group, remove: group.remove.filter((x) => x !== c) })
                  }
                >
                  ↺
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The groups saved in this browser for the municipality: use, delete, save the current one. */
export function Saved({
  code,
  peers,
  onApply,
}: {
  readonly code: string;
  readonly peers: string;
  readonly onApply: (peers: string) => void;
}) {
  const { t } = useI18n();
  const m = t.group;
  const id = useId();
  const [list, setList] = useState<readonly SavedGroup[]>(() => savedGroups(code, storage()));
  const [name, setName] = useState('');
  const [done, setDone] = useState('');
  return (
    <div className="group-saved">
      <h3>{m.saved}</h3>
      {list.length === 0 ? (
        <p className="group-help">{m.savedNone}</p>
      ) : (
        <ul data-testid="saved-groups">
          {list.map((g) => (
            <li key={g.name}>
              <button type="button" onClick={() => onApply(g.peers)}>
                {m.apply(g.name)}
              </button>{' '}
              <button
                type="button"
                className="group-delete"
                aria-label={m.delete(g.name)}
                onClick={() => setList(deleteGroup(code, g.name, storage()))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="group-save"
        onSubmit={(e) => {
          e.preventDefault();
          const n = name.trim();
          if (n === '') return;
          setList(saveGroup(code, { name: n, peers }, storage()));
          setDone(m.savedDone(n));
          setName('');
        }}
      >
        <label htmlFor={id}>{m.saveName}</label>
        <input
          id={id}
          type="text"
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">{m.saveButton}</button>
      </form>
      <p role="status" className="group-help">
        {done}
      </p>
    </div>
  );
}
