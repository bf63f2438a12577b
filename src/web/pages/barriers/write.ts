import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, invalidateBarriers, useSend, type WriteMethod } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { problemField } from '../initiatives/editor-state.ts';

/** A refusal as the form shows it: the server's text and the field it names. */
export interface Problem {
  readonly text: string;
  readonly field?: string | undefined;
}

/**
 * One write of the barrier pages: sends with the session's CSRF token (useSend), drops the
 * barriers' answers after it, and keeps what went wrong: a problem (beside the field the server
 * names in `parameter`) or a conflict (409: someone saved in between).
 */
export function useBarrierWrite() {
  const { t, locale } = useI18n();
  const send = useSend();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const write = async <T>(
    method: WriteMethod,
    path: string,
    body: unknown,
  ): Promise<T | undefined> => {
    setBusy(true);
    setProblem(null);
    setConflict(false);
    try {
      const answer = await send<T>(method, path, body);
      await invalidateBarriers(client);
      return answer;
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError)
        setProblem({
          text:
            err.status === 0
              ? t.common.state.networkError
              : (locale === 'da' ? err.detailDa : err.detailEn) || err.detailDa,
          field: problemField(err.parameter),
        });
      else setProblem({ text: String(err) });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { write, busy, problem, conflict, setConflict };
}

/** The value after it has stood still for `ms` (what is typed, asked for once typing pauses). */
export function useDebounced<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
