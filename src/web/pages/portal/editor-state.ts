import type { NewPortalItem, PortalItemDocument, SessionUser } from '../../api/index.ts';

/** The editor's fields as the form holds them (texts as typed; '' for "none"). */
export interface EditorState {
  readonly kind: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly themes: readonly string[];
  readonly topics: readonly string[];
  readonly keyFigures: readonly string[];
  readonly municipalities: readonly string[];
  /** The owner municipality's code; '' for an item of the national editors. */
  readonly municipality: string;
  readonly startYear: string;
  readonly contactName: string;
  readonly contactRole: string;
  readonly contactEmail: string;
  readonly links: readonly { readonly title: string; readonly url: string }[];
  /** One source per line. */
  readonly sources: string;
  readonly status: string;
  readonly example: boolean;
}

/**
 * A new item's fields: a municipality editor's item is owned by (and about) its first
 * municipality; a national editor's by none.
 */
export function emptyState(user: SessionUser | undefined): EditorState {
  const own = user?.role === 'municipality-editor' ? (user.municipalities[0] ?? '') : '';
  return {
    kind: 'case',
    title: '',
    summary: '',
    body: '',
    themes: [],
    topics: [],
    keyFigures: [],
    municipalities: own === '' ? [] : [own],
    municipality: own,
    startYear: '',
    contactName: '',
    contactRole: '',
    contactEmail: '',
    links: [],
    sources: '',
    status: 'draft',
    example: false,
  };
}

/** A stored item's fields in the form. */
export function stateOf(d: PortalItemDocument): EditorState {
  return {
    kind: d.kind,
    title: d.title,
    summary: d.summary,
    body: d.body,
    themes: d.themes,
    topics: d.topics,
    keyFigures: d.keyFigures,
    municipalities: d.municipalities,
    municipality: d.municipality ?? '',
    startYear: d.startYear === null ? '' : String(d.startYear),
    contactName: d.contact?.name ?? '',
    contactRole: d.contact?.role ?? '',
    contactEmail: d.contact?.email ?? '',
    links: d.links,
    sources: d.sources.join('\n'),
    status: d.status,
    example: d.example,
  };
}

/**
 * The request body of the form's fields (the server checks them and answers in Danish): an
 * empty contact is none, empty links and source lines are left out.
 */
export function bodyOf(s: EditorState): Omit<NewPortalItem, 'initiativeId'> {
  const year = s.startYear.trim();
  const contact =
    s.contactName.trim() === '' && s.contactEmail.trim() === '' && s.contactRole.trim() === ''
      ? null
      : { name: s.contactName, role: s.contactRole, email: s.contactEmail };
  return {
    kind: s.kind as NewPortalItem['kind'],
    title: s.title,
    summary: s.summary,
    body: s.body,
    themes: s.themes as NonNullable<NewPortalItem['themes']>,
    topics: s.topics as NonNullable<NewPortalItem['topics']>,
    keyFigures: s.keyFigures,
    municipalities: s.municipalities,
    municipality: s.municipality === '' ? null : s.municipality,
    startYear: year === '' ? null : Number(year),
    contact,
    links: s.links.filter((l) => l.title.trim() !== '' || l.url.trim() !== ''),
    sources: s.sources
      .split('\n')
      .map((x) => x.trim())
      .filter((x) => x !== ''),
    status: s.status as NonNullable<NewPortalItem['status']>,
    example: s.example,
  };
}
