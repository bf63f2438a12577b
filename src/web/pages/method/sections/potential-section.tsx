import { useI18n } from '../../../i18n/index.ts';
import { Formula } from '../formula.tsx';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/** The potential, its sign and the corridor across levels (DESIGN.md §3.4). */
export function PotentialSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.potential;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro]} />
      <Formula formula={s.formula} legendLabel={t.method.where} />
      <p className="method-example">{s.example}</p>
      <h3>{s.signTitle}</h3>
      <TextList items={s.sign} />
      <p>{s.positiveIntro}</p>
      <Formula formula={s.positive} legendLabel={t.method.where} />
      <h3>{s.corridorTitle}</h3>
      <Paragraphs texts={s.corridor.slice(0, 1)} />
      <Formula formula={s.corridorFormula} legendLabel={t.method.where} />
      <Paragraphs texts={s.corridor.slice(1)} />
    </MethodSection>
  );
}
