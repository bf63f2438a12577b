import { useI18n } from '../../../i18n/index.ts';
import { Formula } from '../formula.tsx';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/**
 * Which figures a package sums (DESIGN.md §3.4a): aggregates beside it, the non-overlapping set
 * with the most money per family, each figure in one theme; the two sums and the coverage.
 */
export function PackageSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.packageRule;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro]} />
      <TextList items={s.rules} />
      <h3>{s.sumsTitle}</h3>
      <Paragraphs texts={[s.sums]} />
      <h3>{s.coverageTitle}</h3>
      <p>{s.coverageIntro}</p>
      <Formula formula={s.coverage} legendLabel={t.method.where} />
      <Paragraphs texts={[s.coverageText]} />
    </MethodSection>
  );
}
