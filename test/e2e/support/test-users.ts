/**
 * The users the browser tests log in as, created in the shared server's database before it
 * starts (test/setup/web-global.ts through `potentiale users add --password-stdin`). Each
 * test that changes a user (TOTP, log out everywhere) has its own, so the files do not meet.
 */
export interface TestUser {
  readonly email: string;
  readonly password: string;
  readonly role: 'municipality-editor' | 'national-editor' | 'admin';
  readonly municipalities?: readonly string[];
}

const password = 'Kommunal-Benchmark-2026!';

export const TEST_USERS = {
  /** An editor of Hedensted (766): saves and deletes 766's groups. */
  editor766: {
    email: 'redaktoer766@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** Writes, publishes and edits a portal item for 766 (test/e2e/portal.test.ts). */
  portal766: {
    email: 'viden766@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** Registers and edits initiatives for 766 (test/e2e/initiatives.test.ts). */
  initiatives766: {
    email: 'initiativer766@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** Imports the initiatives template for 766 (test/e2e/initiatives-import.test.ts). */
  import766: {
    email: 'import766@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** Sets up TOTP in its test (its own user: later logins need the code). */
  totp: {
    email: 'totp@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['101'],
  },
  /** Reports rule barriers for 766 (test/e2e/barriers.test.ts). */
  barrier766: {
    email: 'barriere766@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** Seconds 766's barriers as Copenhagen (test/e2e/barriers.test.ts). */
  barrier101: {
    email: 'barriere101@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['101'],
  },
  /** Answers and merges barriers (test/e2e/barriers.test.ts). */
  barrierNational: {
    email: 'barriere-national@e2e.potentiale.dk',
    password,
    role: 'national-editor',
  },
  /** Explains 766's budget deviations (test/e2e/budget.test.ts). */
  budget766: {
    email: 'budget766@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** Three respondents of 766's self-assessment, one per centre (test/e2e/steering*.test.ts). */
  steer766a: {
    email: 'styring766a@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  steer766b: {
    email: 'styring766b@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  steer766c: {
    email: 'styring766c@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** Participants of a steering round who share (test/e2e/steering*.test.ts). */
  steer727: {
    email: 'styring727@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['727'],
  },
  steer840: {
    email: 'styring840@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['840'],
  },
  steer810: {
    email: 'styring810@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['810'],
  },
  /** Writes 766's report narrative (test/e2e/report-draft.test.ts). */
  report766: {
    email: 'rapport766@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['766'],
  },
  /** An editor of Copenhagen (101) on 766's report page: downloads only. */
  report101: {
    email: 'rapport101@e2e.potentiale.dk',
    password,
    role: 'municipality-editor',
    municipalities: ['101'],
  },
  /** Opens steering rounds as facilitator (test/e2e/steering*.test.ts). */
  steerNational: {
    email: 'styring-national@e2e.potentiale.dk',
    password,
    role: 'national-editor',
  },
  /** Logs out everywhere in its test. */
  everywhere: { email: 'alle-steder@e2e.potentiale.dk', password, role: 'national-editor' },
  /** Logs in and out, and is refused a write without the CSRF token. */
  plain: { email: 'national@e2e.potentiale.dk', password, role: 'national-editor' },
} as const satisfies Record<string, TestUser>;

/** A key for sealing TOTP secrets on the test server (POTENTIALE_SECRET_KEY: 32+ characters). */
export const TEST_SECRET_KEY = 'e2e-only-key-for-sealing-totp-secrets-0123456789';
