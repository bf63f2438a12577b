import type { Theme } from '../key-figures/index.ts';

/** What a portal item is (DESIGN.md §3.10). */
export const ITEM_KINDS = [
  'case',
  'recommendation',
  'inspiration-catalogue',
  'guide',
  'tool',
  'news',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_NAMES_DA: Readonly<Record<ItemKind, string>> = {
  case: 'Case',
  recommendation: 'Anbefaling',
  'inspiration-catalogue': 'Inspirationskatalog',
  guide: 'Vejledning',
  tool: 'Værktøj',
  news: 'Nyhed',
};
export const ITEM_KIND_NAMES_EN: Readonly<Record<ItemKind, string>> = {
  case: 'Case',
  recommendation: 'Recommendation',
  'inspiration-catalogue': 'Inspiration catalogue',
  guide: 'Guide',
  tool: 'Tool',
  news: 'News',
};

/** draft: its author and editors see it; published: everyone; archived: kept, not listed. */
export const ITEM_STATUSES = ['draft', 'published', 'archived'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The seven themes of DESIGN.md §1 (not structure or finance): what an item may be about. */
export const ITEM_THEMES = [
  'elderly-health',
  'technical-environment',
  'specialised-adults',
  'employment-social-family',
  'children-young',
  'integration',
  'administration',
] as const satisfies readonly Theme[];
export type ItemTheme = (typeof ITEM_THEMES)[number];

/**
 * Cross-cutting topics an item can carry besides its themes; the kommune page's "Konkurrence og
 * samarbejde" section lists the items of `udbud-og-konkurrence`.
 */
export const ITEM_TOPICS = [
  'udbud-og-konkurrence',
  'samskabelse',
  'frikommuneforsoeg',
  'styring',
  'rehabilitering',
  'effektivisering',
] as const;
export type ItemTopic = (typeof ITEM_TOPICS)[number];

export const ITEM_TOPIC_NAMES_DA: Readonly<Record<ItemTopic, string>> = {
  'udbud-og-konkurrence': 'Udbud og konkurrence',
  samskabelse: 'Samskabelse',
  frikommuneforsoeg: 'Frikommuneforsøg',
  styring: 'Styring',
  rehabilitering: 'Rehabilitering',
  effektivisering: 'Effektivisering',
};
export const ITEM_TOPIC_NAMES_EN: Readonly<Record<ItemTopic, string>> = {
  'udbud-og-konkurrence': 'Tendering and competition',
  samskabelse: 'Co-creation',
  frikommuneforsoeg: 'Free-municipality trials',
  styring: 'Steering',
  rehabilitering: 'Rehabilitation',
  effektivisering: 'Efficiency',
};

/** Whom to contact about an item; shown to logged-in users only. */
export interface ItemContact {
  readonly name: string;
  readonly role: string;
  readonly email: string;
}

export interface ItemLink {
  readonly title: string;
  readonly url: string;
}

/** What an author writes: the fields of an item that a create or an edit sets. */
export interface ItemFields {
  readonly kind: ItemKind;
  readonly title: string;
  readonly summary: string;
  /** Markdown; rendered and sanitised on the server (bodyHtml). */
  readonly body: string;
  readonly themes: readonly ItemTheme[];
  readonly topics: readonly ItemTopic[];
  readonly keyFigures: readonly string[];
  /** The municipalities the item is about (codes). */
  readonly municipalities: readonly string[];
  /**
   * The municipality that owns the item: its editors may edit it. Null for an item of the
   * national editors. Defaults to the first of `municipalities` when an editor writes it.
   */
  readonly municipality: string | null;
  readonly startYear: number | null;
  readonly contact: ItemContact | null;
  readonly links: readonly ItemLink[];
  /** Where each fact comes from, in words ("kilde"); required for an example item. */
  readonly sources: readonly string[];
  readonly status: ItemStatus;
  /** An example written by the project, shown as "Eksempel"; never a real result. */
  readonly example: boolean;
  /** The initiative the item documents, once initiatives exist (issue 17). */
  readonly initiativeId: number | null;
}

export interface AttachmentInfo {
  readonly id: number;
  readonly name: string;
  readonly mime: string;
  readonly size: number;
}

/** A stored item. */
export interface PortalItem extends ItemFields {
  readonly id: number;
  readonly version: number;
  readonly authorId: number | null;
  readonly authorName: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When it was first published; null while a draft. */
  readonly publishedAt: string | null;
  readonly attachments: readonly AttachmentInfo[];
}

/** What a list of items shows of each: no body, contact or attachments. */
export type ItemSummaryFields = Pick<
  PortalItem,
  | 'id'
  | 'kind'
  | 'title'
  | 'summary'
  | 'themes'
  | 'topics'
  | 'keyFigures'
  | 'municipalities'
  | 'municipality'
  | 'startYear'
  | 'status'
  | 'example'
  | 'updatedAt'
  | 'publishedAt'
>;
