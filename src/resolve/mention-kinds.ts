import type { MentionType } from '../schema.js';

/**
 * Mentions of these types name something that can be mentioned again (a person, an organization, a
 * place, a work or event): they are grouped into entities.
 */
export const ENTITY_TYPES: readonly MentionType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC', 'TITLE'];

/** Mentions of these types state a value; each stands for itself and joins no entity. */
export const VALUE_TYPES: readonly MentionType[] = ['MONEY', 'PERCENT', 'NUMBER', 'DATE'];

export function isEntityType(type: MentionType): boolean {
  return ENTITY_TYPES.includes(type);
}

export function isValueType(type: MentionType): boolean {
  return VALUE_TYPES.includes(type);
}
