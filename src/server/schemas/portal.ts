import { z } from '@hono/zod-openapi';
import { ITEM_KINDS, ITEM_STATUSES, ITEM_THEMES, ITEM_TOPICS } from '../../core/index.ts';

// Requests and answers of the knowledge portal (issue 16, DESIGN.md §3.10).

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const upTo = <T extends z.ZodType>(t: T, max: number) => z.array(t).max(max).readonly();
const code = z.string().regex(/^[1-9]\d{2}$/, 'en kommunekode med tre cifre, fx 766');

export const ItemKind = z.enum(ITEM_KINDS).openapi('PortalItemKind');
export const ItemStatus = z.enum(ITEM_STATUSES).openapi('PortalItemStatus');
export const ItemTheme = z.enum(ITEM_THEMES).openapi('PortalItemTheme');
export const ItemTopic = z.enum(ITEM_TOPICS).openapi('PortalItemTopic');

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'kun http- og https-adresser');

export const ItemContact = o({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200),
  email: z.string().trim().email().max(254),
}).openapi('PortalItemContact');
export const ItemLink = o({
  title: z.string().trim().min(1).max(300),
  url: httpUrl,
}).openapi('PortalItemLink');

/** The fields an author sets; `POST` needs kind, title, summary and body, the rest has defaults. */
const fields = {
  kind: ItemKind,
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(1).max(1000),
  body: z.string().max(100_000),
  themes: upTo(ItemTheme, 7),
  topics: upTo(ItemTopic, ITEM_TOPICS.length),
  keyFigures: upTo(z.string().regex(/^[a-z0-9-]{1,120}$/), 30),
  municipalities: upTo(code, 98),
  municipality: code.nullable(),
  startYear: z.number().int().min(1970).max(2100).nullable(),
  contact: ItemContact.nullable(),
  links: upTo(ItemLink, 30),
  sources: upTo(z.string().trim().min(1).max(500), 30),
  status: ItemStatus,
  example: z.boolean(),
  initiativeId: z.number().int().positive().nullable(),
};

export const NewItemBody = o({
  ...fields,
  themes: fields.themes.default([]),
  topics: fields.topics.default([]),
  keyFigures: fields.keyFigures.default([]),
  municipalities: fields.municipalities.default([]),
  municipality: fields.municipality.optional(),
  startYear: fields.startYear.default(null),
  contact: fields.contact.default(null),
  links: fields.links.default([]),
  sources: fields.sources.default([]),
  status: fields.status.default('draft'),
  example: fields.example.default(false),
  initiativeId: fields.initiativeId.default(null),
}).openapi('NewPortalItem', {
  example: {
    kind: 'case',
    title: 'Dialogmøde før hjemmeplejen starter',
    summary: 'Borger, pårørende og leverandør afstemmer forventninger.',
    body: 'Før **personlig pleje** starter …',
    themes: ['elderly-health'],
    keyFigures: ['udgifter-aeldre-pr-67-aarig'],
    municipalities: ['766'],
    status: 'published',
  } as never,
});

/** An edit: any of the fields, plus the version it was made from (409 if someone else saved). */
export const ItemPatchBody = o({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
  baseVersion: z.number().int().positive().optional(),
} as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> } & {
  baseVersion: z.ZodOptional<z.ZodNumber>;
}).openapi('PortalItemPatch');

export const Attachment = o({
  id: z.number().int(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  url: z.string(),
}).openapi('PortalAttachment');

export const PortalItemDocument = o({
  id: z.number().int(),
  version: z.number().int(),
  ...fields,
  /** null for a reader who is not logged in; `contactHidden` then says one exists. */
  contact: ItemContact.nullable(),
  contactHidden: z.boolean(),
  bodyHtml: z.string().openapi({ description: 'Body rendered from Markdown and sanitised' }),
  author: o({ id: z.number().int(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  attachments: list(Attachment),
  /** May the caller edit it (the policy's answer for this user and item). */
  canEdit: z.boolean(),
}).openapi('PortalItem');

/** A piece of a highlighted snippet: `mark` is true for the words that matched. */
export const SnippetPart = o({ text: z.string(), mark: z.boolean() }).openapi('SnippetPart');

export const ItemSummary = o({
  id: z.number().int(),
  kind: ItemKind,
  title: z.string(),
  summary: z.string(),
  themes: list(ItemTheme),
  topics: list(ItemTopic),
  keyFigures: list(z.string()),
  municipalities: list(z.string()),
  municipality: z.string().nullable(),
  startYear: z.number().int().nullable(),
  status: ItemStatus,
  example: z.boolean(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  snippet: list(SnippetPart),
}).openapi('PortalItemSummary');

const facet = list(o({ value: z.string(), count: z.number().int() }));
export const PortalSearchDocument = o({
  items: list(ItemSummary),
  total: z.number().int(),
  /** fulltext: Danish stemming (and compound parts); trigram: the typo fallback; all: no query. */
  method: z.enum(['fulltext', 'trigram', 'all']),
  facets: o({
    kind: facet,
    theme: facet,
    topic: facet,
    municipality: facet,
    keyFigure: facet,
    year: facet,
  }),
}).openapi('PortalSearch');

export const PortalSearchQuery = z.object({
  q: z.string().max(500).optional().openapi({ example: 'hjemmepleje' }),
  kind: ItemKind.optional(),
  theme: ItemTheme.optional(),
  topic: ItemTopic.optional(),
  municipality: code.optional(),
  keyFigure: z.string().max(120).optional(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .openapi({ description: 'Startår' }),
  status: ItemStatus.optional().openapi({ description: 'Kun redaktører ser kladder' }),
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  offset: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
});

export const FieldChange = o({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** For text fields: the words removed and added, in order. */
  parts: list(o({ text: z.string(), change: z.enum(['same', 'added', 'removed']) })).optional(),
});
export const ItemHistoryDocument = o({
  versions: list(
    o({
      version: z.number().int(),
      at: z.string(),
      author: o({ id: z.number().int(), name: z.string() }).nullable(),
      status: ItemStatus,
      changes: list(FieldChange),
    }),
  ),
}).openapi('PortalItemHistory');

export const PreviewBody = o({ body: z.string().max(100_000) }).openapi('PortalPreview');
export const PreviewDocument = o({ bodyHtml: z.string() }).openapi('PortalPreviewAnswer');

export const CreatedItem = o({ id: z.number().int(), version: z.number().int() }).openapi(
  'PortalItemCreated',
);

/** Items for a gap: published items of better, comparable municipalities on the figure. */
export const GapItemsDocument = o({
  keyFigure: z.string(),
  municipality: z.string(),
  items: list(
    ItemSummary.extend({
      /** The better peer the item comes from, its similarity rank (1 = most similar). */
      peer: o({ code: z.string(), name: z.string(), rank: z.number().int() }),
      /** Whom to contact: for a logged-in reader only (`contactHidden` says one exists). */
      contact: ItemContact.nullable(),
      contactHidden: z.boolean(),
      /** The effect check of the initiative the item documents, on this figure (issue 17). */
      evidence: o({
        initiativeId: z.number().int(),
        verdict: z.enum(['visible', 'unclear', 'not-visible']).nullable(),
      }).nullable(),
    }),
  ),
  /** How the list is ordered, in words: evidence, then similarity, then recency. */
  ranking: z.string(),
}).openapi('PortalGapItems');
