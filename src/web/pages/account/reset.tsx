import { SetPasswordPage } from './set-password.tsx';

/** /ny-adgangskode: a new password with a reset token from the CLI (or its mail). */
export default function PasswordResetPage() {
  return <SetPasswordPage kind="reset" />;
}
