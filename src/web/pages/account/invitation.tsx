import { SetPasswordPage } from './set-password.tsx';

/** /invitation: accept an invitation from an admin by choosing a password. */
export default function InvitationPage() {
  return <SetPasswordPage kind="invitation" />;
}
