/** A parameter that holds a secret: `password`, `sslpassword`, and any other `…password`. */
const SECRET_KEY = /password$/i;

/** A keyword/value connection string's `password=…` (libpq style: quoted or up to a space). */
const KEYWORD_SECRET = /(\b\w*password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&;]*)/gi;

/** The userinfo of a URL that does not parse: everything from the first `:` to the last `@`. */
const USERINFO = /^([a-z][\w+.-]*:\/\/[^:@/?#]*:)(.*)@/i;

const MASK = '***';

/**
 * A database URL or connection string fit to show: every password replaced by `***`, wherever
 * it stands: in the userinfo (`postgres://u:pw@h/db`), as a query parameter (`?password=`,
 * `&sslpassword=`), or as a keyword (`host=h password=pw`).
 * @example maskDatabaseUrl('postgres://u:pw@h/db?sslpassword=k') // 'postgres://u:***@h/db?sslpassword=***'
 */
export function maskDatabaseUrl(url: string): string {
  const parsed = parseUrl(url);
  if (parsed) {
    if (parsed.password) parsed.password = MASK;
    for (const key of [...parsed.searchParams.keys()])
      if (SECRET_KEY.test(key)) parsed.searchParams.set(key, MASK);
    return parsed.toString();
  }
  return url.replace(USERINFO, `$1${MASK}@`).replace(KEYWORD_SECRET, `$1${MASK}`);
}

/**
 * The secrets in a database URL or connection string, as they are written and decoded, so that
 * a message that quotes one (a driver's error) can be cleaned with hideSecrets.
 * @example databaseUrlSecrets('postgres://u:p%40ss@h/db') // ['p%40ss', 'p@ss']
 */
export function databaseUrlSecrets(url: string): string[] {
  const found: string[] = [];
  const parsed = parseUrl(url);
  if (parsed) {
    found.push(parsed.password);
    for (const [key, value] of parsed.searchParams) if (SECRET_KEY.test(key)) found.push(value);
    const query = parsed.search.slice(1).split('&');
    for (const pair of query) {
      const [key = '', value = ''] = pair.split('=', 2);
      if (SECRET_KEY.test(safeDecode(key))) found.push(value);
    }
  } else {
    const userinfo = USERINFO.exec(url);
    const password = userinfo?.[2] ?? '';
    if (password !== '') found.push(password);
    for (const m of url.matchAll(KEYWORD_SECRET))
      found.push((m[2] ?? '').replace(/^'(.*)'$/s, '$1').replace(/\\(.)/g, '$1'));
  }
  const all = found.flatMap((s) => [s, safeDecode(s), safeDecode(s.replace(/\+/g, ' '))]);
  return [...new Set(all.filter((s) => s !== '' && s !== MASK))];
}

/**
 * `text` with every secret of the given database URLs replaced by `***`, longest first.
 * Secrets shorter than `minLength` are left (a one-letter password would blank every word).
 * @example hideSecrets('login as u:pw failed', ['postgres://u:pw@h/db']) // 'login as u:*** failed'
 */
export function hideSecrets(
  text: string,
  urls: readonly (string | undefined)[],
  minLength = 1,
): string {
  const secrets = urls
    .flatMap((u) => (u !== undefined && u !== '' ? databaseUrlSecrets(u) : []))
    .filter((s) => s.length >= minLength)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of secrets) out = out.split(s).join(MASK);
  return out;
}

function parseUrl(url: string): URL | undefined {
  if (!/^[a-z][\w+.-]*:\/\//i.test(url)) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
