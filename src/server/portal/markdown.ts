import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// A portal item's body: Markdown in, sanitised HTML out, in two independent layers.
// 1. markdown-it with raw HTML off: HTML in the Markdown is shown as text, and its link check
//    refuses javascript:, vbscript:, file: and data: (except images) URLs.
// 2. sanitize-html with an allow-list of the tags Markdown makes, links limited to http(s) and
//    mailto, images to http(s) and our attachments, no attributes but href/src/alt/title.
// Layer 2 alone would be safe; layer 1 keeps the text the author wrote visible. The XSS corpus
// test (test/e2e/portal-xss.test.ts) renders every vector in Chromium and expects none to run.

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
// No data: images either: attachments are the way to show an image.
const defaultValidate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => defaultValidate(url) && !/^\s*data:/i.test(url);

const TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'a',
  'img',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
  },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // The page has the item's title as its h1; the body's headings start at h2.
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'nofollow noopener noreferrer ugc' },
    }),
  },
  exclusiveFilter: (frame) =>
    frame.tag === 'img' &&
    !/^(https?:\/\/|\/api\/v1\/portal\/attachments\/\d+$)/i.test(frame.attribs.src ?? ''),
};

/**
 * The body of an item as safe HTML.
 * @example renderBody('**Ældre** <script>x</script>') // '<p><strong>Ældre</strong> &lt;script&gt;x&lt;/script&gt;</p>\n'
 */
export function renderBody(body: string): string {
  return sanitizeHtml(markdown.render(body), SANITISE);
}

/** The body as plain text (for snippets and the feed's summary): the rendered HTML's text. */
export function bodyText(body: string): string {
  return sanitizeHtml(markdown.render(body), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
