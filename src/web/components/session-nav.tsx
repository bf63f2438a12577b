import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { refreshSession, sendJson, useSession } from '../api/index.ts';
import { useI18n } from '../i18n/index.ts';
import './session-nav.css';

/**
 * The header's account links: "Log ind" when logged out (back to this page after login), the
 * user's email (to my account) and "Log ud" when logged in. Nothing while the session is read,
 * so the header does not jump from one to the other.
 */
export function SessionNav() {
  const { t } = useI18n();
  const a = t.account.nav;
  const session = useSession();
  const client = useQueryClient();
  const [location] = useLocation();
  const [busy, setBusy] = useState(false);
  if (session.isPending) return <div className="session-nav" />;
  const data = session.data;
  if (!data?.loggedIn) {
    const here = `${location}${window.location.search}`;
    const next =
      location === '/log-ind' || location === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return (
      <div className="session-nav">
        <Link href={`/log-ind${next}`} aria-current={location === '/log-ind' ? 'page' : undefined}>
          {a.login}
        </Link>
      </div>
    );
  }
  const logout = async () => {
    setBusy(true);
    try {
      await sendJson('DELETE', 'session', undefined, { csrfToken: data.csrfToken });
    } catch {
      // An ended session is logged out already; the session is asked for again below.
    } finally {
      setBusy(false);
      await refreshSession(client);
    }
  };
  return (
    <div className="session-nav">
      <Link
        href="/min-konto"
        className="session-email"
        aria-label={a.account(data.user.email)}
        aria-current={location === '/min-konto' ? 'page' : undefined}
      >
        {data.user.email}
      </Link>
      <button
        type="button"
        className="session-logout"
        disabled={busy}
        onClick={() => void logout()}
      >
        {a.logout}
      </button>
    </div>
  );
}
