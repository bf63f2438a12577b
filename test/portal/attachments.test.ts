// Attachments of portal items (issue 16): PDF and images checked by their content, not their
// name or declared type. Refused with a message that names the problem, and nothing stored:
// a file over 5 MB, a type that disagrees with the content, a zip bomb named .pdf, an SVG with
// script. Served with a sandboxing CSP. Both engines.
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser, type Database } from '../../src/db/index.ts';
import { hashPassword, issueToken } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
// The eight bytes of the PNG signature and an IHDR chunk: enough for a type check.
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const SVG = new TextEncoder().encode(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);

/** A zip with one entry of `size` zero bytes, deflated: a small file that unpacks huge. */
function zipBomb(size: number): Uint8Array {
  const data = Buffer.alloc(size);
  const packed = deflateRawSync(data, { level: 9 });
  const name = Buffer.from('bomb.txt');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + packed.length, 16);
  return new Uint8Array(Buffer.concat([local, name, packed, central, name, end]));
}

describe.each(ENGINES)('portal attachments (%s)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  let itemId = 0;

  const count = async () =>
    Number(
      (await db.query<{ n: string }>('SELECT count(*)::text AS n FROM portal_attachments'))[0]?.n,
    );
  const upload = async (bytes: Uint8Array, name: string, type = 'application/octet-stream') => {
    const r = await app.request(
      `/api/v1/portal/items/${itemId}/attachments?name=${encodeURIComponent(name)}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
        body: bytes,
      },
    );
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const refused = async (
    bytes: Uint8Array,
    name: string,
    type: string,
    status: number,
    says: RegExp,
  ) => {
    const before = await count();
    const r = await upload(bytes, name, type);
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(String(r.body.detail)).toMatch(says);
    expect(String(r.body.detail)).toContain('Intet er gemt');
    expect(await count()).toBe(before);
  };

  beforeAll(async () => {
    db = await freshDatabase(engine);
    app = createApp({ db, now: () => NOW });
    const user = await createUser(
      db,
      {
        email: 'red@hedensted.dk',
        role: 'municipality-editor',
        municipalities: ['766'],
        passwordHash: await hashPassword('rigtig-lang-adgangskode-1'),
      },
      NOW,
    );
    const issued = issueToken('api');
    token = issued.token;
    await createApiToken(
      db,
      { userId: user.id, name: 't', tokenHash: issued.hash, expiresAt: null },
      NOW,
    );
    const r = await app.request('/api/v1/portal/items', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kind: 'guide',
        title: 'Med bilag',
        summary: 's',
        body: 'b',
        status: 'published',
      }),
    });
    itemId = ((await r.json()) as { id: number }).id;
  });
  afterAll(async () => db.close());

  it('stores a PDF and an image found by content, and serves them sandboxed', async () => {
    const pdf = await upload(PDF, 'rapport.pdf', 'application/pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      name: 'rapport.pdf',
      mime: 'application/pdf',
      size: PDF.length,
    });
    // Declared as anything or nothing: the content decides.
    const png = await upload(PNG, 'figur.png');
    expect(png.body).toMatchObject({ mime: 'image/png' });
    const r = await app.request(String(pdf.body.url));
    expect(r.status).toBe(200);
    expect(new Uint8Array(await r.arrayBuffer())).toEqual(PDF);
    expect(r.headers.get('Content-Type')).toBe('application/pdf');
    expect(r.headers.get('Content-Disposition')).toBe("attachment; filename*=UTF-8''rapport.pdf");
    expect(r.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; sandbox; frame-ancestors 'none'",
    );
    expect(r.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const item = await app.request(`/api/v1/portal/items/${itemId}`);
    expect(((await item.json()) as { attachments: unknown[] }).attachments).toHaveLength(2);
  });

  it('refuses a file over 5 MB (413)', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    await refused(big, 'stor.pdf', 'application/pdf', 413, /for stor/);
  });

  it('refuses a declared type or a name that disagrees with the content', async () => {
    await refused(
      PDF,
      'rapport.pdf',
      'image/png',
      415,
      /sendt som image\/png, men indholdet er application\/pdf/,
    );
    await refused(
      PNG,
      'figur.pdf',
      'application/octet-stream',
      415,
      /hedder \.pdf, men indholdet er image\/png/,
    );
  });

  it('refuses a zip bomb disguised as a PDF, without unpacking it', async () => {
    const bomb = zipBomb(50 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200_000);
    await refused(bomb, 'rapport.pdf', 'application/pdf', 415, /application\/zip/);
  });

  it('refuses an SVG with script, whatever it is called', async () => {
    await refused(SVG, 'figur.svg', 'application/octet-stream', 415, /SVG-filer modtages ikke/);
    await refused(SVG, 'figur.png', 'image/png', 415, /SVG-filer modtages ikke/);
  });

  it('refuses an empty file and a name that is only dots', async () => {
    await refused(new Uint8Array(0), 'tom.pdf', 'application/pdf', 400, /tom/);
    await refused(PDF, '..', 'application/pdf', 400, /navn/);
  });
});
