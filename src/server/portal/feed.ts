import type { PortalItem } from '../../core/index.ts';
import { bodyText } from './markdown.ts';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * The Atom feed (RFC 4287) of published items, newest first. Every text is escaped; the
 * content is the summary and the body as plain text, so a feed reader never gets HTML of ours.
 */
export function atomFeed(items: readonly PortalItem[], origin: string, now: Date): string {
  const updated = items[0]?.publishedAt ?? now.toISOString();
  const entries = items.map((item) => {
    const url = `${origin}/viden/${item.id}`;
    const text = `${item.summary}\n\n${bodyText(item.body)}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(`${item.example ? '[Eksempel] ' : ''}${item.title}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${item.publishedAt ?? item.createdAt}</published>`,
      `    <updated>${item.updatedAt}</updated>`,
      `    <category term="${escapeXml(item.kind)}"/>`,
      ...item.themes.map((t) => `    <category term="${escapeXml(t)}"/>`),
      `    <summary>${escapeXml(item.summary)}</summary>`,
      `    <content type="text">${escapeXml(text)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  <id>${escapeXml(`${origin}/viden`)}</id>`,
    '  <title>Potentiale – nyt i videnportalen</title>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/api/v1/portal/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/viden`)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Potentiale</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
