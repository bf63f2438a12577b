import { useI18n } from '../../i18n/index.ts';

/**
 * "Testdata" on an initiative made by the project (never read as a real gain), "Internt" on
 * one only the municipality's own users see.
 */
export function InitiativeBadges({
  example,
  visibility,
}: {
  readonly example: boolean;
  readonly visibility: string;
}) {
  const { t } = useI18n();
  const x = t.initiatives;
  if (!example && visibility !== 'internal') return null;
  return (
    <span className="portal-badges">
      {example ? (
        <span className="portal-badge portal-example" title={x.exampleHelp}>
          {x.example}
        </span>
      ) : null}
      {visibility === 'internal' ? (
        <span className="portal-badge portal-status-draft">{x.internal}</span>
      ) : null}
    </span>
  );
}
