import { useI18n } from '../../../i18n/index.ts';
import { Formula, RichText } from '../formula.tsx';
import { MethodSection, Paragraphs } from '../section.tsx';

/** The benchmark levels c*, each with its formula (DESIGN.md §3.3). */
export function LevelsSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.levels;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro, s.listIntro]} />
      <dl className="method-levels">
        {s.items.map((item) => (
          <div key={item.name} className="method-level">
            <dt>{item.name}</dt>
            <dd>
              <Formula formula={item.formula} legendLabel={t.method.where} />
              <p>
                <RichText text={item.text} />
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </MethodSection>
  );
}
