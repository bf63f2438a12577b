import { useI18n } from '../../../i18n/index.ts';
import { Formula, RichText } from '../formula.tsx';
import { MethodSection, Paragraphs, TextList } from '../section.tsx';

/** Peer groups: nearest neighbours on standardised structural conditions (DESIGN.md §3.2). */
export function PeersSection({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const s = t.method.peers;
  return (
    <MethodSection id={id} title={s.title}>
      <Paragraphs texts={[s.intro, s.variablesIntro]} />
      <TextList items={s.variables} />
      <Paragraphs texts={[s.logNote, s.standardiseIntro]} />
      <Formula formula={s.standardise} legendLabel={t.method.where} />
      <p>
        <RichText text={s.distanceIntro} />
      </p>
      <Formula formula={s.distance} legendLabel={t.method.where} />
      <Paragraphs texts={s.nearest} />
      <h3>{s.themesTitle}</h3>
      <p>{s.themesIntro}</p>
      <TextList items={s.themes} />
      <p>{s.themesNote}</p>
      <h3>{s.otherTitle}</h3>
      <TextList items={s.other} />
    </MethodSection>
  );
}
