import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../src/web/first-requests.ts';
import { PAGE_LOADERS, pageFor } from '../../src/web/pages/loaders.ts';

describe('pageFor(pathname)', () => {
  it.each([
    ['/', 'home'],
    ['/kommune/766', 'municipality'],
    ['/kommune/766/', 'municipality'],
    ['/kommune/hedensted', 'municipality'],
    ['/kommune/766/rapport', 'report'],
    ['/kommune/766/rapport/', 'report'],
    ['/noegletal', 'keyFigureList'],
    ['/noegletal/udgifter-aeldre-pr-67-aarig', 'keyFigure'],
    ['/sammenlign', 'compare'],
    ['/viden', 'portal'],
    ['/viden/ny', 'portalEditor'],
    ['/viden/12', 'portalItem'],
    ['/viden/12/rediger', 'portalEditor'],
    ['/initiativer', 'initiatives'],
    ['/initiativer/ny', 'initiativeEditor'],
    ['/initiativer/7', 'initiative'],
    ['/initiativer/7/rediger', 'initiativeEditor'],
    ['/regelbarrierer', 'barriers'],
    ['/regelbarrierer/ny', 'barrierEditor'],
    ['/regelbarrierer/7', 'barrier'],
    ['/regelbarrierer/7/rediger', 'barrierEditor'],
    ['/budgetopfoelgning/766', 'budget'],
    ['/budgetopfoelgning', undefined],
    ['/styring', 'steering'],
    ['/styring/', 'steering'],
    ['/styring/ny', 'steeringNew'],
    ['/styring/7/svar', 'steeringAnswer'],
    ['/styring/runder/3', 'steeringRound'],
    ['/styring/7/svar/x', undefined],
    ['/styring/12', 'steeringResult'],
    ['/styring/12/', 'steeringResult'],
    ['/metode', 'method'],
    ['/data', 'data'],
    ['/log-ind', 'login'],
    ['/min-konto', 'account'],
    ['/ny-adgangskode', 'passwordReset'],
    ['/invitation', 'invitation'],
    ['/kommune', undefined],
    ['/kommune/766/extra', undefined],
    ['/ukendt', undefined],
  ] as const)('%s opens %s', (path, page) => {
    expect(pageFor(path)).toBe(page);
  });

  it('names every page app.tsx routes, each through its loader', () => {
    const app = readFileSync(new URL('../../src/web/app.tsx', import.meta.url), 'utf8');
    const routed = [...app.matchAll(/component=\{pageComponent\('(\w+)'\)\}/g)].map((m) => m[1]);
    // A page may have several addresses (the editor: /viden/ny and /viden/{id}/rediger).
    expect([...new Set(routed)].sort()).toEqual(Object.keys(PAGE_LOADERS).sort());
    // Every routed path is one pageFor knows (the catch-all route excepted).
    const paths = [...app.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const p of paths) expect(pageFor(p.replace(/:\w+/g, 'x')), p).toBeDefined();
  });

  it('loads each page from the module the server preloads for it (first-requests.ts PAGES)', () => {
    const loaders = readFileSync(
      new URL('../../src/web/pages/loaders.ts', import.meta.url),
      'utf8',
    );
    const imported = Object.fromEntries(
      [...loaders.matchAll(/(\w+): \(\) => import\('\.\/([^']+)'\)/g)].map((m) => [
        m[1],
        `pages/${m[2]}`,
      ]),
    );
    expect(imported).toEqual(PAGES);
  });
});
