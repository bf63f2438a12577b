import { Link, useParams } from 'wouter';
import { usePortalItem, useSession, type PortalItemDocument } from '../../api/index.ts';
import { Loading, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { EditorForm } from './editor-form.tsx';
import { emptyState, stateOf } from './editor-state.ts';
import './portal.css';

/** /viden/ny and /viden/{id}/rediger: write a new item, or edit one the user may edit. */
export default function PortalEditorPage() {
  const { t } = useI18n();
  const e = t.portal.editor;
  const { id = '' } = useParams<{ id?: string }>();
  const session = useSession();
  if (session.isPending) return <Loading height={600} />;
  if (!session.data?.loggedIn) {
    const here = id === '' ? '/viden/ny' : `/viden/${id}/rediger`;
    return (
      <div className="page portal-editor-page">
        <PageTitle>{id === '' ? e.newTitle : t.portal.item.edit}</PageTitle>
        <p className="notice">
          <Link href={`/log-ind?next=${encodeURIComponent(here)}`}>{e.loginNeeded}</Link>
        </p>
      </div>
    );
  }
  const user = session.data.user;
  if (id === '') {
    return (
      <div className="page portal-editor-page">
        <PageTitle>{e.newTitle}</PageTitle>
        <EditorForm initial={emptyState(user)} user={user} item={null} />
      </div>
    );
  }
  return <EditExisting id={id} user={user} />;
}

function EditExisting({
  id,
  user,
}: {
  readonly id: string;
  readonly user: Parameters<typeof EditorForm>[0]['user'];
}) {
  const { t } = useI18n();
  const item = usePortalItem(id);
  return (
    <div className="page portal-editor-page">
      {item.data ? null : <PageTitle>{t.portal.item.edit}</PageTitle>}
      <QueryView query={item} height={600}>
        {(d: PortalItemDocument) =>
          d.canEdit ? (
            <>
              <PageTitle>{t.portal.editor.editTitle(d.title)}</PageTitle>
              <EditorForm
                key={d.id}
                initial={stateOf(d)}
                user={user}
                item={d}
                reload={async () => (await item.refetch()).data}
              />
            </>
          ) : (
            <>
              <PageTitle>{d.title}</PageTitle>
              <p className="notice">{t.portal.editor.notAllowed}</p>
            </>
          )
        }
      </QueryView>
    </div>
  );
}
