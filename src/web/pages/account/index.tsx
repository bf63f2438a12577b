import { Link } from 'wouter';
import { useMunicipalities, useSession, type SessionUser } from '../../api/index.ts';
import { Loading, PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { PasswordSection } from './password-section.tsx';
import { SessionsSection } from './sessions-section.tsx';
import { TokensSection } from './tokens-section.tsx';
import { TotpSection } from './totp-section.tsx';
import './account.css';

/**
 * /min-konto: who I am (email, role, the municipalities I edit for), my password, two-factor
 * authentication, my sessions (log out everywhere) and my API tokens.
 */
export default function AccountPage() {
  const { t } = useI18n();
  const m = t.account.page;
  const session = useSession();
  return (
    <div className="page account-page">
      <PageTitle>{m.title}</PageTitle>
      {session.isPending ? (
        <Loading height={300} />
      ) : !session.data?.loggedIn ? (
        <p className="notice" role="status" data-testid="account-logged-out">
          {m.notLoggedIn}{' '}
          <Link href={`/log-ind?next=${encodeURIComponent('/min-konto')}`}>
            {t.account.nav.login}
          </Link>
        </p>
      ) : (
        <>
          <Who user={session.data.user} expiresAt={session.data.expiresAt} />
          <PasswordSection />
          <TotpSection enabled={session.data.user.totp} />
          <SessionsSection />
          <TokensSection />
        </>
      )}
    </div>
  );
}

function Who({ user, expiresAt }: { readonly user: SessionUser; readonly expiresAt: string }) {
  const { t, f } = useI18n();
  const m = t.account.page;
  const municipalities = useMunicipalities();
  const nameOf = (code: string) => municipalities.data?.find((x) => x.code === code)?.name ?? code;
  return (
    <section className="account-section" aria-labelledby="account-who">
      <h2 id="account-who">{m.who}</h2>
      <dl className="account-facts" data-testid="account-who">
        <dt>{m.email}</dt>
        <dd>{user.email}</dd>
        <dt>{m.role}</dt>
        <dd>{t.account.roles[user.role] ?? user.role}</dd>
        <dt>{m.municipalities}</dt>
        <dd>
          {user.municipalities.length === 0
            ? m.noMunicipalities
            : user.municipalities.map((c, i) => (
                <span key={c}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/kommune/${c}`}>
                    {nameOf(c)} ({c})
                  </Link>
                </span>
              ))}
        </dd>
      </dl>
      <p className="account-help">{m.sessionEnds(f.dateTime(expiresAt))}</p>
    </section>
  );
}
