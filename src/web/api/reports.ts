import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as S from '../../server/schemas/index.ts';
import { apiUrl } from './client.ts';
import { useViewerGet } from './session.ts';

/**
 * The standard report's narrative drafts (issue 20), read from the server's zod schemas
 * (src/server/schemas/reports.ts) with `import type`: nothing of the server reaches the browser.
 */
export type ReportDraftDocument = z.output<typeof S.ReportDraftDocument>;
export type ReportDraftListDocument = z.output<typeof S.ReportDraftListDocument>;
export type ReportDraftBody = z.input<typeof S.ReportDraftBody>;

/** Every draft query sits under this key: a save or a login drops them at once. */
export const REPORTS_KEY = 'reports';

/** `GET /reports/{code}/draft`: the latest draft (version 0: none); null waits (not allowed). */
export function useReportDraft(
  code: string,
  enabled: boolean,
): UseQueryResult<ReportDraftDocument, Error> {
  return useViewerGet(
    REPORTS_KEY,
    `reports/${encodeURIComponent(code)}/draft`,
    enabled ? {} : null,
    {
      staleTime: 0,
      retry: false,
    },
  );
}

/** `GET /reports/{code}/drafts`: the saved versions, newest first. */
export function useReportDrafts(
  code: string,
  enabled: boolean,
): UseQueryResult<ReportDraftListDocument, Error> {
  return useViewerGet(
    REPORTS_KEY,
    `reports/${encodeURIComponent(code)}/drafts`,
    enabled ? {} : null,
    {
      staleTime: 0,
      retry: false,
    },
  );
}

/** Drops every draft answer (after a save). */
export function invalidateReports(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: [REPORTS_KEY] });
}

/** The report's choices as the download links carry them ('' or null: the default). */
export interface ReportChoice {
  readonly year: string;
  /** The benchmark level (the kommune page's choice); the report's default when absent. */
  readonly benchmark?: string;
  readonly peers: string;
  readonly prices: string;
  readonly lang: 'da' | 'en';
  /** With the saved draft's narratives (only who may edit sees them). */
  readonly draft: boolean;
}

/**
 * The address of the report as a file: `/api/v1/reports/{code}.pdf|.docx|.html?…`.
 * @example reportFileUrl('766', 'pdf', { year: '2019', peers: 'nearest', prices: '', lang: 'da', draft: true }) // '/api/v1/reports/766.pdf?year=2019&peers=nearest&lang=da&narrative=draft'
 */
export function reportFileUrl(
  code: string,
  format: 'pdf' | 'docx' | 'html',
  choice: ReportChoice,
): string {
  return apiUrl(`reports/${encodeURIComponent(code)}.${format}`, {
    year: choice.year,
    benchmark: choice.benchmark,
    peers: choice.peers,
    prices: choice.prices,
    lang: choice.lang,
    narrative: choice.draft ? 'draft' : undefined,
  });
}
