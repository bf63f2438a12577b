/** @module Rule barriers on the server (issue 18): presenting, the list and its exports, the memo. */
export { barrierViewer, presentBarrier, presentBarrierSummary } from './present.ts';
export { barrierMemo, barrierTable, mdText } from './exports.ts';
export {
  barrierDocument,
  barrierExport,
  barrierHistory,
  barrierList,
  barrierMemoFile,
  rankedList,
  type BarrierExportRequest,
  type ListQuery,
} from './read.ts';
export { barrierLevel, type BarrierLevel } from './level.ts';
