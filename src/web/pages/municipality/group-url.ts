// The page's own comparison group in the URL's `peers` value, in the API's spelling
// (decision 0009): nearest[:<k>][;vars=<variable>[:<weight>],…][;add=<code>,…][;remove=<code>,…].
// The server parses and refuses it (400 naming the value); this reads it for the panel and
// finds the same problems first, so the page can say what is wrong in the reader's language.

/** The structural variables a group can be built on (the API lists the same). */
export const GROUP_VARIABLES = [
  'log-population',
  'log-density',
  'share-0-17',
  'share-67-plus',
  'socioeconomic-index',
  'expenditure-need',
  'tax-base',
  'urban-share',
  'non-western-citizens',
] as const;

/** The variables of the default set, each with weight 1. */
export const DEFAULT_VARIABLES = GROUP_VARIABLES.slice(0, 8);

export const DEFAULT_K = 10;
export const K_MIN = 1;
export const K_MAX = 97;
export const MAX_WEIGHT = 100;

/** A nearest group as the panel edits it. */
export interface OwnGroup {
  readonly k: number;
  /** Own variables with weights; null = each theme's own set (the default). */
  readonly variables: readonly { readonly name: string; readonly weight: number }[] | null;
  readonly add: readonly string[];
  readonly remove: readonly string[];
}

/** One thing wrong with the value, and the value it is about. */
export type GroupProblem =
  | { readonly kind: 'k-not-whole'; readonly value: string }
  | { readonly kind: 'k-range'; readonly value: string }
  | { readonly kind: 'unknown-variable'; readonly value: string }
  | { readonly kind: 'duplicate-variable'; readonly value: string }
  | { readonly kind: 'bad-weight'; readonly value: string; readonly variable: string }
  | { readonly kind: 'all-zero'; readonly value: string }
  | { readonly kind: 'unknown-member'; readonly value: string }
  | { readonly kind: 'duplicate-member'; readonly value: string }
  | { readonly kind: 'own-member'; readonly value: string }
  | { readonly kind: 'unknown-part'; readonly value: string };

/** The panel's reading of a `peers` value: the group (as far as it reads) and its problems. */
export interface GroupReading {
  readonly group: OwnGroup;
  readonly problems: readonly GroupProblem[];
}

export const isNearest = (peers: string): boolean => /^nearest(?:$|[:;])/i.test(peers.trim());

/**
 * Reads a nearest group; `codes` are the municipalities that exist, `self` the page's.
 * @example readGroup('nearest:12;add=101', codes, '766').group.add // ['101']
 */
export function readGroup(peers: string, codes: ReadonlySet<string>, self: string): GroupReading {
  const problems: GroupProblem[] = [];
  const [head = '', ...parts] = peers.trim().toLowerCase().split(';');
  let k = DEFAULT_K;
  const kText = head.replace(/^nearest:?/, '').trim();
  if (kText !== '') {
    if (!/^[-+]?\d+$/.test(kText)) problems.push({ kind: 'k-not-whole', value: kText });
    else if (Number(kText) < K_MIN || Number(kText) > K_MAX)
      problems.push({ kind: 'k-range', value: kText });
    else k = Number(kText);
  }
  let variables: { name: string; weight: number }[] | null = null;
  const add: string[] = [];
  const remove: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const m = /^(vars|add|remove)=(.*)$/.exec(part);
    if (!m) {
      problems.push({ kind: 'unknown-part', value: part });
      continue;
    }
    const items = (m[2] ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (m[1] === 'vars') {
      variables = [];
      for (const item of items) {
        const [name = '', ...w] = item.split(':');
        if (!(GROUP_VARIABLES as readonly string[]).includes(name)) {
          problems.push({ kind: 'unknown-variable', value: name });
          continue;
        }
        if (variables.some((v) => v.name === name)) {
          problems.push({ kind: 'duplicate-variable', value: name });
          continue;
        }
        const text = w.join(':');
        const ok = text === '' || (/^\d+(?:\.\d+)?$/.test(text) && Number(text) <= MAX_WEIGHT);
        if (!ok) problems.push({ kind: 'bad-weight', value: text, variable: name });
        variables.push({ name, weight: ok && text !== '' ? Number(text) : 1 });
      }
      if (variables.length > 0 && variables.every((v) => v.weight === 0))
        problems.push({ kind: 'all-zero', value: part });
    } else {
      const list = m[1] === 'add' ? add : remove;
      for (const item of items) {
        const code = /^\d+$/.test(item) ? String(Number(item)) : item;
        if (!codes.has(code)) problems.push({ kind: 'unknown-member', value: item });
        else if (add.includes(code) || remove.includes(code))
          problems.push({ kind: 'duplicate-member', value: code });
        else if (m[1] === 'add' && code === self)
          problems.push({ kind: 'own-member', value: code });
        else list.push(code);
      }
    }
  }
  return { group: { k, variables, add, remove }, problems };
}

/**
 * The canonical `peers` value of a group; `nearest` alone for the default group, which the
 * URL then leaves out.
 * @example writeGroup({ k: 12, variables: null, add: ['101'], remove: [] }) // 'nearest:12;add=101'
 */
export function writeGroup(g: OwnGroup): string {
  const parts = [g.k === DEFAULT_K ? 'nearest' : `nearest:${g.k}`];
  if (g.variables)
    parts.push(
      `vars=${g.variables.map((v) => (v.weight === 1 ? v.name : `${v.name}:${v.weight}`)).join(',')}`,
    );
  if (g.add.length > 0) parts.push(`add=${g.add.join(',')}`);
  if (g.remove.length > 0) parts.push(`remove=${g.remove.join(',')}`);
  return parts.join(';');
}

/** A group saved in this browser, for one municipality. */
export interface SavedGroup {
  readonly name: string;
  readonly peers: string;
}

const STORE = 'potentiale.groups.v1';

type Store = Readonly<Record<string, readonly SavedGroup[]>>;

function readStore(storage: Storage | undefined): Store {
  try {
    const raw = storage?.getItem(STORE);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed !== null && typeof parsed === 'object' ? (parsed as Store) : {};
  } catch {
    return {};
  }
}

/** The groups saved in this browser for a municipality, by name. */
export function savedGroups(code: string, storage: Storage | undefined): readonly SavedGroup[] {
  const list = readStore(storage)[code];
  return Array.isArray(list)
    ? list.filter(
        (g): g is SavedGroup =>
          typeof g === 'object' && typeof g.name === 'string' && typeof g.peers === 'string',
      )
    : [];
}

/** Saves (or replaces by name) a group for a municipality; returns the new list. */
export function saveGroup(
  code: string,
  group: SavedGroup,
  storage: Storage | undefined,
): readonly SavedGroup[] {
  const store = readStore(storage);
  const list = [...savedGroups(code, storage).filter((g) => g.name !== group.name), group].sort(
    (a, b) => a.name.localeCompare(b.name, 'da'),
  );
  storage?.setItem(STORE, JSON.stringify({ ...store, [code]: list }));
  return list;
}

/** Deletes a saved group by name; returns the new list. */
export function deleteGroup(
  code: string,
  name: string,
  storage: Storage | undefined,
): readonly SavedGroup[] {
  const store = readStore(storage);
  const list = savedGroups(code, storage).filter((g) => g.name !== name);
  storage?.setItem(STORE, JSON.stringify({ ...store, [code]: list }));
  return list;
}
