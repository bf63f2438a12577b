import { useI18n } from '../../../i18n/index.ts';
import { MethodSection, Paragraphs } from '../section.tsx';

/**
 * Accounts, budget or estimate (DESIGN.md §3.4b): how a year's kind is found from the export's
 * date line, and which year a package opens on.
 */
export function YearKindsSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.yearKinds;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro]} />
      <h3>{s.ruleTitle}</h3>
      <Paragraphs texts={s.rule} />
      <h3>{s.defaultTitle}</h3>
      <Paragraphs texts={[s.default]} />
    </MethodSection>
  );
}
