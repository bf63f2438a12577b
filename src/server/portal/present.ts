import type { ItemSummaryFields, PortalItem, SnippetPart } from '../../core/index.ts';
import type { RequestAuth } from '../auth/index.ts';
import { renderBody } from './markdown.ts';
import { canEdit } from './viewer.ts';

/** The address of an attachment's bytes. */
export const attachmentUrl = (id: number) => `/api/v1/portal/attachments/${id}`;

/**
 * An item as the API answers it: the body rendered and sanitised, the contact only for a
 * logged-in reader (`contactHidden` says one exists), the author's email likewise.
 */
export function presentItem(
  item: PortalItem & { readonly authorEmail?: string | null },
  auth: RequestAuth,
) {
  const loggedIn = auth.via !== 'anonymous';
  return {
    id: item.id,
    version: item.version,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    body: item.body,
    themes: item.themes,
    topics: item.topics,
    keyFigures: item.keyFigures,
    municipalities: item.municipalities,
    municipality: item.municipality,
    startYear: item.startYear,
    contact: loggedIn ? item.contact : null,
    contactHidden: !loggedIn && item.contact !== null,
    links: item.links,
    sources: item.sources,
    status: item.status,
    example: item.example,
    initiativeId: item.initiativeId,
    bodyHtml: renderBody(item.body),
    author:
      loggedIn && item.authorId !== null
        ? { id: item.authorId, name: item.authorName ?? '' }
        : null,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    publishedAt: item.publishedAt,
    attachments: item.attachments.map((a) => ({ ...a, url: attachmentUrl(a.id) })),
    canEdit: canEdit(auth, item),
  };
}

/** An item in a list: no body, with its snippet. */
export function presentSummary(item: ItemSummaryFields, snippet: readonly SnippetPart[]) {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    themes: item.themes,
    topics: item.topics,
    keyFigures: item.keyFigures,
    municipalities: item.municipalities,
    municipality: item.municipality,
    startYear: item.startYear,
    status: item.status,
    example: item.example,
    updatedAt: item.updatedAt,
    publishedAt: item.publishedAt,
    snippet,
  };
}
