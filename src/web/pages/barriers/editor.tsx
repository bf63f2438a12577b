import { Link, useParams } from 'wouter';
import { useBarrier, useSession, type BarrierDocument, type SessionUser } from '../../api/index.ts';
import { Loading, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { BarrierEditorForm } from './editor-form.tsx';
import { emptyForm, formOf } from './editor-state.ts';
import '../portal/portal.css';
import './barriers.css';

/** /regelbarrierer/ny and /regelbarrierer/{id}/rediger: report a rule barrier, or edit one. */
export default function BarrierEditorPage() {
  const { t } = useI18n();
  const e = t.barriers.editor;
  const { id = '' } = useParams<{ id?: string }>();
  const session = useSession();
  if (session.isPending) return <Loading height={800} />;
  if (!session.data?.loggedIn) {
    const here = id === '' ? '/regelbarrierer/ny' : `/regelbarrierer/${id}/rediger`;
    return (
      <div className="page barrier-editor-page">
        <PageTitle>{id === '' ? e.newTitle : t.barriers.record.edit}</PageTitle>
        <p className="notice">
          <Link href={`/log-ind?next=${encodeURIComponent(here)}`}>{e.loginNeeded}</Link>
        </p>
      </div>
    );
  }
  const user = session.data.user;
  if (id === '') {
    return (
      <div className="page barrier-editor-page">
        <PageTitle>{e.newTitle}</PageTitle>
        {user.role === 'municipality-editor' ? (
          <BarrierEditorForm initial={emptyForm(user)} user={user} item={null} />
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
  const item = useBarrier(id);
  return (
    <div className="page barrier-editor-page">
      {item.data ? null : <PageTitle>{t.barriers.record.edit}</PageTitle>}
      <QueryView query={item} height={800}>
        {(d: BarrierDocument) =>
          d.viewer.canEdit ? (
            <>
              <PageTitle>{t.barriers.editor.editTitle(d.title)}</PageTitle>
              <BarrierEditorForm
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
              <p className="notice">{t.barriers.editor.notAllowed}</p>
            </>
          )
        }
      </QueryView>
    </div>
  );
}
