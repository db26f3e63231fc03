import stems from './data/stems.json';
import { perKeyer } from '../text/lexicon-key.js';

/**
 * Words that begin with a proclitic letter or ال as part of the word itself (بلد, لبنان, فرنسا, والي),
 * normalized the way the document is, so the clitic splitter leaves them whole.
 */
export const stemLexicon = perKeyer((key) => new Set((stems as string[]).map(key)) as ReadonlySet<string>);
