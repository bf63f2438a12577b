import { Fragment } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { Formula, RichText } from '../formula.tsx';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/**
 * The steering model (issue 19, DESIGN.md §3.9): the three centres, the questionnaire, the
 * scores and grades, the economic centre's data score, the findings, the comparison and limits.
 */
export function SteeringSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.methodSteering;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={s.intro} />
      <TextList items={s.centres} />
      <h3>{s.questionnaireTitle}</h3>
      <Paragraphs texts={s.questionnaire} />
      <h3>{s.scoresTitle}</h3>
      <TextList items={s.scores} />
      <h3>{s.dataTitle}</h3>
      <Paragraphs texts={s.dataIntro} />
      {s.components.map((c) => (
        <Fragment key={c.formula.expression}>
          <p>
            <RichText text={c.text} />
          </p>
          <Formula formula={c.formula} legendLabel={t.method.where} />
          <p>
            <RichText text={c.bands} />
          </p>
        </Fragment>
      ))}
      <Paragraphs texts={s.dataAfter} />
      <h3>{s.preventionTitle}</h3>
      <Paragraphs texts={s.prevention} />
      <h3>{s.findingsTitle}</h3>
      <Paragraphs texts={s.findingsIntro} />
      <TextList items={s.findings} />
      <h3>{s.comparisonTitle}</h3>
      <TextList items={s.comparison} />
      <h3>{s.roundsTitle}</h3>
      <TextList items={s.rounds} />
      <h3>{s.limitsTitle}</h3>
      <TextList items={s.limits} />
    </MethodSection>
  );
}
