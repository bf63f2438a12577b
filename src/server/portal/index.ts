/** @module The portal's server side: Markdown, attachments, the feed, search and answers. */
export { bodyText, renderBody } from './markdown.ts';
export {
  ATTACHMENT_TYPES,
  AttachmentError,
  checkAttachment,
  cleanFileName,
  MAX_ATTACHMENT_BYTES,
} from './attachment-check.ts';
export { atomFeed } from './feed.ts';
export { attachmentUrl, presentItem, presentSummary } from './present.ts';
export { searchPortal, type PortalSearch } from './search.ts';
export { canEdit, canSee, viewerOf } from './viewer.ts';
export { checkReferences } from './references.ts';
