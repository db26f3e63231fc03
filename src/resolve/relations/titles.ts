import { placeLexicon } from '../../extract/location/lexicon.js';
import type { Mention } from '../../schema.js';
import { attachedBy, chainEnd, startsAt } from './attachments.js';
import { evidence, mentionTokens, tokenText, toCountry, type FoundRelation, type RelationContext } from './context.js';
import { CLOSING_MARKS, COMMAS, deputyWords, headWords, OPENING_MARKS } from './roles.js';
import { titleAt, titleEndingAt, type TitleMatch } from './title-match.js';

/**
 * Titles next to a person's name, and what they say:
 * - title/before-name: «السفيرة “نائلة جبر”» → HAS_TITLE السفيرة;
 * - title/after-name: «“ماثيو هيكى” نائب مدير …» → HAS_TITLE نائب مدير (a role; a comma may stand
 *   between, then only when an organization follows the title);
 * - role/title-organization: a role title after the name followed by an organization → HEAD_OF when
 *   the role heads it, else MEMBER_OF («نائب مدير إدارة …», «رئيس اللجنة …», «المتحدث باسم …»);
 * - nationality/title-nisba: a nisba adjective right after the title → NATIONALITY (السفير الأمريكي).
 * Evidence runs from the first to the last token of the pattern, the organization's chain included.
 */
export function titleRelations(ctx: RelationContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  ctx.mentions.forEach((person, index) => {
    if (person.type !== 'PERSON' || !person.entity) return;
    const [first, end] = mentionTokens(ctx, person);
    const previousEnd = index > 0 ? mentionTokens(ctx, ctx.mentions[index - 1]!)[1] : 0;
    const nextStart = index + 1 < ctx.mentions.length ? mentionTokens(ctx, ctx.mentions[index + 1]!)[0] : ctx.tokens.length;
    before(ctx, person, first, previousEnd, out);
    after(ctx, person, end, nextStart, out);
  });
  return out;
}

function skip(ctx: RelationContext, k: number, step: 1 | -1, marks: readonly string[], sentence: number): number {
  while (ctx.tokens[k]?.sentence === sentence && marks.includes(tokenText(ctx, k))) k += step;
  return k;
}

function before(ctx: RelationContext, person: Mention, first: number, earliest: number, out: FoundRelation[]): void {
  const sentence = ctx.tokens[first]!.sentence;
  let end = skip(ctx, first - 1, -1, OPENING_MARKS, sentence) + 1;
  const code = nisbaAt(ctx, end - 1);
  if (code) end--;
  const title = titleEndingAt(ctx, end, earliest);
  // شقيقه محمد: a kinship introduces the person but is no title of theirs.
  if (!title || title.kind === 'kinship' || ctx.tokens[title.first]!.sentence !== sentence) return;
  const ev = evidence(ctx, title.start, person.end);
  out.push({ type: 'HAS_TITLE', subject: person.entity!, value: titleText(ctx, title), rule: 'title/before-name', evidence: ev });
  if (code) out.push({ type: 'NATIONALITY', subject: person.entity!, ...toCountry(ctx, code), rule: 'nationality/title-nisba', evidence: ev });
}

function after(ctx: RelationContext, person: Mention, end: number, limit: number, out: FoundRelation[]): void {
  const sentence = ctx.tokens[end - 1]!.sentence;
  const afterQuotes = skip(ctx, end, 1, CLOSING_MARKS, sentence);
  const comma = COMMAS.includes(tokenText(ctx, afterQuotes));
  const title = titleAt(ctx, comma ? afterQuotes + 1 : afterQuotes, limit, false);
  if (!title || title.kind !== 'role') return;
  const org = startsAt(ctx, title.end) ?? attachedBy(ctx, title.end, 'ل');
  const code = nisbaAt(ctx, title.end);
  const isOrg = org?.type === 'ORGANIZATION' && !!org.entity;
  if (comma && !isOrg && !code) return;
  const ev = evidence(ctx, person.start, isOrg ? chainEnd(ctx, org!) : code ? ctx.tokens[title.end]!.end : title.stop);
  out.push({ type: 'HAS_TITLE', subject: person.entity!, value: titleText(ctx, title), rule: 'title/after-name', evidence: ev });
  if (isOrg) out.push({ type: roleType(ctx, title), subject: person.entity!, object: org!.entity!, rule: 'role/title-organization', evidence: ev });
  if (code) out.push({ type: 'NATIONALITY', subject: person.entity!, ...toCountry(ctx, code), rule: 'nationality/title-nisba', evidence: ev });
}

/** HEAD_OF for a title that heads (رئيس, مدير) with no deputy word in it; MEMBER_OF otherwise. */
function roleType(ctx: RelationContext, title: TitleMatch): 'HEAD_OF' | 'MEMBER_OF' {
  const deputy = deputyWords(ctx.key);
  if (title.words.some((w) => deputy.has(w))) return 'MEMBER_OF';
  return headWords(ctx.key).has(title.words[0]!) ? 'HEAD_OF' : 'MEMBER_OF';
}

/** The country code of a nisba adjective at token `k` (الأمريكي, المصرية …). */
function nisbaAt(ctx: RelationContext, k: number): string | undefined {
  const t = ctx.tokens[k];
  return t && t.kind === 'word' ? placeLexicon(ctx.key).nisba.get(t.norm) : undefined;
}

/** The title as written (without a proclitic it was read through). */
function titleText(ctx: RelationContext, title: TitleMatch): string {
  return ctx.text.slice(title.start, title.stop);
}
