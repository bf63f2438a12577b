// The standard report's document model (issue 20): what the engine assembles from the data and
// what the report room renders, to HTML (and so the PDF) and to DOCX, from one description. It
// holds text and numbers already formatted for the reader, never markup: every string is text,
// so a municipality's name, an item's title or a narrative can never become HTML or Word XML.

/** The report's languages. */
export type ReportLang = 'da' | 'en';

/** The report's sections in their order (DESIGN.md §6, issue 20). */
export const REPORT_SECTION_IDS = [
  'front',
  'profile',
  'package',
  'top-potentials',
  'themes',
  'talk-to',
  'initiatives',
  'barriers',
  'budget',
  'steering',
  'map',
  'appendix',
] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

/** A piece of inline text: plain, or bold/italic, a link (http(s)/mailto only) or a note mark. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** An http(s) or mailto address; the renderers show the text as a link to it. */
  readonly href?: string;
  /** A footnote mark after the text: the number of a formula in ReportModel.formulas. */
  readonly note?: number;
}

/** Text: a plain string, or runs. */
export type Text = string | readonly Run[];

export interface TableColumn {
  readonly label: string;
  readonly align: 'left' | 'right';
  /** The formula (ReportModel.formulas[n - 1]) behind the column's numbers, shown as a mark. */
  readonly note?: number;
}

/** One line on a chart: the municipality's own, the peers' median, the benchmark, …. */
export interface ChartSeries {
  readonly label: string;
  readonly role: 'own' | 'peers' | 'benchmark' | 'all';
  readonly points: readonly { readonly year: number; readonly value: number | null }[];
}

/** A bar of a municipality among its peers. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly own: boolean;
}

/** A chart's data; the report room draws it (the same chart code as the web app). */
export type ChartSpec =
  | {
      /** Development over the years: lines per series, with breaks where the series break. */
      readonly kind: 'development';
      readonly unit: string;
      readonly series: readonly ChartSeries[];
      /** First years of a new definition: the lines are broken before them (as on the web). */
      readonly breaks: readonly number[];
    }
  | {
      /** The municipality among its peers: one bar each, the median, benchmark and corridor. */
      readonly kind: 'peer-bars';
      readonly unit: string;
      readonly bars: readonly ChartBar[];
      readonly median: number | null;
      readonly benchmark: number | null;
      readonly corridor: { readonly low: number; readonly high: number } | null;
    }
  | {
      /** Denmark's municipalities coloured by a figure, the municipality outlined. */
      readonly kind: 'map';
      readonly unit: string;
      readonly values: readonly { readonly code: string; readonly value: number | null }[];
      readonly own: string;
      /** Which way is favourable: low values (costs), high values, or neither. */
      readonly polarity: 'low' | 'high' | 'none';
      /** The municipalities' boundaries as stored (a TopoJSON topology, see db boundaries). */
      readonly topology: unknown;
    };

/** A block of a section. */
export type Block =
  | {
      readonly kind: 'paragraph';
      readonly text: Text;
      /** 'absent' is the one line said when a section's data or feature is missing. */
      readonly tone?: 'normal' | 'note' | 'warning' | 'absent';
    }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly Text[]; readonly ordered?: boolean }
  | {
      /** Label–value pairs (the front page's essentials, the parameters). */
      readonly kind: 'facts';
      readonly items: readonly { readonly label: string; readonly value: Text }[];
    }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly Text[])[];
      /** A last row set apart (a total). */
      readonly total?: readonly Text[];
      /** Lines under the table (price level, year kind, source). */
      readonly notes?: readonly string[];
    }
  | {
      readonly kind: 'chart';
      /** The chart's title (above it) and text alternative (with every value, for readers). */
      readonly title: string;
      readonly alt: string;
      readonly chart: ChartSpec;
      /** Lines under the chart (price level, year kind, source). */
      readonly notes?: readonly string[];
    };

export interface ReportSection {
  readonly id: ReportSectionId;
  readonly title: string;
  readonly blocks: readonly Block[];
  /**
   * The municipality's own words for the section (its editor's narrative, parsed from
   * Markdown into blocks); shown first, marked as the municipality's text.
   */
  readonly narrative?: readonly Block[];
}

/** A formula behind a number: its footnote number is its place in the list (1-based). */
export interface ReportFormula {
  readonly name: string;
  readonly text: string;
}

export interface ReportModel {
  readonly lang: ReportLang;
  /** The document's title, e.g. "Kend din kommune: Hedensted 2018". */
  readonly title: string;
  readonly municipality: { readonly code: string; readonly name: string };
  readonly year: number;
  /** e.g. "regnskab 2018" / "accounts 2018". */
  readonly yearLabel: string;
  /** e.g. "kr., 2010-priser". */
  readonly pricesLabel: string;
  /** The data version the report was made from (its imports), e.g. "42 (import 2026-12-01)". */
  readonly dataVersion: string;
  readonly sections: readonly ReportSection[];
  readonly formulas: readonly ReportFormula[];
}
