import { PotentialeError } from '../../core/index.ts';

/** StatBank refused a request (HTTP 4xx): its own error code and message, Danish or English. */
export class StatbankApiError extends PotentialeError {
  readonly status: number;
  readonly errorTypeCode: string | undefined;
  readonly apiMessage: string;

  constructor(
    table: string,
    status: number,
    errorTypeCode: string | undefined,
    apiMessage: string,
  ) {
    super(
      'invalid-input',
      `Danmarks Statistik afviste forespørgslen om ${table} (HTTP ${status}${(errorTypeCode ?? '') !== '' ? `, ${errorTypeCode}` : ''}): ${apiMessage}`,
    );
    this.name = 'StatbankApiError';
    this.status = status;
    this.errorTypeCode = errorTypeCode;
    this.apiMessage = apiMessage;
  }
}

/**
 * Reads StatBank's error body `{"errorTypeCode": "...", "message": "..."}`; any other body is
 * returned as its (shortened) text.
 * @example parseApiError('{"errorTypeCode":"EXTRACT-NOTFOUND","message":"Tabel findes ikke: X"}')
 * // { errorTypeCode: 'EXTRACT-NOTFOUND', message: 'Tabel findes ikke: X' }
 */
export function parseApiError(text: string): { errorTypeCode?: string; message: string } {
  try {
    const body: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof body === 'object' && body !== null && 'message' in body) {
      const { message } = body;
      const code = 'errorTypeCode' in body ? body.errorTypeCode : undefined;
      if (typeof message === 'string') {
        return typeof code === 'string' ? { errorTypeCode: code, message } : { message };
      }
    }
  } catch {
    // Not JSON: fall through to the text itself.
  }
  const trimmed = text.trim();
  return { message: trimmed === '' ? '(tomt svar)' : trimmed.slice(0, 300) };
}
