import { useI18n } from '../../../i18n/index.ts';
import { RichText } from '../formula.tsx';
import { MethodSection, Paragraphs } from '../section.tsx';

/** The warnings a potential carries (DESIGN.md §3.4c), each in words with its threshold. */
export function WarningsSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.warnings;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro]} />
      <dl className="method-warnings">
        {s.items.map((item) => (
          <div key={item.name}>
            <dt>{item.name}</dt>
            <dd>
              <RichText text={item.text} />
            </dd>
          </div>
        ))}
      </dl>
      <Paragraphs texts={[s.outro]} />
    </MethodSection>
  );
}
