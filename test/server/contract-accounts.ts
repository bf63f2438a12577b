// The account routes' calls for the HTTP contract test (contract.test.ts): anonymous, and with
// the API token of an editor of 766 or of an admin, made by that test's setup.

/** One request of the contract test and the status it must get. */
export interface Call {
  readonly method?: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** `:tokenId`, `:groupId` are filled in from what the setup made. */
  readonly url: string;
  /** The body: text, or bytes made when the call is sent (an XLSX workbook). */
  readonly body?: { readonly type: string; readonly text: string | (() => Promise<Uint8Array>) };
  readonly status: number;
  /** Sent with this user's API token (Authorization: Bearer). */
  readonly as?: 'editor' | 'admin' | 'national';
}

export const PASSWORD = 'kontrakt-adgangskode-1';
const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });

export const ACCOUNT_CALLS: Record<string, readonly Call[]> = {
  '/api/v1/session': [
    { url: '/api/v1/session', status: 200 },
    {
      method: 'post',
      url: '/api/v1/session',
      body: json({ email: 'editor@kontrakt.dk', password: PASSWORD }),
      status: 200,
    },
    {
      method: 'post',
      url: '/api/v1/session',
      body: json({ email: 'editor@kontrakt.dk', password: 'forkert-adgangskode' }),
      status: 401,
    },
    { method: 'delete', url: '/api/v1/session', status: 204 },
    { method: 'delete', url: '/api/v1/session', status: 400, as: 'editor' },
  ],
  '/api/v1/account/sessions': [
    { url: '/api/v1/account/sessions', status: 200, as: 'editor' },
    { url: '/api/v1/account/sessions', status: 401 },
  ],
  '/api/v1/account/password': [
    {
      method: 'put',
      url: '/api/v1/account/password',
      body: json({ current: PASSWORD, password: PASSWORD }),
      status: 204,
      as: 'editor',
    },
    {
      method: 'put',
      url: '/api/v1/account/password',
      body: json({ current: PASSWORD, password: 'kort' }),
      status: 400,
      as: 'editor',
    },
  ],
  '/api/v1/account/totp': [
    { method: 'post', url: '/api/v1/account/totp', status: 200, as: 'editor' },
    {
      method: 'put',
      url: '/api/v1/account/totp',
      body: json({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', code: '000000' }),
      status: 400,
      as: 'editor',
    },
    {
      method: 'delete',
      url: '/api/v1/account/totp',
      body: json({ code: '000000' }),
      status: 204,
      as: 'editor',
    },
  ],
  '/api/v1/account/tokens': [
    { url: '/api/v1/account/tokens', status: 200, as: 'editor' },
    {
      method: 'post',
      url: '/api/v1/account/tokens',
      body: json({ name: 'kontrakt', expiresInDays: 90 }),
      status: 201,
      as: 'editor',
    },
  ],
  '/api/v1/account/tokens/{id}': [
    { method: 'delete', url: '/api/v1/account/tokens/:tokenId', status: 403, as: 'admin' },
    { method: 'delete', url: '/api/v1/account/tokens/:tokenId', status: 204, as: 'editor' },
  ],
  '/api/v1/password-reset': [
    {
      method: 'post',
      url: '/api/v1/password-reset',
      body: json({ token: 'ukendt', password: PASSWORD }),
      status: 400,
    },
  ],
  '/api/v1/invitations/accept': [
    {
      method: 'post',
      url: '/api/v1/invitations/accept',
      body: json({ token: 'ukendt', password: PASSWORD }),
      status: 400,
    },
  ],
  '/api/v1/groups': [
    { url: '/api/v1/groups?municipality=766', status: 200 },
    {
      method: 'post',
      url: '/api/v1/groups',
      body: json({ name: 'Kontrakt', municipality: '766', codes: ['615', '706'] }),
      status: 201,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/groups',
      body: json({ name: 'Kontrakt', municipality: '766', codes: ['615', '706'] }),
      status: 409,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/groups',
      body: json({ name: 'Kontrakt', municipality: '101', codes: ['615'] }),
      status: 403,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/groups',
      body: json({ name: 'Kontrakt', municipality: '766', codes: ['615'] }),
      status: 401,
    },
  ],
  '/api/v1/groups/{id}': [
    { method: 'delete', url: '/api/v1/groups/:groupId', status: 204, as: 'editor' },
    { method: 'delete', url: '/api/v1/groups/:groupId', status: 404, as: 'editor' },
  ],
  '/api/v1/audit': [
    { url: '/api/v1/audit?since=2026-01-01T00:00:00Z', status: 200, as: 'admin' },
    { url: '/api/v1/audit', status: 403, as: 'editor' },
  ],
};
