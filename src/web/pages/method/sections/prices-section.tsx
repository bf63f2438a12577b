import { useI18n } from '../../../i18n/index.ts';
import { Formula } from '../formula.tsx';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/**
 * Price levels (DESIGN.md §3.4b): current and fixed prices, the pris- og lønindeks and where
 * it comes from, which level is shown by default, and what happens without an index.
 */
export function PricesSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.prices;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={s.intro} />
      <h3>{s.indexTitle}</h3>
      <Paragraphs texts={[s.indexIntro]} />
      <Formula formula={s.conversion} legendLabel={t.method.where} />
      <Paragraphs texts={s.index} />
      <h3>{s.defaultsTitle}</h3>
      <TextList items={s.defaults} />
      <h3>{s.missingTitle}</h3>
      <Paragraphs texts={[s.missing]} />
    </MethodSection>
  );
}
