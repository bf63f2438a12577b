// TEMPORARY until the learn20 branch is merged: do not commit.
import type { ReportSection } from '../../core/index.ts';
import type { ReportContext } from './context.ts';
export async function barriersSection(ctx: ReportContext): Promise<ReportSection> {
  return {
    id: 'barriers' as ReportSection['id'],
    title: 'barriers',
    blocks: [{ kind: 'paragraph', tone: 'absent', text: ctx.name }],
  };
}
