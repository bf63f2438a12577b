// The example initiative the quick start imports (content/initiatives/eksempel.xlsx): it reads
// without a fault, is marked as an example, and is the fictitious 766 elderly-care initiative
// the README and the issue describe.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInitiativesWorkbook } from '../../src/server/initiatives/index.ts';

describe('content/initiatives/eksempel.xlsx', () => {
  it('reads cleanly as one example initiative of 766, started 2014', async () => {
    const rows = await readInitiativesWorkbook(
      new Uint8Array(readFileSync('content/initiatives/eksempel.xlsx')),
      'eksempel.xlsx',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fields).toMatchObject({
      municipality: '766',
      startYear: 2014,
      example: true,
      keyFigures: ['udgifter-aeldre-pr-67-aarig', 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig'],
    });
    expect(rows[0]?.fields.title).toMatch(/fiktivt/);
  });
});
