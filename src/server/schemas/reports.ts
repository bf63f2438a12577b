import { z } from '@hono/zod-openapi';
import { NARRATIVE_MAX, REPORT_SECTION_IDS } from '../../core/index.ts';

// The standard report's narrative drafts (issue 20): private to who may edit them.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const code = z.string().regex(/^[1-9]\d{2}$/, 'en kommunekode med tre cifre, fx 766');
const lang = z.enum(['da', 'en']);
const author = o({ id: z.number().int(), name: z.string() }).nullable();

export const ReportDraftParams = z.object({ code: code.openapi({ example: '766' }) });
export const ReportDraftVersionParams = z.object({
  code: code.openapi({ example: '766' }),
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'et versionsnummer, fx 3')
    .openapi({ example: '1' }),
});

/**
 * A save. Year, peers and prices are checked by the same parsers as the report's query, and
 * the narratives by section and length; a fault is 422 naming the field or section.
 */
export const ReportDraftBody = o({
  baseVersion: z
    .number()
    .int()
    .min(0)
    .openapi({ description: 'Den version, ændringen bygger på (0: ingen gemt endnu); ellers 409' }),
  year: z.number().int().openapi({ example: 2019 }),
  peers: z.string().max(400).openapi({ example: 'nearest:10' }),
  prices: z
    .string()
    .max(20)
    .nullable()
    .optional()
    .openapi({ example: '2019', description: 'current eller et basisår; tom/null: standard' }),
  lang,
  narratives: z.record(z.string().max(100), z.string()).openapi({
    description: `Markdown pr. afsnit (${REPORT_SECTION_IDS.join(', ')}), højst ${NARRATIVE_MAX} tegn hver`,
  }),
}).openapi('ReportDraftInput');

export const ReportDraftDocument = o({
  municipality: o({ code: z.string(), name: z.string() }),
  version: z.number().int().openapi({ description: '0: der er ingen gemt kladde' }),
  year: z.number().int().nullable(),
  peers: z.string(),
  prices: z.string().nullable(),
  lang,
  narratives: z.record(z.string(), z.string()),
  author,
  createdAt: z.string().nullable(),
  sections: list(o({ id: z.enum(REPORT_SECTION_IDS), titleDa: z.string(), titleEn: z.string() })),
  narrativeMax: z.number().int(),
}).openapi('ReportDraft');

export const ReportDraftListDocument = o({
  municipality: o({ code: z.string(), name: z.string() }),
  items: list(
    o({
      version: z.number().int(),
      createdAt: z.string(),
      author: z.string().nullable().openapi({ description: 'Forfatterens e-mail' }),
    }),
  ),
}).openapi('ReportDraftList');
