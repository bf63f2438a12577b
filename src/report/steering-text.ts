// The steering section's words live with the report model in core (the engine's report
// sections use them too); this file keeps the report room's own imports short.
export { STEERING_TEXT, type ReportLang } from '../core/index.ts';
