// Generated DEA tables for the heavy-work tests: deterministic, and as slow as wanted.

/** A seeded generator (Park–Miller), so every run builds the same table. */
function generator(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 16807) % 2147483647;
    return x / 2147483647;
  };
}

/**
 * A CSV `id,x0..x{m-1},y0..y{s-1}` of n units with whole numbers 1–1000. With many columns
 * almost every unit is on the frontier, which makes DEA slow: 10 000 units × (10 + 10) columns
 * (200 000 cells, the default limit) take about 50 s on a 2-core test machine.
 */
export function deaCsv(n: number, m: number, s: number, seed = 1): string {
  const rnd = generator(seed);
  const header = ['id', ...names('x', m), ...names('y', s)].join(',');
  const lines = [header];
  for (let i = 0; i < n; i++) {
    const cells = [`u${i}`];
    for (let c = 0; c < m + s; c++) cells.push(String(Math.round(1 + rnd() * 999)));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** `x0,x1,…` */
export function names(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

/** The upload path for deaCsv(n, m, s): inputs x…, outputs y…, vrs. */
export function uploadPath(m: number, s: number, extra = ''): string {
  return `/api/v1/dea/upload?id=id&inputs=${names('x', m).join(',')}&outputs=${names('y', s).join(',')}&rts=vrs${extra}`;
}
