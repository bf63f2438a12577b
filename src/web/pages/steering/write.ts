import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, invalidateSteering, useSend, type WriteMethod } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** A refusal as a form shows it: the server's text and the request field it names. */
export interface Problem {
  readonly text: string;
  /** The field as the server names it in `parameter` (`title`, `answers.sp-04`). */
  readonly parameter?: string | undefined;
}

/** The refusal of a write in the reader's language (a network failure says so). */
export function useProblemOf(): (err: unknown) => Problem {
  const { t, locale } = useI18n();
  return (err) =>
    err instanceof ApiError
      ? {
          text:
            err.status === 0
              ? t.common.state.networkError
              : (locale === 'da' ? err.detailDa : err.detailEn) || err.detailDa,
          parameter: err.parameter,
        }
      : { text: String(err) };
}

/**
 * One write of the steering pages: sends with the session's CSRF token (useSend), drops the
 * steering answers after it, and keeps the refusal (its text and the field it names).
 */
export function useSteeringWrite() {
  const send = useSend();
  const client = useQueryClient();
  const problemOf = useProblemOf();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const write = async <T>(
    method: WriteMethod,
    path: string,
    body: unknown,
  ): Promise<T | undefined> => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await send<T>(method, path, body);
      await invalidateSteering(client);
      return answer;
    } catch (err) {
      setProblem(problemOf(err));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { write, busy, problem };
}
