import { citationOf, type ReportSection } from '../../core/index.ts';
import { listBoundaries, type Queryable } from '../../db/index.ts';
import { boundariesTopology } from '../geo.ts';
import { figureName, figureOf, pricesOf, yearLabelOf, type BenchmarkParts } from './package-doc.ts';
import { rankedRows } from './package-section.ts';
import { absent, nameOf, num, say } from './words.ts';

/**
 * The municipalities' outlines as the map reads them (the parsed TopoJSON of
 * GET /api/v1/geo/municipalities), or null when none are imported.
 */
export async function loadReportTopology(db: Queryable): Promise<unknown> {
  const boundaries = await listBoundaries(db, 'municipality');
  return boundaries.length === 0
    ? null
    : (JSON.parse(boundariesTopology('municipality', boundaries)) as unknown);
}

/** The map: Denmark's municipalities coloured by the figure with the largest potential. */
export function mapSection(p: BenchmarkParts, topology: unknown): ReportSection {
  const { lang } = p;
  const title = say(lang, 'Kortet', 'The map');
  if (topology === null)
    return {
      id: 'map',
      title,
      blocks: [
        absent(
          say(
            lang,
            'Kortet mangler: der er ikke importeret kommunegrænser (importér DAGI-grænserne med "potentiale import").',
            'The map is missing: no municipal boundaries are imported (import the DAGI boundaries with "potentiale import").',
          ),
        ),
      ],
    };
  const row =
    rankedRows(p)[0]?.row ?? p.doc.themes.flatMap((t) => t.figures).find((r) => r.value !== null);
  const column = row ? p.data.unitCost(row.keyFigureId, p.year) : undefined;
  if (!row || !column)
    return {
      id: 'map',
      title,
      blocks: [
        absent(
          say(
            lang,
            `Ingen nøgletal har værdier i ${p.year} at vise på kortet.`,
            `No figure has values in ${p.year} to map.`,
          ),
        ),
      ],
    };
  const figure = figureOf(row.keyFigureId);
  const values = p.data.codes.map((code, i) => {
    const v = column[i];
    return { code, value: v !== undefined && Number.isFinite(v) ? v : null };
  });
  const name = figureName(row.keyFigureId, lang, row.nameDa);
  const known = values.filter((v): v is { code: string; value: number } => v.value !== null);
  const sorted = [...known].sort((a, b) => a.value - b.value);
  const own = known.find((v) => v.code === p.code);
  const rank = own ? sorted.findIndex((v) => v.code === p.code) + 1 : null;
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  const polarity =
    figure?.polarity === 'lower-is-better'
      ? 'low'
      : figure?.polarity === 'higher-is-better'
        ? 'high'
        : 'none';
  const summary = say(
    lang,
    `${name}, ${yearLabelOf(p)}, ${pricesOf(p)}: ${p.doc.municipality.name} ${num(lang, own?.value)}${rank === null ? '' : ` (nr. ${rank} af ${known.length} fra laveste)`}; laveste ${low ? `${nameOf(low.code)} ${num(lang, low.value)}` : '–'}; højeste ${high ? `${nameOf(high.code)} ${num(lang, high.value)}` : '–'}.`,
    `${name}, ${yearLabelOf(p)}, ${pricesOf(p)}: ${p.doc.municipality.name} ${num(lang, own?.value)}${rank === null ? '' : ` (no. ${rank} of ${known.length} from the lowest)`}; lowest ${low ? `${nameOf(low.code)} ${num(lang, low.value)}` : '–'}; highest ${high ? `${nameOf(high.code)} ${num(lang, high.value)}` : '–'}.`,
  );
  return {
    id: 'map',
    title,
    blocks: [
      { kind: 'paragraph', text: summary },
      {
        kind: 'chart',
        title: say(lang, `${name}, alle kommuner`, `${name}, all municipalities`),
        alt: summary,
        chart: { kind: 'map', unit: figure?.unit ?? '', values, own: p.code, polarity, topology },
        notes: [
          say(
            lang,
            `${figure?.unit ?? ''}, ${pricesOf(p)}, ${yearLabelOf(p)}. Kommunegrænser: ${citationOf('dagi', lang)}.`,
            `${figure?.unit ?? ''}, ${pricesOf(p)}, ${yearLabelOf(p)}. Boundaries: ${citationOf('dagi', lang)}.`,
          ),
        ],
      },
    ],
  };
}
