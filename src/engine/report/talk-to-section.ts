// TEMPORARY until the learn20 branch is merged: do not commit.
import type { ReportSection } from '../../core/index.ts';
import type { ReportContext } from './context.ts';
export async function talkToSection(ctx: ReportContext): Promise<ReportSection> {
  return {
    id: 'talk-to' as ReportSection['id'],
    title: 'talk-to',
    blocks: [{ kind: 'paragraph', tone: 'absent', text: ctx.name }],
  };
}
