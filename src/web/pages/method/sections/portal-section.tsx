import { useI18n } from '../../../i18n/index.ts';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/** The knowledge portal: from a gap to what others did, and how search works (§3.10). */
export function PortalSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.portal;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro]} />
      <TextList items={s.steps} ordered />
      <Paragraphs texts={s.after} />
    </MethodSection>
  );
}
