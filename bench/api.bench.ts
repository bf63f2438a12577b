// `npm run bench -- api`: the API on loopback against nginx serving the identical bytes as a
// static file, driven by the same load generator (autocannon) at 32 connections. The soak under
// load, hostile requests and imports is `npm run bench -- soak`.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawDataPath } from '../test/support/shared-data.ts';
import { cli, freePort, startApi } from './support/api-process.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 32;

const ENDPOINTS = {
  package: '/api/v1/package?municipality=766&year=2019',
  values: '/api/v1/values?keyFigure=udgifter-aeldre-pr-67-aarig&year=2019',
  'geo/municipalities': '/api/v1/geo/municipalities',
} as const;

function ensureNginx(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], {
    encoding: 'utf8',
  })
    .stdout.trim()
    .split('\n')[0];
  if (found !== undefined && found !== '') return found;
  console.log('nginx mangler: installerer Debians nginx …');
  spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq nginx'], {
    stdio: 'inherit',
  });
  return '/usr/sbin/nginx';
}

async function startNginx(
  files: Record<string, Uint8Array>,
): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'potentiale-nginx-'));
  chmodSync(dir, 0o755);
  for (const [name, body] of Object.entries(files))
    writeFileSync(join(dir, name), body, { mode: 0o644 });
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
     events { worker_connections 1024; }
     http { access_log off; default_type application/json; sendfile on; keepalive_requests 100000;
       client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
       server { listen 127.0.0.1:${port}; root ${dir}; location / { try_files $uri =404; } } }`,
  );
  const child = spawn(ensureNginx(), ['-c', conf, '-p', dir], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

async function load(url: string | string[], seconds = SECONDS): Promise<Load> {
  const urls = Array.isArray(url) ? url : [url];
  // autocannon sends nothing when `url` is a bare origin with `requests`: give it the first URL.
  const r = await autocannon({
    url: urls[0] as string,
    connections: CONNECTIONS,
    duration: seconds,
    requests: urls.map((u) => ({ method: 'GET', path: new URL(u).pathname + new URL(u).search })),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const fmt = (l: Load) =>
  `${Math.round(l.rps).toString().padStart(7)} req/s  p50 ${l.p50} ms  p99 ${l.p99} ms  errors ${l.errors}  non-2xx ${l.non2xx}`;

export async function run(): Promise<void> {
  const dir = join(mkdtempSync(join(tmpdir(), 'potentiale-api-bench-')), 'db');
  cli([
    'import',
    rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'),
    rawDataPath('dagi-neogeografen', 'kommuner.topojson'),
    '--price-basis',
    'fixed:2010',
    '--db',
    dir,
  ]);
  const api = await startApi(dir);
  const files: Record<string, Uint8Array> = {};
  for (const [name, path] of Object.entries(ENDPOINTS)) {
    const response = await fetch(api.url + path);
    if (response.status !== 200)
      throw new Error(`${path}: ${response.status} ${await response.text()}`);
    files[name.replace('/', '-')] = new Uint8Array(await response.arrayBuffer());
  }
  const nginx = await startNginx(files);
  console.log(
    `${CONNECTIONS} connections, ${SECONDS} s each, autocannon; PGlite; identical bytes from nginx ${spawnSync(ensureNginx(), ['-v'], { encoding: 'utf8' }).stderr.trim()}`,
  );
  try {
    for (const [name, path] of Object.entries(ENDPOINTS)) {
      const ours = await load(api.url + path);
      const theirs = await load(`${nginx.url}/${name.replace('/', '-')}`);
      console.log(`${name.padEnd(20)} Potentiale ${fmt(ours)}`);
      console.log(`${''.padEnd(20)} nginx      ${fmt(theirs)}`);
      console.log(
        `${''.padEnd(20)} ratio ${((ours.rps / theirs.rps) * 100).toFixed(1)} % of nginx's throughput (goal ≥ 30 %, p99 < 50 ms, 0 errors)`,
      );
    }
  } finally {
    nginx.stop();
    api.child.kill('SIGTERM');
  }
}
