import { useI18n } from '../../../i18n/index.ts';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/** The effect check of initiatives: the window, DiD, synthetic control, placebos (§3.8). */
export function EffectSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.methodEffect;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={s.intro} />
      <TextList items={s.steps} ordered />
      <h3>{s.verdictsTitle}</h3>
      <TextList items={s.verdicts} />
      <h3>{s.refusalsTitle}</h3>
      <TextList items={s.refusals} />
      <h3>{s.limitsTitle}</h3>
      <TextList items={s.limits} />
    </MethodSection>
  );
}
