import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { useBarrier, type BarrierDocument } from '../../api/index.ts';
import { PageTitle, QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { amountText } from '../initiatives/amounts.ts';
import { AnswerForm, MergeForm, SecondForm } from './actions.tsx';
import { BarrierHistory } from './history.tsx';
import '../portal/portal.css';
import './barriers.css';

/**
 * /regelbarrierer/{id}: one rule barrier (issue 18): the rule, its estimate and where it came
 * from, the seconding municipalities, the national editor's answer, the merge trail, its
 * history, and what the reader may do (second, edit, answer, merge).
 */
export default function BarrierPage() {
  const { t } = useI18n();
  const { id = '' } = useParams<{ id: string }>();
  const item = useBarrier(id);
  return (
    <div className="page barrier-page">
      <p>
        <Link href="/regelbarrierer">← {t.barriers.record.back}</Link>
      </p>
      {item.data === undefined ? <PageTitle>{t.barriers.list.title}</PageTitle> : null}
      <QueryView query={item} height={800}>
        {(d) => <Record d={d} />}
      </QueryView>
    </div>
  );
}

function Record({ d }: { readonly d: BarrierDocument }) {
  const i18n = useI18n();
  const { t, f } = i18n;
  const r = t.barriers.record;
  return (
    <article>
      {d.mergedInto ? (
        <p className="barrier-banner" role="note" data-testid="barrier-merged-into">
          {r.mergedIntoText}{' '}
          <Link href={`/regelbarrierer/${d.mergedInto.id}`}>
            #{d.mergedInto.id} <span lang="da">{d.mergedInto.title}</span>
          </Link>
        </p>
      ) : null}
      <div className="barrier-head">
        <span className="barrier-number">{r.number(d.id)}</span>
        <span className={`barrier-state barrier-state-${d.state}`} data-testid="barrier-state">
          {t.barriers.states[d.state] ?? d.state}
        </span>
        {d.viewer.canEdit ? (
          <Link href={`/regelbarrierer/${d.id}/rediger`} className="barrier-edit">
            {r.edit}
          </Link>
        ) : null}
      </div>
      <PageTitle title={d.title}>
        <span lang="da">{d.title}</span>
      </PageTitle>
      <p className="barriers-note">{r.reported(d.municipality.name, f.date(d.createdAt))}</p>
      {d.mergedFrom.length > 0 ? (
        <p className="barrier-merged-from" data-testid="barrier-merged-from">
          {r.mergedFrom}:{' '}
          {d.mergedFrom.map((m, i) => (
            <span key={m.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/regelbarrierer/${m.id}`}>
                #{m.id} <span lang="da">{m.title}</span>
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <div className="barrier-layout">
        <div className="barrier-main">
          <h2>{r.description}</h2>
          <Paragraphs text={d.description} empty={r.noDescription} />
          {d.precedents.trim() !== '' ? (
            <>
              <h2>{r.precedents}</h2>
              <Paragraphs text={d.precedents} empty="" />
            </>
          ) : null}
          {d.links.length > 0 ? (
            <>
              <h2>{r.links}</h2>
              <ul>
                {d.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="noopener noreferrer" lang="da">
                      {l.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Seconds d={d} />
          <Answer d={d} />
        </div>
        <aside className="barrier-facts" aria-label={r.facts}>
          <dl>
            {fact(
              r.rule,
              <>
                <span lang="da" data-testid="barrier-rule">
                  {d.law.name} {d.law.paragraph}
                </span>
                {d.law.url ? (
                  <>
                    <br />
                    <a href={d.law.url} rel="noopener noreferrer">
                      {r.ruleLink}
                    </a>
                  </>
                ) : null}
              </>,
            )}
            {d.area ? fact(r.area, <span lang="da">{d.area}</span>) : null}
            {fact(r.theme, t.common.themes[d.theme] ?? d.theme)}
            {d.keyFigure
              ? fact(
                  r.keyFigure,
                  <Link href={`/noegletal/${d.keyFigure.id}`} lang="da">
                    {d.keyFigure.nameDa}
                  </Link>,
                )
              : null}
            {fact(
              r.estimate,
              d.estimate ? (
                <>
                  {amountText(i18n, d.estimate.amount, d.estimate.prices)}
                  <br />
                  <small>
                    {d.estimate.source === 'potential'
                      ? r.fromPotential(d.estimate.year)
                      : r.entered(d.estimate.year)}
                  </small>
                </>
              ) : (
                r.noEstimate
              ),
              'barrier-estimate',
            )}
            {fact(r.total, amountText(i18n, d.total.amount, d.total.prices), 'barrier-total')}
            {fact(t.barriers.list.columns.seconds, String(d.seconds), 'barrier-seconds')}
          </dl>
        </aside>
      </div>
      <Actions d={d} />
      <section aria-labelledby="barrier-history-heading">
        <h2 id="barrier-history-heading">{r.history}</h2>
        <BarrierHistory id={String(d.id)} />
      </section>
    </article>
  );
}

const fact = (label: string, value: ReactNode, testId?: string) => (
  <>
    <dt>{label}</dt>
    <dd data-testid={testId}>{value}</dd>
  </>
);

function Paragraphs({ text, empty }: { readonly text: string; readonly empty: string }) {
  if (text.trim() === '') return empty ? <p className="barriers-note">{empty}</p> : null;
  return (
    <div className="barrier-text" lang="da">
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

function Seconds({ d }: { readonly d: BarrierDocument }) {
  const i18n = useI18n();
  const { t, f } = i18n;
  const r = t.barriers.record;
  return (
    <section aria-labelledby="barrier-seconds-heading" data-testid="barrier-seconds-list">
      <h2 id="barrier-seconds-heading">{r.seconds}</h2>
      {d.secondsList.length === 0 ? (
        <p>{r.noSeconds}</p>
      ) : (
        <ul className="barrier-seconds">
          {d.secondsList.map((s) => (
            <li key={s.id} data-municipality={s.municipality.code}>
              <strong>{s.municipality.name}</strong> · {f.date(s.at)}
              {s.mergedFrom !== null ? (
                <span className="barrier-from"> ({r.fromBarrier(s.mergedFrom)})</span>
              ) : null}
              {s.estimate ? <> · {amountText(i18n, s.estimate.amount, s.estimate.prices)}</> : null}
              {s.comment ? (
                <p lang="da" className="barrier-comment">
                  {s.comment}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Answer({ d }: { readonly d: BarrierDocument }) {
  const { t, f } = useI18n();
  const r = t.barriers.record;
  return (
    <section aria-labelledby="barrier-answer-heading" data-testid="barrier-answer">
      <h2 id="barrier-answer-heading">{r.answer}</h2>
      {d.answer ? (
        <>
          <p className="barriers-note" data-testid="barrier-answered-at">
            {r.answeredAt(f.date(d.answer.at), t.barriers.states[d.answer.state] ?? d.answer.state)}
          </p>
          <Paragraphs text={d.answer.text} empty="" />
        </>
      ) : (
        <p>{r.noAnswer}</p>
      )}
    </section>
  );
}

/** What the reader may do: second as each of its municipalities, answer and merge. */
function Actions({ d }: { readonly d: BarrierDocument }) {
  const { secondAs, canAnswer } = d.viewer;
  if (secondAs.length === 0 && !canAnswer) return null;
  return (
    <div className="barrier-actions">
      {secondAs.map((code) => (
        <SecondForm key={code} d={d} code={code} />
      ))}
      {canAnswer ? <AnswerForm d={d} /> : null}
      {canAnswer && d.mergedInto === null ? <MergeForm d={d} /> : null}
    </div>
  );
}
