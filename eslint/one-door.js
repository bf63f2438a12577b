// @ts-check
// One door per room, at every depth: a folder under src/ with an index.ts is a room, and from
// outside that folder only its index.ts may be imported. So src/core/dea/simplex.ts is private
// to src/core/dea. A sub-room's door is public too: pages may import src/web/charts/map/index.ts
// (the map without Observable Plot), but never a file behind it.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** @type {Map<string, boolean>} */
const hasDoor = new Map();

/** @param {string} dir */
function isRoom(dir) {
  let known = hasDoor.get(dir);
  if (known === undefined) {
    known = existsSync(join(dir, 'index.ts'));
    hasDoor.set(dir, known);
  }
  return known;
}

/** Whether `inner` is `outer` or lies below it. @param {string} inner @param {string} outer */
function isInside(inner, outer) {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** @type {import('eslint').Rule.RuleModule} */
export const oneDoor = {
  meta: {
    type: 'problem',
    docs: {
      description: 'From outside a room (a folder with an index.ts), import only its index.ts.',
    },
    schema: [],
    messages: {
      door: "'{{file}}' lies inside the room {{room}}/: import it through {{room}}/index.ts (one door per room).",
    },
  },
  create(context) {
    const file = context.filename;
    const src = resolve(context.cwd, 'src');
    /** @param {import('estree').Node} node @param {unknown} value */
    function check(node, value) {
      if (typeof value !== 'string' || !value.startsWith('.')) return;
      const target = resolve(dirname(file), value);
      for (let dir = dirname(target); isInside(dir, src) && dir !== src; dir = dirname(dir)) {
        if (isInside(file, dir) || !isRoom(dir)) continue;
        // A sub-room's own door (charts/map/index.ts) is a door: the sub-room chose what it
        // shows, so the rooms around it need not re-export it.
        if (target === join(dir, 'index.ts')) return;
        {
          const room = relative(context.cwd, dir);
          context.report({ node, messageId: 'door', data: { file: value, room } });
          return;
        }
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
