import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';

/**
 * The page's one <h1>, also the document title; focused after client-side navigation so
 * screen readers announce the new page.
 */
export function PageTitle({
  children,
  title,
}: {
  readonly children: ReactNode;
  /** The document title's first part (defaults to the heading when it is plain text). */
  readonly title?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} · ${t.common.appName}` : t.common.appName;
  }, [text, t]);
  useEffect(() => {
    if (window.history.state !== null || window.location.hash === '') {
      if (document.activeElement && document.activeElement !== document.body) return;
    }
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
