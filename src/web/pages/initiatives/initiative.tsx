import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { useInitiative, useKeyFigures, type InitiativeDocument } from '../../api/index.ts';
import { PageTitle, QueryView } from '../../components/index.ts';
import { priceLevelText } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { InitiativeBadges } from './badges.tsx';
import { EffectSection } from './effect-section.tsx';
import { InitiativeHistory } from './initiative-history.tsx';
import { Baselines, Gains } from './record-gains.tsx';
import '../portal/portal.css';
import './initiatives.css';

/**
 * /initiativer/{id}: one initiative as recorded (every field, its baselines, the gains the
 * municipality reports per year, its history), and beside the claimed gain the effect check
 * of each linked key figure.
 */
export default function InitiativePage() {
  const { t } = useI18n();
  const { id = '' } = useParams<{ id: string }>();
  const item = useInitiative(id);
  return (
    <div className="page initiative-page">
      <p>
        <Link href="/initiativer">← {t.initiatives.record.back}</Link>
      </p>
      {item.data === undefined ? <PageTitle>{t.initiatives.overview.title}</PageTitle> : null}
      <QueryView query={item} height={800}>
        {(d) => <Record d={d} />}
      </QueryView>
    </div>
  );
}

function Record({ d }: { readonly d: InitiativeDocument }) {
  const { t, f } = useI18n();
  const r = t.initiatives.record;
  return (
    <article>
      <div className="initiative-head">
        <InitiativeBadges example={d.example} visibility={d.visibility} />
        {d.canEdit ? (
          <Link href={`/initiativer/${d.id}/rediger`} className="initiative-edit">
            {r.edit}
          </Link>
        ) : null}
      </div>
      <PageTitle title={d.title}>
        <span lang="da">{d.title}</span>
      </PageTitle>
      <p className="initiatives-note">
        {r.updated(f.date(d.updatedAt))}
        {d.author ? ` · ${r.by(d.author.name)}` : ''}
      </p>
      <div className="initiative-layout">
        <div className="initiative-main">
          {d.description.trim() === '' ? (
            <p className="initiatives-note">{r.noDescription}</p>
          ) : (
            <div className="initiative-description" lang="da">
              {d.description.split(/\n{2,}/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          )}
          <Gains d={d} />
          <Baselines d={d} />
        </div>
        <Facts d={d} />
      </div>
      {/* Full width: the charts and the per-year table need the room. */}
      <EffectSection id={String(d.id)} municipalityName={d.municipalityName} />
      <section aria-labelledby="initiative-history-heading">
        <h2 id="initiative-history-heading">{r.history}</h2>
        <InitiativeHistory id={String(d.id)} versions={d.version} />
      </section>
    </article>
  );
}

/** The record's facts beside it: where, what kind, who, when, and where the money went. */
function Facts({ d }: { readonly d: InitiativeDocument }) {
  const { t, locale, name } = useI18n();
  const r = t.initiatives.record;
  const figures = useKeyFigures();
  const figureName = (id: string) => {
    const k = figures.data?.find((x) => x.id === id);
    return k ? name(k) : id;
  };
  const fact = (label: string, value: ReactNode, testId?: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
  const money = t.initiatives.moneyUses[d.money.use] ?? d.money.use;
  return (
    <aside className="initiative-facts" aria-label={r.facts}>
      <dl>
        {fact(
          r.municipality,
          <Link href={`/kommune/${d.municipality}`}>{d.municipalityName}</Link>,
        )}
        {fact(r.theme, t.common.themes[d.theme] ?? d.theme)}
        {fact(r.type, t.initiatives.types[d.type] ?? d.type)}
        {fact(r.status, t.initiatives.statuses[d.status] ?? d.status, 'initiative-status')}
        {fact(r.startYear, String(d.startYear), 'initiative-start')}
        {d.owner
          ? fact(
              r.owner,
              <>
                {d.owner.name}
                {d.owner.role ? <span lang="da">, {d.owner.role}</span> : null}
              </>,
            )
          : null}
        {fact(
          r.money,
          <>
            {money}
            {d.money.area ? <span lang="da">: {d.money.area}</span> : null}
          </>,
        )}
        {fact(t.initiatives.editor.prices, priceLevelText(locale, d.prices))}
        {fact(r.visibility, t.initiatives.visibilities[d.visibility] ?? d.visibility)}
      </dl>
      {d.keyFigures.length > 0 ? (
        <>
          <h2>{r.keyFigures}</h2>
          <ul>
            {d.keyFigures.map((k) => (
              <li key={k}>
                <Link href={`/noegletal/${k}`}>{figureName(k)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.portalLinks.length > 0 ? (
        <>
          <h2>{r.portal}</h2>
          <ul>
            {d.portalLinks.map((p) => (
              <li key={p.id}>
                <Link href={`/viden/${p.id}`} lang="da">
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
