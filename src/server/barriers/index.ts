/** @module Rule barriers on the server (issue 18): presenting, the list and its exports, the memo. */
export { barrierViewer, presentBarrier, presentBarrierSummary } from './present.ts';
export { barrierMemo, barrierTable, mdText } from './exports.ts';
export {
  barrierDocument,
  barrierExport,
  barrierHistory,
  barrierList,
  barrierMemoFile,
  type BarrierExportRequest,
} from './read.ts';
export { barrierLevel, rankedList, type BarrierLevel, type ListQuery } from '../../engine/index.ts';
