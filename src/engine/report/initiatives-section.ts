// TEMPORARY until the learn20 branch is merged: do not commit.
import type { ReportSection } from '../../core/index.ts';
import type { ReportContext } from './context.ts';
export async function initiativesSection(ctx: ReportContext): Promise<ReportSection> {
  return {
    id: 'initiatives' as ReportSection['id'],
    title: 'initiatives',
    blocks: [{ kind: 'paragraph', tone: 'absent', text: ctx.name }],
  };
}
