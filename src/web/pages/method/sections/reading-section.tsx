import { useI18n } from '../../../i18n/index.ts';
import { MethodSection, TextList } from '../section.tsx';

/** How to read the figures: a map of questions, not a verdict ("ikke et facit"). */
export function ReadingSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.reading;
  return (
    <MethodSection id={id} title={s.title}>
      <p>{s.intro}</p>
      <TextList items={s.points} />
    </MethodSection>
  );
}
