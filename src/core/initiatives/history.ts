import { fieldChanges, type FieldChange } from '../portal/index.ts';
import type { InitiativeFields } from './initiative.ts';

/** An initiative's fields in the order an editor reads them. */
export const INITIATIVE_FIELD_ORDER: ReadonlyArray<keyof InitiativeFields> = [
  'status',
  'title',
  'description',
  'municipality',
  'theme',
  'type',
  'owner',
  'keyFigures',
  'startYear',
  'prices',
  'expected',
  'realised',
  'money',
  'portalItems',
  'visibility',
  'example',
];

const TEXT = new Set<keyof InitiativeFields>(['title', 'description']);

/**
 * What changed between two versions of an initiative: the history that keeps an expected gain
 * from being rewritten silently after the fact (issue 17).
 */
export function initiativeChanges(
  before: Partial<InitiativeFields> | null,
  after: Partial<InitiativeFields>,
): Array<FieldChange<InitiativeFields>> {
  return fieldChanges(before, after, INITIATIVE_FIELD_ORDER, TEXT);
}
