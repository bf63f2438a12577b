import { useI18n } from '../../../i18n/index.ts';
import { Formula } from '../formula.tsx';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/** Whom to talk to: who qualifies and the score rule (DESIGN.md §3.7). */
export function TalkToSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.talkTo;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro]} />
      <TextList items={s.steps} ordered />
      <Formula formula={s.score} legendLabel={t.method.where} />
      <Paragraphs texts={s.after} />
    </MethodSection>
  );
}
