import type { Warning } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** A warning's message in the current language, and its short name. */
function useWarningWords() {
  const { t, locale } = useI18n();
  return (w: Warning) => ({
    label: t.common.warnings.codes[w.code] ?? w.code,
    message: locale === 'da' ? w.messageDa : w.messageEn,
  });
}

/**
 * A warning in words, next to what it concerns: an icon, its name and the API's message, so
 * it never rests on colour alone.
 */
export function WarningNote({
  warning,
  context,
}: {
  readonly warning: Warning;
  /** What it concerns, when not clear from where it stands (e.g. a theme's peer group). */
  readonly context?: string | undefined;
}) {
  const words = useWarningWords()(warning);
  return (
    <p className="warning-note" data-warning={warning.code}>
      <span className="warning-icon" aria-hidden="true">
        ⚠
      </span>{' '}
      <strong>
        {words.label}
        {context ? ` (${context})` : ''}:
      </strong>{' '}
      <span className="warning-message">{words.message}</span>
    </p>
  );
}

/**
 * Warnings in little space (a figure's row, the peer groups beside the total): each is a
 * disclosure named by its kind, the message one click or key press away.
 */
export function WarningDisclosures({
  warnings,
  className,
}: {
  readonly warnings: readonly {
    readonly warning: Warning;
    readonly context?: string | undefined;
  }[];
  readonly className?: string;
}) {
  const { t } = useI18n();
  const words = useWarningWords();
  if (warnings.length === 0) return null;
  return (
    <ul className={`warning-list ${className ?? ''}`.trim()} aria-label={t.common.warnings.label}>
      {warnings.map(({ warning, context }, i) => {
        const w = words(warning);
        return (
          <li key={`${warning.code}-${i}`} data-warning={warning.code}>
            <details>
              <summary>
                <span className="warning-icon" aria-hidden="true">
                  ⚠
                </span>{' '}
                <span className="visually-hidden">{t.common.warnings.prefix}: </span>
                {w.label}
                {context ? `: ${context}` : ''}
              </summary>
              <p className="warning-message">{w.message}</p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
