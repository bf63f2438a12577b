import { median, type Block, type ReportSection } from '../../core/index.ts';
import type { ResolvedGroup } from '../groups.ts';
import { figureName, figureOf, type BenchmarkParts } from './package-doc.ts';
import { nameOf, num, paragraph, say } from './words.ts';

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/** The structural profile, and the comparison group with why its members were chosen. */
export function profileSection(p: BenchmarkParts, resolved: ResolvedGroup): ReportSection {
  const { lang } = p;
  const group = resolved.group;
  const nearest = group.nearest;
  const blocks: Block[] = [];
  const title = say(
    lang,
    'Strukturel profil og sammenligningsgruppe',
    'Structural profile and comparison group',
  );
  const variables = nearest?.scales.map((s) => s.variable) ?? [];
  const structure = p.data.structure(p.year, variables.length > 0 ? variables : undefined);
  const rows = variables.flatMap((v) => {
    const column = structure.columns[v.keyFigureId];
    if (!column) return [];
    const at = (code: string) => column[p.data.codes.indexOf(code)];
    const own = at(p.code);
    const members = group.members.map(at).filter(finite);
    const all = Array.from(column).filter((x) => Number.isFinite(x));
    const unit = figureOf(v.keyFigureId)?.unit ?? '';
    const decimals = Math.abs(own ?? 0) < 10 ? 2 : Math.abs(own ?? 0) < 100 ? 1 : 0;
    return [
      [
        figureName(v.keyFigureId, lang, v.nameDa),
        unit,
        num(lang, own, decimals),
        num(lang, members.length > 0 ? median(Float64Array.from(members)) : null, decimals),
        num(lang, all.length > 0 ? median(Float64Array.from(all)) : null, decimals),
        v.weight === 1 ? '1' : num(lang, v.weight, 2),
      ],
    ];
  });
  blocks.push(
    paragraph(
      nearest
        ? say(
            lang,
            `Sammenligningsgruppen er ${group.nameDa}. Afstanden mellem to kommuner er d = √Σ w·(z₁ − z₂)² over de standardiserede strukturvariable nedenfor (strukturåret ${resolved.structureYear ?? '–'}).`,
            `The comparison group is ${group.nameEn}. The distance between two municipalities is d = √Σ w·(z₁ − z₂)² over the standardised structural variables below (structure year ${resolved.structureYear ?? '–'}).`,
          )
        : say(
            lang,
            `Sammenligningsgruppen er ${group.nameDa}.`,
            `The comparison group is ${group.nameEn}.`,
          ),
    ),
  );
  if (rows.length > 0)
    blocks.push({
      kind: 'table',
      caption: say(
        lang,
        `Strukturel profil, ${structure.year}`,
        `Structural profile, ${structure.year}`,
      ),
      columns: [
        { label: say(lang, 'Variabel', 'Variable'), align: 'left' },
        { label: say(lang, 'Enhed', 'Unit'), align: 'left' },
        { label: p.doc.municipality.name, align: 'right' },
        { label: say(lang, 'Gruppens median', 'Group median'), align: 'right' },
        { label: say(lang, 'Landets median', 'National median'), align: 'right' },
        { label: say(lang, 'Vægt', 'Weight'), align: 'right' },
      ],
      rows,
    });
  const matches =
    nearest?.matches ?? group.members.map((code) => ({ code, distance: Number.NaN, terms: [] }));
  blocks.push({
    kind: 'table',
    caption: say(lang, 'Medlemmerne, nærmeste først', 'The members, nearest first'),
    columns: [
      { label: say(lang, 'Kommune', 'Municipality'), align: 'left' },
      { label: say(lang, 'Afstand d', 'Distance d'), align: 'right' },
      { label: say(lang, 'Største forskel', 'Largest difference'), align: 'left' },
    ],
    rows: matches.map((m) => {
      const largest = [...m.terms].sort(
        (a, b) =>
          b.weight * (b.zSelf - b.zPeer) ** 2 - a.weight * (a.zSelf - a.zPeer) ** 2 ||
          a.variable.localeCompare(b.variable),
      )[0];
      return [
        nameOf(m.code),
        Number.isFinite(m.distance) ? num(lang, m.distance, 2) : '–',
        largest ? figureName(largest.keyFigureId, lang, largest.nameDa) : '–',
      ];
    }),
    notes: [
      say(
        lang,
        'Afstanden er i vægtede standardafvigelser: 0 er en kommune med præcis samme struktur.',
        'The distance is in weighted standard deviations: 0 is a municipality with exactly the same structure.',
      ),
    ],
  });
  return { id: 'profile', title, blocks };
}
