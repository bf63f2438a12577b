import { useI18n } from '../../../i18n/index.ts';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/** Rule barriers: reporting, seconds, merges and how the national list is ranked (§3.11). */
export function BarriersSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.methodBarriers.barriers;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={s.intro} />
      <TextList items={s.rules} />
      <h3>{s.rankTitle}</h3>
      <TextList items={s.rank} />
    </MethodSection>
  );
}

/** Budget follow-up: the deviation, the threshold, the flag and the explanations (§3.11). */
export function BudgetSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.methodBarriers.budget;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={s.intro} />
      <TextList items={s.rules} />
    </MethodSection>
  );
}
