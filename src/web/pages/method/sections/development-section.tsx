import { useI18n } from '../../../i18n/index.ts';
import { Formula, RichText } from '../formula.tsx';
import { MethodSection, Paragraphs } from '../section.tsx';

/** Development relative to the peer group: the index, its change and growth (DESIGN.md §3.5). */
export function DevelopmentSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.development;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro]} />
      <Formula formula={s.index} legendLabel={t.method.where} />
      <p>
        <RichText text={s.changeIntro} />
      </p>
      <ul className="method-formula-list">
        <li>
          <Formula formula={s.change} legendLabel={t.method.where} />
          <p>{s.changeText}</p>
        </li>
        <li>
          <Formula formula={s.growth} legendLabel={t.method.where} />
          <p>{s.growthText}</p>
        </li>
      </ul>
      <Paragraphs texts={s.details} />
    </MethodSection>
  );
}
