/** @module The standard report's document model: sections of text, tables and chart data. */
export * from './model.ts';
export { STEERING_TEXT } from './steering-text.ts';
