import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import {
  useInitiative,
  useMunicipalities,
  usePortalItem,
  usePortalSimilar,
  type PortalItemDocument,
} from '../../api/index.ts';
import { ItemBadges, PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { fileSize } from './attachments.tsx';
import { BodyHtml } from './body-html.tsx';
import { ItemFigures } from './item-figures.tsx';
import { ItemHistory } from './item-history.tsx';
import './portal.css';

/** /viden/{id}: one item of the knowledge portal. */
export default function PortalItemPage() {
  const { t } = useI18n();
  const { id = '' } = useParams<{ id: string }>();
  const item = usePortalItem(id);
  return (
    <div className="page portal-item-page">
      <p>
        <Link href="/viden">← {t.portal.item.back}</Link>
      </p>
      {item.data === undefined ? <PageTitle>{t.portal.search.title}</PageTitle> : null}
      <QueryView query={item} height={600}>
        {(d) => <Item d={d} />}
      </QueryView>
    </div>
  );
}

function Item({ d }: { readonly d: PortalItemDocument }) {
  const { t, f } = useI18n();
  const p = t.portal.item;
  const municipalities = useMunicipalities();
  const nameOf = (code: string) => municipalities.data?.find((m) => m.code === code)?.name ?? code;
  const figuresCode = d.municipality ?? d.municipalities[0] ?? null;
  const id = String(d.id);
  return (
    <article>
      <div className="portal-item-head">
        <ItemBadges kind={d.kind} example={d.example} status={d.status} />
        {d.canEdit ? (
          <Link href={`/viden/${d.id}/rediger`} className="portal-edit">
            {p.edit}
          </Link>
        ) : null}
      </div>
      <PageTitle title={d.title}>
        <span lang="da">{d.title}</span>
      </PageTitle>
      {d.status === 'draft' ? <p className="notice">{p.draftNote}</p> : null}
      {d.status === 'archived' ? <p className="notice">{p.archivedNote}</p> : null}
      <p className="portal-item-summary" lang="da">
        {d.summary}
      </p>
      <p className="portal-field-help">
        {d.publishedAt !== null ? `${p.published(f.date(d.publishedAt))} · ` : ''}
        {p.updated(f.date(d.updatedAt))}
        {d.author ? ` · ${p.by(d.author.name)}` : ''}
      </p>
      <div className="portal-item-layout">
        <div>
          <BodyHtml html={d.bodyHtml} />
          <ItemFigures
            ids={d.keyFigures}
            code={figuresCode}
            municipalityName={figuresCode === null ? null : nameOf(figuresCode)}
          />
          <section aria-labelledby="portal-history-heading">
            <h2 id="portal-history-heading">{p.history}</h2>
            <ItemHistory id={id} versions={d.version} />
          </section>
          <Similar id={id} />
        </div>
        <Facts d={d} nameOf={nameOf} />
      </div>
    </article>
  );
}

/** The initiative the item documents (issue 17), when the reader may see it. */
function InitiativeLink({ id }: { readonly id: number }) {
  const { t } = useI18n();
  const initiative = useInitiative(String(id));
  if (!initiative.data) return null;
  return (
    <>
      <h2>{t.portal.item.initiative}</h2>
      <p>
        <Link href={`/initiativer/${id}`} lang="da">
          {initiative.data.title}
        </Link>
      </p>
    </>
  );
}

/** The item's facts beside its text: themes, municipalities, contact, links, sources, files. */
function Facts({
  d,
  nameOf,
}: {
  readonly d: PortalItemDocument;
  readonly nameOf: (code: string) => string;
}) {
  const { t, f } = useI18n();
  const p = t.portal.item;
  const list = (heading: string, items: readonly ReactNode[]) =>
    items.length === 0 ? null : (
      <>
        <h2>{heading}</h2>
        <ul>
          {items.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>
      </>
    );
  return (
    <aside className="portal-facts" aria-label={p.facts}>
      {list(
        p.themes,
        d.themes.map((x) => (
          <Link key={x} href={`/viden?theme=${x}`}>
            {t.common.themes[x] ?? x}
          </Link>
        )),
      )}
      {list(
        p.topics,
        d.topics.map((x) => (
          <Link key={x} href={`/viden?topic=${x}`}>
            {t.portal.topics[x] ?? x}
          </Link>
        )),
      )}
      {list(
        p.municipalities,
        d.municipalities.map((c) => (
          <Link key={c} href={`/kommune/${c}`}>
            {nameOf(c)}
          </Link>
        )),
      )}
      {d.startYear !== null ? (
        <>
          <h2>{p.startYear}</h2>
          <p>{d.startYear}</p>
        </>
      ) : null}
      {d.initiativeId !== null ? <InitiativeLink id={d.initiativeId} /> : null}
      {d.contact !== null ? (
        <>
          <h2>{p.contact}</h2>
          <p data-testid="portal-contact">
            {d.contact.name}
            {d.contact.role ? <span lang="da">, {d.contact.role}</span> : null}
            <br />
            <a href={`mailto:${d.contact.email}`}>{d.contact.email}</a>
          </p>
        </>
      ) : d.contactHidden ? (
        <>
          <h2>{p.contact}</h2>
          <p data-testid="portal-contact-hidden">
            <Link href={`/log-ind?next=${encodeURIComponent(`/viden/${d.id}`)}`}>
              {p.contactHidden}
            </Link>
          </p>
        </>
      ) : null}
      {list(
        p.links,
        d.links.map((l) => (
          <a key={l.url} href={l.url} rel="noopener noreferrer" lang="da">
            {l.title}
          </a>
        )),
      )}
      {list(
        p.sources,
        d.sources.map((x) => <span lang="da">{x}</span>),
      )}
      {list(
        p.attachments,
        d.attachments.map((a) => (
          <a key={a.id} href={a.url} download={a.name}>
            {a.name} ({fileSize(f.number, a.size)})
          </a>
        )),
      )}
    </aside>
  );
}

/** "Mere som dette": items like this one (GET …/similar). */
function Similar({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const query = usePortalSimilar(id);
  return (
    <section aria-labelledby="portal-similar-heading">
      <h2 id="portal-similar-heading">{t.portal.item.similar}</h2>
      <QueryView query={query} height={80}>
        {(d) =>
          d.items.length === 0 ? (
            <p>{t.portal.item.noSimilar}</p>
          ) : (
            <ul className="portal-similar">
              {d.items.map((x) => (
                <li key={x.id}>
                  <ItemBadges kind={x.kind} example={x.example} />{' '}
                  <Link href={`/viden/${x.id}`} lang="da">
                    {x.title}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
