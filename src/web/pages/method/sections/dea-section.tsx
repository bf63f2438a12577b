import { useI18n } from '../../../i18n/index.ts';
import { Formula, RichText } from '../formula.tsx';
import { MethodSection, Paragraphs } from '../section.tsx';

/** DEA as a benchmark level: the model, CRS and VRS, efficiency 1, the potential (DESIGN.md §3.6). */
export function DeaSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.dea;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={s.intro} />
      <Formula formula={s.model} legendLabel={t.method.where} />
      <h3>{s.rtsTitle}</h3>
      <dl className="method-terms">
        <div>
          <dt>{s.crsName}</dt>
          <dd>
            <RichText text={s.crs} />
          </dd>
        </div>
        <div>
          <dt>{s.vrsName}</dt>
          <dd>
            <RichText text={s.vrs} />
          </dd>
        </div>
      </dl>
      <h3>{s.efficiencyTitle}</h3>
      <p>{s.efficiency}</p>
      <p>{s.potentialIntro}</p>
      <Formula formula={s.potential} legendLabel={t.method.where} />
      <Paragraphs texts={[s.potentialText, s.more, s.caution]} />
    </MethodSection>
  );
}
