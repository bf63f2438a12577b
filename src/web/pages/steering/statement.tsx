import type { QuestionnaireDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { SCORES, type AnswerValue } from './answer-state.ts';

type Statement = QuestionnaireDocument['centres'][number]['statements'][number];
type Scale = QuestionnaireDocument['scale']['da'];

/**
 * One statement as a radio group: its text as the legend, what 1 and 5 look like (described
 * by), the scores 1–5 with the scale's words and "ved ikke"; a refusal naming the statement
 * stands inside it.
 */
export function StatementField({
  s,
  scale,
  value,
  problem,
  onAnswer,
}: {
  readonly s: Statement;
  readonly scale: Scale;
  readonly value: AnswerValue | undefined;
  readonly problem: string | undefined;
  readonly onAnswer: (id: string, value: AnswerValue) => void;
}) {
  const { t, locale } = useI18n();
  const a = t.steering.answer;
  const da = locale === 'da';
  const described = `${s.id}-anchors${problem === undefined ? '' : ` ${s.id}-problem`}`;
  const option = (v: AnswerValue, num: string | null, word: string) => (
    <label
      key={String(v)}
      className={`steering-option${num === null ? ' steering-option-dont-know' : ''}`}
    >
      <input
        type="radio"
        name={`answer-${s.id}`}
        value={String(v)}
        checked={value === v}
        onChange={() => onAnswer(s.id, v)}
      />
      {num === null ? null : <span className="steering-option-num">{num}</span>}
      <span className="steering-option-word">{word}</span>
    </label>
  );
  return (
    <fieldset
      id={`statement-${s.id}`}
      className={`steering-statement${problem === undefined ? '' : ' has-problem'}`}
      data-statement={s.id}
      data-answered={value === undefined ? 'false' : 'true'}
      aria-describedby={described}
    >
      <legend>
        <span className="steering-statement-id">{s.id}</span> {da ? s.textDa : s.textEn}
      </legend>
      <ul id={`${s.id}-anchors`} className="steering-anchors">
        <li>{a.low(da ? s.lowDa : s.lowEn)}</li>
        <li>{a.high(da ? s.highDa : s.highEn)}</li>
      </ul>
      <div className="steering-options">
        {SCORES.map((v) => option(v, String(v), scale[String(v) as '1'] ?? ''))}
        {option('dont-know', null, scale.dontKnow || a.dontKnow)}
      </div>
      {problem === undefined ? null : (
        <p className="field-problem" id={`${s.id}-problem`} data-testid={`problem-${s.id}`}>
          {problem}
        </p>
      )}
    </fieldset>
  );
}
