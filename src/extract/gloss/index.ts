import type { Extractor } from '../types.js';
import { findLatinGlosses } from './find.js';
import { findAcronymsByCue } from './acronym-cue.js';

/**
 * Names repeated in Latin letters in brackets (ماري كوري (بالفرنسية: Marie Curie)): a mention of the type
 * of the name before the bracket; and a body's acronym after «known for short as» (المعروف اختصارا باسم
 * « باستيف »). It reads the other extractors' candidates, so it runs after them; coreference makes both
 * one entity.
 */
export const glossExtractor: Extractor = {
  name: 'gloss',
  types: ['PERSON', 'ORGANIZATION', 'LOCATION'],
  extract: (context) => [...findLatinGlosses(context), ...findAcronymsByCue(context)],
};
