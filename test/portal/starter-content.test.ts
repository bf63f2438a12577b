// The starter content of the knowledge portal (content/portal): every file is one item that
// `potentiale portal import content/portal` accepts, marked as an example, with its sources,
// and linked only to key figures and municipalities that exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, findMunicipality } from '../../src/core/index.ts';
import { NewItemBody } from '../../src/server/schemas/index.ts';
import { repoRoot } from '../support/shared-data.ts';

const folder = join(repoRoot, 'content', 'portal');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort();
const figureIds = new Set(CATALOGUE.map((k) => k.id));

function read(file: string) {
  return NewItemBody.parse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
}

describe('content/portal', () => {
  it('holds the eight starter items, numbered in order', () => {
    expect(files).toHaveLength(8);
    files.forEach((f, i) => expect(f).toMatch(new RegExp(`^0${i + 1}-[a-z0-9-]+\\.json$`)));
  });

  it('has the Gribskov tender under "udbud og konkurrence"', () => {
    const item = read('01-gribskov-udbud-2014.json');
    expect(item.topics).toContain('udbud-og-konkurrence');
    expect(item.municipality).toBe('270');
    expect(item.keyFigures).toEqual(
      expect.arrayContaining(['indikator-konkurrenceudsaettelse', 'privat-leverandoer-indikator']),
    );
  });
});

describe.each(files.map((f) => [f]))('%s', (file) => {
  const raw: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));

  it('is one NewItemBody and nothing else', () => {
    expect(Array.isArray(raw)).toBe(false);
    expect(NewItemBody.safeParse(raw).error).toBeUndefined();
  });

  it('is a published example with its sources and no contact', () => {
    const item = read(file);
    expect(item.example).toBe(true);
    expect(item.status).toBe('published');
    expect(item.sources.length).toBeGreaterThan(0);
    expect(item.contact).toBeNull();
  });

  it('links only key figures of the catalogue', () => {
    const unknown = read(file).keyFigures.filter((id) => !figureIds.has(id));
    expect(unknown).toEqual([]);
  });

  it('names only real municipalities, its owner among them', () => {
    const item = read(file);
    expect(item.municipalities.filter((c) => !findMunicipality(c))).toEqual([]);
    if (item.municipality != null) expect(item.municipalities).toContain(item.municipality);
  });

  it('ends its body with a "Kilder" section naming every source', () => {
    const { body, sources } = read(file);
    const kilder = /^## Kilder\n([\s\S]*)$/m.exec(body);
    expect(kilder, 'a "## Kilder" heading').not.toBeNull();
    const listed = kilder?.[1] ?? '';
    expect(listed).not.toMatch(/^#/m);
    for (const s of sources) expect(listed).toContain(s);
  });
});
