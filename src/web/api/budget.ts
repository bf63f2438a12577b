import { useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as S from '../../server/schemas/index.ts';
import type { Params } from './client.ts';
import { sendJson, useSession } from './session.ts';

/**
 * Budget follow-up, "Spørg hvorfor" (issue 18), read from the server's zod schemas
 * (src/server/schemas/budget.ts) with `import type`: nothing of the server reaches the browser.
 */
export type DeviationDocument = z.output<typeof S.DeviationDocument>;
export type DeviationArea = z.output<typeof S.DeviationArea>;
export type DeviationYear = z.output<typeof S.DeviationYear>;
export type PeerDeviations = z.output<typeof S.PeerDeviations>;
export type DeviationExplanation = z.output<typeof S.ExplanationDocument>;
/** What the explanation form sends (`PUT …/explanation`). */
export type ExplanationBody = z.input<typeof S.ExplanationBody>;

/**
 * Every budget follow-up query sits under this key: the answer depends on who is logged in
 * (a municipality's internal explanations), so a save or a login drops it at once.
 */
export const BUDGET_KEY = 'budget-deviations';

/** `GET /budget-deviations?municipality=`: the deviations as the logged-in user sees them. */
export function useBudgetDeviations(
  params: Params | null,
): UseQueryResult<DeviationDocument, Error> {
  const session = useSession();
  const who = session.data?.loggedIn ? session.data.user.email : '';
  return useQuery<DeviationDocument, Error>({
    queryKey: [BUDGET_KEY, params, who],
    queryFn: () =>
      sendJson<DeviationDocument>('GET', 'budget-deviations', undefined, { params: params ?? {} }),
    enabled: params !== null && !session.isPending,
    staleTime: 30_000,
  });
}

/** Drops every budget follow-up answer (after an explanation is saved). */
export function invalidateBudget(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: [BUDGET_KEY] });
}
