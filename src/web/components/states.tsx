import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ApiError, useHealth } from '../api/index.ts';
import { useI18n } from '../i18n/index.ts';

/**
 * A placeholder of the content's own size while it loads, so nothing moves when data
 * arrives; announced politely to screen readers.
 */
export function Loading({
  height = 200,
  label,
}: {
  readonly height?: number | undefined;
  readonly label?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="loading" style={{ minHeight: height }} role="status" aria-live="polite">
      <span className="loading-text">{label ?? t.common.state.loading}</span>
    </div>
  );
}

/** What went wrong, in the user's language, with a retry when it may help. */
export function ErrorMessage({
  error,
  retry,
}: {
  readonly error: Error;
  readonly retry?: () => void;
}) {
  const { t, locale } = useI18n();
  const text =
    error instanceof ApiError
      ? error.status === 0
        ? t.common.state.networkError
        : (locale === 'da' ? error.detailDa : error.detailEn) || error.detailDa
      : error.message;
  return (
    <div className="error" role="alert">
      <p>
        <strong>{t.common.state.error}:</strong> {text}
      </p>
      {retry ? (
        <button type="button" onClick={retry}>
          {t.common.state.retry}
        </button>
      ) : null}
    </div>
  );
}

/** A query's three states in one place: loading (sized), error (with retry), data. */
export function QueryView<T>({
  query,
  height,
  children,
}: {
  readonly query: {
    readonly data: T | undefined;
    readonly error: Error | null;
    readonly isPending: boolean;
    readonly refetch: () => unknown;
  };
  readonly height?: number;
  readonly children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorMessage error={query.error} retry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <Loading height={height} />;
  return <>{children(query.data)}</>;
}

/** Shown above a page's content when the database has no figures yet. */
export function EmptyDatabaseNotice() {
  const { t } = useI18n();
  const health = useHealth();
  if (!health.data?.empty) return null;
  return (
    <div className="notice" role="status">
      <p>{t.common.state.emptyDatabase}</p>
      <Link href="/data">{t.common.state.emptyDatabaseLink}</Link>
    </div>
  );
}
