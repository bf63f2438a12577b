import { useCallback, useEffect, useRef, useState } from 'react';
import { useSend, type ResponseDocument } from '../../api/index.ts';
import { responseBody, type Draft } from './answer-state.ts';
import { useProblemOf, type Problem } from './write.ts';

/** Where saving stands: nothing yet, saving (and when last saved), saved (when), refused. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly at: string | null }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'error'; readonly problem: Problem };

/** How long the answers stand still before they are saved. */
export const SAVE_DELAY_MS = 500;

/**
 * Save as you go: `change(draft)` saves the newest draft once changes pause for
 * SAVE_DELAY_MS (one PUT at a time; changes made meanwhile go in the next), `finish(draft)`
 * waits for a save under way and sends the draft with finish: true (throws the refusal). A
 * finished response is kept finished by later saves. Changes not yet saved are sent when the
 * page is left inside the app, and the browser asks before the tab is closed.
 */
export function useAutosave(
  id: number,
  version: string,
  resumed: { readonly finished: boolean; readonly updatedAt: string } | null,
) {
  const send = useSend();
  const problemOf = useProblemOf();
  const [status, setStatus] = useState<SaveStatus>(
    resumed === null ? { kind: 'idle' } : { kind: 'saved', at: resumed.updatedAt },
  );
  const latest = useRef<Draft | null>(null);
  const dirty = useRef(false);
  const finished = useRef(resumed?.finished ?? false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const lastAt = useRef<string | null>(resumed?.updatedAt ?? null);

  const put = useCallback(
    (draft: Draft, finish: boolean) =>
      send<ResponseDocument>(
        'PUT',
        `steering/assessments/${id}/responses/me`,
        responseBody(draft, version, finish),
      ),
    [send, id, version],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    while (running.current) await running.current;
    if (!dirty.current) return;
    running.current = (async () => {
      while (dirty.current && latest.current) {
        dirty.current = false;
        setStatus({ kind: 'saving', at: lastAt.current });
        try {
          const saved = await put(latest.current, finished.current);
          lastAt.current = saved.updatedAt;
          setStatus({ kind: 'saved', at: saved.updatedAt });
        } catch (err) {
          setStatus({ kind: 'error', problem: problemOf(err) });
        }
      }
    })().finally(() => {
      running.current = null;
    });
    await running.current;
  }, [put, problemOf]);

  const change = useCallback(
    (draft: Draft) => {
      latest.current = draft;
      // Without a centre the server cannot keep the response: it waits for one.
      if (draft.centre === '') return;
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const finish = useCallback(
    async (draft: Draft): Promise<ResponseDocument> => {
      clearTimeout(timer.current);
      timer.current = undefined;
      latest.current = draft;
      dirty.current = false;
      while (running.current) await running.current;
      setStatus({ kind: 'saving', at: lastAt.current });
      try {
        const saved = await put(draft, true);
        finished.current = true;
        lastAt.current = saved.updatedAt;
        setStatus({ kind: 'saved', at: saved.updatedAt });
        return saved;
      } catch (err) {
        // A refused finish saves nothing: the answers are saved as a draft instead.
        setStatus({ kind: 'idle' });
        if (draft.centre !== '') {
          dirty.current = true;
          void flush();
        }
        throw err;
      }
    },
    [put, flush],
  );

  useEffect(() => {
    const pending = () => timer.current !== undefined || running.current !== null;
    const warn = (e: BeforeUnloadEvent) => {
      if (pending()) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (pending()) void flush();
    };
  }, [flush]);

  return { status, change, finish, flush };
}
