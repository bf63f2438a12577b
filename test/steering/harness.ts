import { createApiToken, createUser, type Account, type Database } from '../../src/db/index.ts';
import type { Role } from '../../src/core/index.ts';
import { createLoginThrottle, hashPassword, issueToken } from '../../src/server/auth/index.ts';
import { createApp } from '../../src/server/index.ts';
import { expect } from 'vitest';

export const NOW = new Date('2026-12-07T09:00:00Z');

/** The steering API's test users: three respondents of 766, peers, another municipality, a facilitator. */
export const USERS = {
  a766: ['municipality-editor', ['766']],
  b766: ['municipality-editor', ['766']],
  c766: ['municipality-editor', ['766']],
  e727: ['municipality-editor', ['727']],
  e840: ['municipality-editor', ['840']],
  e101: ['municipality-editor', ['101']],
  national: ['national-editor', []],
} as const satisfies Record<string, readonly [Role, readonly string[]]>;
export type Who = keyof typeof USERS;

export interface Harness {
  readonly app: ReturnType<typeof createApp>;
  readonly tokens: Readonly<Record<Who, string>>;
  call(
    method: string,
    path: string,
    options?: { readonly as?: Who; readonly body?: unknown },
  ): Promise<{ status: number; body: Record<string, unknown>; text: string; bytes: Uint8Array }>;
}

/** An app on `db` with a token for each of USERS. */
export async function steeringHarness(db: Database): Promise<Harness> {
  const app = createApp({ db, now: () => NOW, loginThrottle: createLoginThrottle(1000) });
  const passwordHash = await hashPassword('rigtig-lang-adgangskode-1');
  const tokens = {} as Record<Who, string>;
  for (const [who, [role, municipalities]] of Object.entries(USERS) as [
    Who,
    (typeof USERS)[Who],
  ][]) {
    const account: Account = await createUser(
      db,
      { email: `${who}@styring.dk`, role, municipalities: [...municipalities], passwordHash },
      NOW,
    );
    const { token, hash } = issueToken('api');
    await createApiToken(
      db,
      { userId: account.id, name: 't', tokenHash: hash, expiresAt: null },
      NOW,
    );
    tokens[who] = token;
  }
  const call: Harness['call'] = async (method, path, options = {}) => {
    const response = await app.request(path, {
      method,
      headers: {
        ...(options.as === undefined ? {} : { Authorization: `Bearer ${tokens[options.as]}` }),
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const body = /json/.test(response.headers.get('Content-Type') ?? '')
      ? (JSON.parse(text) as Record<string, unknown>)
      : {};
    return { status: response.status, body, text, bytes };
  };
  return { app, tokens, call };
}

/** Every statement of the questionnaire answered by `score(statementId, centreId)`. */
export async function answerAll(
  h: Harness,
  score: (statement: string, centre: string) => number | 'dont-know',
): Promise<{ version: string; answers: Record<string, number | 'dont-know'> }> {
  const q = await h.call('GET', '/api/v1/steering/questionnaire');
  expect(q.status).toBe(200);
  const doc = q.body as unknown as {
    version: string;
    centres: { id: string; statements: { id: string }[] }[];
  };
  const answers: Record<string, number | 'dont-know'> = {};
  for (const c of doc.centres) for (const s of c.statements) answers[s.id] = score(s.id, c.id);
  return { version: doc.version, answers };
}

/** Answers and finishes an assessment as `who`. */
export async function respond(
  h: Harness,
  id: number,
  who: Who,
  centre: string,
  score: (statement: string, centre: string) => number | 'dont-know',
): Promise<void> {
  const { version, answers } = await answerAll(h, score);
  const r = await h.call('PUT', `/api/v1/steering/assessments/${id}/responses/me`, {
    as: who,
    body: { version, centre, label: `${who} (${centre})`, answers, finish: true },
  });
  expect(r.status, r.text).toBe(200);
}

/** Creates an assessment as `who` and gives its id. */
export async function newAssessment(
  h: Harness,
  who: Who,
  municipality: string,
  title: string,
  shared = false,
): Promise<number> {
  const r = await h.call('POST', '/api/v1/steering/assessments', {
    as: who,
    body: { municipality, title, shared },
  });
  expect(r.status, r.text).toBe(201);
  return (r.body as { id: number }).id;
}
