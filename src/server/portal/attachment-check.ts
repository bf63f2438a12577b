import { fileTypeFromBuffer } from 'file-type';
import { InvalidInputError } from '../../core/index.ts';

/** The largest attachment the portal keeps. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** The types an attachment may have, by what its bytes are (not its name or header). */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

const NAMES = 'PDF, PNG, JPEG, WebP eller GIF';

/** A refused upload: 400 (or 413 for its size) with a message that says why. */
export class AttachmentError extends InvalidInputError {
  readonly status: 400 | 413 | 415;
  constructor(message: string, status: 400 | 413 | 415 = 415) {
    super(message, 'file');
    this.status = status;
  }
}

/** A file name fit to store and to send back: no path, no control characters, at most 200. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '_')
    .trim()
    .slice(0, 200);
  if (clean === '' || /^\.+$/.test(clean))
    throw new AttachmentError('Filen skal have et navn (?name=rapport.pdf)', 400);
  return clean;
}

/**
 * Checks an upload by its content and returns its type. Refuses, with a message that names
 * the problem: an empty or too large file; a type other than PDF or an image found by the
 * bytes (an SVG, which can carry script, is refused outright; a zip or other archive named
 * .pdf is found to be a zip); and a declared Content-Type or file extension that disagrees
 * with the content.
 */
export async function checkAttachment(
  bytes: Uint8Array,
  name: string,
  declaredType: string | undefined,
): Promise<{ mime: string }> {
  if (bytes.byteLength === 0) throw new AttachmentError('Filen er tom', 400);
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES)
    throw new AttachmentError(
      `Filen er for stor (${bytes.byteLength} bytes; højst ${MAX_ATTACHMENT_BYTES} bytes = 5 MB)`,
      413,
    );
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (/^(<\?xml|<svg|<!doctype svg)/.test(head) || /\.svg$/i.test(name))
    throw new AttachmentError(
      `SVG-filer modtages ikke, fordi de kan indeholde script (${name}). Brug ${NAMES}.`,
    );
  const found = await fileTypeFromBuffer(bytes);
  if (found === undefined || ATTACHMENT_TYPES[found.mime] === undefined)
    throw new AttachmentError(
      `Filen ${name} er ${found ? `${found.mime} (.${found.ext})` : 'af en ukendt type'} efter sit indhold; kun ${NAMES} modtages.`,
    );
  const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
  if (
    declared !== undefined &&
    declared !== '' &&
    declared !== 'application/octet-stream' &&
    declared !== found.mime
  )
    throw new AttachmentError(
      `Filen ${name} er sendt som ${declared}, men indholdet er ${found.mime}`,
    );
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const fits = ext === undefined || ext === found.ext || (found.ext === 'jpg' && ext === 'jpeg');
  if (!fits)
    throw new AttachmentError(
      `Filen hedder .${ext}, men indholdet er ${found.mime} (.${found.ext})`,
    );
  return { mime: found.mime };
}
