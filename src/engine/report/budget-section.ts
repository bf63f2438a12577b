// TEMPORARY until the learn20 branch is merged: do not commit.
import type { ReportSection } from '../../core/index.ts';
import type { ReportContext } from './context.ts';
export async function budgetSection(ctx: ReportContext): Promise<ReportSection> {
  return {
    id: 'budget' as ReportSection['id'],
    title: 'budget',
    blocks: [{ kind: 'paragraph', tone: 'absent', text: ctx.name }],
  };
}
