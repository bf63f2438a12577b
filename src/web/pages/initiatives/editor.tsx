import { Link, useParams } from 'wouter';
import {
  useInitiative,
  useSession,
  type InitiativeDocument,
  type SessionUser,
} from '../../api/index.ts';
import { Loading, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { InitiativeEditorForm } from './editor-form.tsx';
import { emptyForm, formOf } from './editor-state.ts';
import '../portal/portal.css';
import './initiatives.css';

/** /initiativer/ny and /initiativer/{id}/rediger: register an initiative, or edit one. */
export default function InitiativeEditorPage() {
  const { t } = useI18n();
  const e = t.initiatives.editor;
  const { id = '' } = useParams<{ id?: string }>();
  const session = useSession();
  if (session.isPending) return <Loading height={800} />;
  if (!session.data?.loggedIn) {
    const here = id === '' ? '/initiativer/ny' : `/initiativer/${id}/rediger`;
    return (
      <div className="page initiative-editor-page">
        <PageTitle>{id === '' ? e.newTitle : t.initiatives.record.edit}</PageTitle>
        <p className="notice">
          <Link href={`/log-ind?next=${encodeURIComponent(here)}`}>{e.loginNeeded}</Link>
        </p>
      </div>
    );
  }
  const user = session.data.user;
  if (id === '') {
    return (
      <div className="page initiative-editor-page">
        <PageTitle>{e.newTitle}</PageTitle>
        {user.role === 'municipality-editor' ? (
          <InitiativeEditorForm initial={emptyForm(user)} user={user} item={null} />
        ) : (
          <p className="notice">{e.loginNeeded}</p>
        )}
      </div>
    );
  }
  return <EditExisting id={id} user={user} />;
}

function EditExisting({ id, user }: { readonly id: string; readonly user: SessionUser }) {
  const { t } = useI18n();
  const item = useInitiative(id);
  return (
    <div className="page initiative-editor-page">
      {item.data ? null : <PageTitle>{t.initiatives.record.edit}</PageTitle>}
      <QueryView query={item} height={800}>
        {(d: InitiativeDocument) =>
          d.canEdit ? (
            <>
              <PageTitle>{t.initiatives.editor.editTitle(d.title)}</PageTitle>
              <InitiativeEditorForm
                key={d.id}
                initial={formOf(d)}
                user={user}
                item={d}
                reload={async () => (await item.refetch()).data}
              />
            </>
          ) : (
            <>
              <PageTitle>{d.title}</PageTitle>
              <p className="notice">{t.initiatives.editor.notAllowed}</p>
            </>
          )
        }
      </QueryView>
    </div>
  );
}
