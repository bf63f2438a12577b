import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ApiError,
  invalidateSteering,
  useSend,
  type AssessmentDocument,
  type AssessmentPatchBody,
} from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * Shares or stops sharing the result (PATCH with the version the page shows): a save made
 * meanwhile (409) reloads the assessment and says so, so the choice is made on the newest.
 */
export function ShareToggle({ d }: { readonly d: AssessmentDocument }) {
  const { t, locale } = useI18n();
  const a = t.steeringResult.actions;
  const send = useSend();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const body: AssessmentPatchBody = { shared: !d.shared, baseVersion: d.version };
      await send('PATCH', `steering/assessments/${d.id}`, body);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setProblem(a.conflict);
      else if (err instanceof ApiError)
        setProblem(
          err.status === 0
            ? t.common.state.networkError
            : (locale === 'da' ? err.detailDa : err.detailEn) || err.detailDa,
        );
      else setProblem(String(err));
    } finally {
      await invalidateSteering(client);
      setBusy(false);
    }
  };
  return (
    <div className="steering-share" data-testid="steering-share">
      <button type="button" onClick={() => void toggle()} disabled={busy}>
        {busy ? a.busy : d.shared ? a.unshare : a.share}
      </button>
      <p className="steering-note">{a.shareHelp}</p>
      <div role="alert">{problem ? <p className="error">{problem}</p> : null}</div>
    </div>
  );
}
