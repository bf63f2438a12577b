import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../i18n/index.ts';
import { SessionNav } from './session-nav.tsx';

const NAV = [
  ['/', 'home'],
  ['/noegletal', 'keyFigures'],
  ['/sammenlign', 'compare'],
  ['/viden', 'portal'],
  ['/initiativer', 'initiatives'],
  ['/regelbarrierer', 'barriers'],
  ['/styring', 'steering'],
  ['/metode', 'method'],
  ['/data', 'data'],
] as const;

/** The frame of every page: skip link, header with menu and language, main, footer. */
export function Layout({ children }: { readonly children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const [location] = useLocation();
  const current = (href: string) =>
    href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.common.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              P
            </span>
            <span className="brand-name">{t.common.appName}</span>
          </Link>
          <nav aria-label={t.common.nav.label} className="site-nav">
            <ul>
              {NAV.map(([href, key]) => (
                <li key={href}>
                  <Link href={href} aria-current={current(href) ? 'page' : undefined}>
                    {t.common.nav[key]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SessionNav />
          <button
            type="button"
            className="language-switch"
            lang={locale === 'da' ? 'en' : 'da'}
            aria-label={t.common.language.switchToLabel}
            onClick={() => setLocale(locale === 'da' ? 'en' : 'da')}
          >
            {t.common.language.switchTo}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.common.footer.notAVerdict}</p>
        <p>{t.common.footer.sources}</p>
        <p>
          <a href="/api/docs">{t.common.footer.api}</a>
        </p>
      </footer>
    </>
  );
}
