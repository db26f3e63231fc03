import type { Entity } from '../../schema.js';
import { acronymsByRoot } from './acronyms.js';
import { countryCode } from './identity-keys.js';
import { groupsByRoot, type CorefMention, type CorefState } from './state.js';

/** The fullest mention: most words, then longest text, then the first in the text. */
function fullest(members: readonly CorefMention[]): CorefMention {
  return members.reduce((best, m) =>
    m.words.length > best.words.length || (m.words.length === best.words.length && m.mention.text.length > best.mention.text.length) ? m : best,
  );
}

/**
 * The name as a dictionary would write it. A mention read out of «للأمم المتحدة» is «لأمم المتحدة»
 * (the article's alef is dropped after ل); its words read «الامم …», so the alef goes back.
 */
function nameText(m: CorefMention): string {
  const written = m.mention.norm.split(' ')[0] ?? '';
  return m.words[0]?.startsWith('ال') && !written.startsWith('ال') && written.startsWith('ل') ? 'ا' + m.mention.text : m.mention.text;
}

/**
 * One entity per set of mentions, numbered in order of first mention: canonical name (the fullest
 * mention's text), aliases (one original spelling per other normalized form, and a bracketed acronym), the
 * mention ids and a key shared with outside data (ISO country code, acronym). Sets `mention.entity`.
 * Aliases are spellings of the document; an acronym only the lexicon knows goes to `key` alone.
 */
export function buildEntities(state: CorefState): Entity[] {
  const acronyms = acronymsByRoot(state);
  const entities: Entity[] = [];
  // items are in text order and a set's root is its smallest index, so groups come in order of first mention
  for (const [root, indices] of groupsByRoot(state)) {
    const members = indices.map((i) => state.items[i]!);
    const id = `e${entities.length + 1}`;
    const best = fullest(members);
    const seen = new Set([best.phrase]);
    const aliases: string[] = [];
    for (const m of members) {
      if (seen.has(m.phrase)) continue;
      seen.add(m.phrase);
      aliases.push(nameText(m));
    }
    // an acronym the text writes in brackets is one of its names; one known only from the lexicon is just the key
    const written = indices.map((i) => state.acronyms.get(i)).find((a) => a !== undefined);
    if (written && !aliases.includes(written) && nameText(best) !== written) aliases.push(written);
    const acronym = acronyms.get(root);
    const entity: Entity = { id, type: best.mention.type, canonical: nameText(best), aliases, mentions: members.map((m) => m.mention.id) };
    const key = best.mention.type === 'LOCATION' ? members.map((m) => countryCode(m.words, state.key)).find(Boolean) : acronym;
    if (key) entity.key = key;
    for (const m of members) m.mention.entity = id;
    entities.push(entity);
  }
  return entities;
}
