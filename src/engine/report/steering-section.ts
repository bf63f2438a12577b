// TEMPORARY until the learn20 branch is merged: do not commit.
import type { ReportSection } from '../../core/index.ts';
import type { ReportContext } from './context.ts';
export async function steeringSection(ctx: ReportContext): Promise<ReportSection> {
  return {
    id: 'steering' as ReportSection['id'],
    title: 'steering',
    blocks: [{ kind: 'paragraph', tone: 'absent', text: ctx.name }],
  };
}
