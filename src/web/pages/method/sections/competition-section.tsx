import { useI18n } from '../../../i18n/index.ts';
import { MethodSection, Paragraphs } from '../section.tsx';

/** IKU and PLI: what they measure, the PLI's definition break, and why they are context only. */
export function CompetitionSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.competition;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={s.paragraphs} />
    </MethodSection>
  );
}
