/** The public data sources Potentiale shows figures from, each cited by its own words. */
export type DataSourceId = 'noegletal' | 'statbank' | 'dagi';

/** How a data source is named and cited, in Danish and English. */
export interface DataSourceAttribution {
  readonly id: DataSourceId;
  /** Who publishes it: "Danmarks Statistik". */
  readonly publisherDa: string;
  readonly publisherEn: string;
  /** The product or database: "Statistikbanken". */
  readonly productDa: string;
  readonly productEn: string;
  /** The attribution line to cite, as the source asks to be credited. */
  readonly citationDa: string;
  readonly citationEn: string;
  /** The source's home page. */
  readonly url: string;
  /** The licence's short name when the source states one; null when it states none. */
  readonly licence: string | null;
}

/**
 * The one attribution table: every place that names a source (web footer and pages, API
 * document and docs page, CLI help and output, exports) takes its words from here.
 * Licences: Statistics Denmark publishes under CC BY 4.0; the ministry's key figures and DAGI
 * come with no licence text, only the request to cite the source.
 */
export const ATTRIBUTIONS: Readonly<Record<DataSourceId, DataSourceAttribution>> = {
  noegletal: {
    id: 'noegletal',
    publisherDa: 'Indenrigs- og Sundhedsministeriet',
    publisherEn: 'Ministry of the Interior and Health',
    productDa: 'De Kommunale Nøgletal',
    productEn: 'De Kommunale Nøgletal',
    citationDa: 'Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal',
    citationEn: 'Ministry of the Interior and Health, De Kommunale Nøgletal',
    url: 'https://www.noegletal.dk',
    licence: null,
  },
  statbank: {
    id: 'statbank',
    publisherDa: 'Danmarks Statistik',
    publisherEn: 'Statistics Denmark',
    productDa: 'Statistikbanken',
    productEn: 'StatBank',
    citationDa: 'Danmarks Statistik',
    citationEn: 'Statistics Denmark',
    url: 'https://www.statistikbanken.dk',
    licence: 'CC BY 4.0',
  },
  dagi: {
    id: 'dagi',
    publisherDa: 'Geodatastyrelsen/SDFI',
    publisherEn: 'Danish Agency for Data Supply and Infrastructure',
    productDa: 'DAGI',
    productEn: 'DAGI',
    citationDa: 'Geodatastyrelsen/SDFI, DAGI',
    citationEn: 'Danish Agency for Data Supply and Infrastructure, DAGI',
    url: 'https://dataforsyningen.dk',
    licence: null,
  },
};

/** The sources in the order they are credited: the key figures, then statistics, then the map. */
export const DATA_SOURCE_IDS: readonly DataSourceId[] = ['noegletal', 'statbank', 'dagi'];

/**
 * The citation of one source in a language.
 * @example citationOf('statbank', 'en') // 'Statistics Denmark'
 */
export function citationOf(id: DataSourceId, locale: 'da' | 'en'): string {
  const a = ATTRIBUTIONS[id];
  return locale === 'da' ? a.citationDa : a.citationEn;
}

/**
 * The credit line for several sources: "Kilder: A; B; C." (da) or "Sources: A; B; C." (en).
 * @example sourcesLine('da', ['statbank']) // 'Kilder: Danmarks Statistik.'
 */
export function sourcesLine(
  locale: 'da' | 'en',
  ids: readonly DataSourceId[] = DATA_SOURCE_IDS,
): string {
  const label = locale === 'da' ? 'Kilder' : 'Sources';
  return `${label}: ${ids.map((id) => citationOf(id, locale)).join('; ')}.`;
}
