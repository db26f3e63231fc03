import { spelling } from '../common/spelling.js';
import { scanStarts } from '../lexicon/scan.js';
import { sonOfCommonNoun } from './chain-guards.js';
import { DEFINITE_GIVEN, nameStarts, PERSON_START } from '../lexicon/name-starts.js';
import { bareForm, formIn } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import { nameContext, titleAt } from './context.js';
import { likelyFirstName, readName } from './name-chain.js';
import { findPartialNames } from './partial.js';
import { findQuotedNames } from './quoted.js';
import { findLifespanNames } from './lifespan.js';
import { findDefinedPeople } from './definition.js';
import { findThroneNames } from './throne-names.js';
import { findFamilies } from './family-of.js';
import { findBynames } from './known-as.js';
import { findApposedSpeakers } from './apposed-speaker.js';
import { givenBeforeWald } from './mauritanian.js';
import { givenBeforeSurname } from './given-before.js';
import { appositiveName } from './apposition.js';
import { loneNameIsWord } from './lone-name.js';
import { coordinatedName } from './coordinated.js';
import { nationalityNoun } from './nationality.js';
import { afterBody, bodiesByStart } from './role-body.js';
import { agentCueEnd } from './agent.js';
import { agreesWithNounBefore, bareKey, byTheName, definiteFirstName, definiteGivenName, givenBeforeSonOf, loneNameAfterRole, surnameAfterRole } from './name-edges.js';
import { AUXILIARIES, auxiliarySubjectEnd, QUOTE_SOURCE, quotedSourceEnd, speakerEnd } from './speaker.js';
import { eponymHeadSet } from './lexicon.js';
import { writtenSonsOf } from '../organization/tribes.js';
import { nameAfterRole } from './role-skip.js';
import type { Sentence } from '../../schema.js';


/**
 * Finds PERSON candidates: a name after a title or role (السفيرة نائلة جبر; الرئيس الأمريكي جو بايدن),
 * a name after a reporting verb, a chain that starts with a known given or family name (ماثيو هيكى),
 * a quoted name with a cue beside it, and later partial mentions of a name found in full.
 */
export function findPeople(context: ExtractContext): Candidate[] {
  const { tokens } = context;
  const ctx = nameContext(context);
  const out: Candidate[] = [...findQuotedNames(context, ctx), ...findLifespanNames(context, ctx), ...findDefinedPeople(context, ctx, ctx.people.occupations), ...findThroneNames(context, ctx), ...findFamilies(context, ctx), ...findBynames(context, ctx), ...findApposedSpeakers(context, ctx)];
  const eponymHeads = eponymHeadSet(context.key);
  let eponym = false; // the phrase being read names a place or an institution after a person
  let bodies: Map<number, number> | undefined; // organizations found so far, by token (built on first need)
  const push = (c: Candidate): void => {
    if (!eponym) out.push(c);
  };
  // After a name, the people listed with و (… وغانلوكا زامبروتا وديفد تريزيغيه); returns where the list ends.
  const listGoesOn = (k: number, sentence: Sentence): number => {
    for (let next = coordinatedName(ctx, tokens, k, sentence); next; next = coordinatedName(ctx, tokens, k, sentence)) {
      push({ type: 'PERSON', start: next.start, end: tokens[next.end - 1]!.end, rule: 'coordinated', score: 0 });
      k = next.end;
    }
    return k;
  };
  // الحبيب الغرسلي: a Maghrebi first name with the article, then the family name (0: none at i).
  const maghrebiName = (i: number, sentence: Sentence): number => {
    const end = definiteGivenName(ctx, tokens, i, sentence);
    if (end < 0) return 0;
    const t = tokens[i]!;
    push({ type: 'PERSON', start: t.clitics?.prefixes.length ? t.clitics.baseStart : t.start, end: tokens[end - 1]!.end, rule: 'name-chain' });
    return listGoesOn(end, sentence);
  };
  const starts = nameStarts(context);
  scanStarts(context, starts, PERSON_START | DEFINITE_GIVEN, (i, sentence) => {
    if ((starts[i]! & PERSON_START) === 0) return maghrebiName(i, sentence) || i + 1;
    const t = tokens[i]!;
    // وكان حالوتس قد أقر: the subject between the auxiliary and قد.
    if (AUXILIARIES.has(bareForm(t).key)) {
      const subject = auxiliarySubjectEnd(ctx, tokens, i + 1, sentence);
      if (subject > 0) push({ type: 'PERSON', start: tokens[i + 1]!.start, end: tokens[subject - 1]!.end, rule: 'speaker' });
      return subject > 0 ? subject : i + 1;
    }
    if (t.norm === QUOTE_SOURCE) {
      const source = quotedSourceEnd(ctx, tokens, i + 1, sentence);
      if (source > 0) push({ type: 'PERSON', start: tokens[i + 1]!.start, end: tokens[source - 1]!.end, rule: 'quoted-source' });
      return source > 0 ? source : i + 1;
    }
    if (byTheName(ctx, tokens, i, sentence, context.key)) return i + 1;
    const titled = titleAt(ctx, tokens, i, sentence);
    // على يد غافريلو برينسيب, بقيادة خالد بن الوليد: a phrase naming the agent works like a title.
    const agent = titled === undefined ? agentCueEnd(tokens, i, sentence, context.key) : -1;
    const title = titled?.end ?? agent;
    // والمصطفى ولد محمد الحبيب: between two names ولد is «son of», not «was born».
    const verb = formIn(t, ctx.people.verbs) && !(ctx.people.innerConnectors.has(t.norm) && givenBeforeWald(ctx, tokens, i + 1, sentence) >= 0);
    // مطار الملك خالد: the head before a name or its title; a reporting verb (الجزيرة أعرب عبدالله) or an
    // agent phrase (القاعدة بزعامة أسامة بن لادن) starts a clause. A head with the article is no first
    // term of a construct: the name after it begins a new phrase (مدير مركز الفنون بالمكتبة هشام عزمي).
    const before = i > sentence.tokenStart ? bareForm(tokens[i - 1]!).key : '';
    // وأدى كامل إدريس اليمين: وأدى folds to وادي; و + a past verb, written with its hamza, starts a clause.
    const verbBefore = before.startsWith('و') && ctx.people.pastVerbs.has(before.slice(1)) && spelling(context.text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end)) !== before;
    eponym = !verb && agent < 0 && eponymHeads.has(before) && !before.startsWith('ال') && !verbBefore;
    if (title > 0 || verb) {
      const k = title > 0 ? nameAfterRole(ctx, tokens, verb ? i + 1 : title, sentence) : i + 1;
      // السيد الطاهر بوزيدي: a Maghrebi first name with the article after the title.
      const maghrebi = title > 0 ? definiteGivenName(ctx, tokens, k, sentence) : -1;
      if (maghrebi > 0) {
        push({ type: 'PERSON', start: tokens[k]!.clitics?.prefixes.length ? tokens[k]!.clitics!.baseStart : tokens[k]!.start, end: tokens[maghrebi - 1]!.end, rule: agent > 0 ? 'agent' : 'title' });
        return listGoesOn(maghrebi, sentence);
      }
      const name = readName(ctx, tokens, k, sentence, title > 0);
      // One unlisted word after a role (الملك ساكنا, اللاعب طلب) is too weak; two words or a known name are
      // not, nor one right after a kinship noun with its pronoun (وزوجته هنرييت, وابنه كريم).
      const kin = titled?.kind === 'kinship' && k === title;
      // والجنرال سلفستري (, السيد شيمزو من شركة: one unlisted word after a role, where a name would end.
      const loneAfterRole = titled !== undefined && titled.kind !== 'kinship' && name !== undefined && name.end - k === 1 && k === title && loneNameAfterRole(ctx, tokens, k, sentence, context.key);
      if (name && (name.known > 0 || (title > 0 && name.end - k >= 2) || (kin && name.end - k === 1 && likelyFirstName(tokens[k]!.norm)) || loneAfterRole)) {
        push({ type: 'PERSON', start: name.start, end: tokens[name.end - 1]!.end, rule: agent > 0 ? 'agent' : title > 0 ? 'title' : 'reporting-verb' });
        return listGoesOn(name.end, sentence);
      }
      // الوزير الأول ، محمد العرباوي ،: the name set off by commas after the role.
      const apposed = title > 0 && titled?.kind !== 'kinship' ? appositiveName(ctx, tokens, k, sentence) : undefined;
      if (apposed) {
        push({ type: 'PERSON', start: apposed.start, end: tokens[apposed.end - 1]!.end, rule: 'apposition' });
        return apposed.end;
      }
      // الرئيس الأسد :, الرئيس بري قال: a family name alone after the role.
      if (titled !== undefined && titled.kind !== 'kinship' && surnameAfterRole(ctx, tokens, title, sentence, context.key)) {
        push({ type: 'PERSON', start: tokens[title]!.start, end: tokens[title]!.end, rule: 'title' });
        return title + 1;
      }
      // رئيس نادي الزمالك حسين لبيب: a role, the body it is held in, then the holder's name (two words or a known name).
      const bodyEnd = titled?.kind === 'role' && !name ? afterBody(bodies ??= bodiesByStart(context.previous, tokens), tokens, title, sentence) : -1;
      const holder = bodyEnd > 0 ? readName(ctx, tokens, bodyEnd, sentence, true) : undefined;
      if (holder && (holder.known > 0 || holder.end - bodyEnd >= 2)) {
        push({ type: 'PERSON', start: holder.start, end: tokens[holder.end - 1]!.end, rule: 'role-of-body' });
        return listGoesOn(holder.end, sentence);
      }
      // وقال أنان إن …, وقال دان غيلرمان إن …: one or two unlisted words between a reporting verb and
      // what opens the statement are the speaker.
      const speaker = verb ? speakerEnd(ctx, tokens, k, sentence) : 0;
      if (speaker > 0) {
        push({ type: 'PERSON', start: tokens[k]!.start, end: tokens[speaker - 1]!.end, rule: 'speaker' });
        return speaker;
      }
      return title > 0 ? title : i + 1;
    }
    // والفرنسي ليليان تورام: a nationality standing for a person, then a name of two words or more, a
    // listed one, or one word where a name would end (الفرنسي جيولي، …).
    if (nationalityNoun(ctx, tokens, i, sentence)) {
      const named = readName(ctx, tokens, i + 1, sentence, true);
      if (named && (named.end - (i + 1) >= 2 || named.known > 0 || loneNameAfterRole(ctx, tokens, i + 1, sentence, context.key))) {
        push({ type: 'PERSON', start: named.start, end: tokens[named.end - 1]!.end, rule: 'nationality' });
        return listGoesOn(named.end, sentence);
      }
    }
    // بنو هاشم, بني أمية: the sons of a forefather are a tribe or a dynasty, not the man.
    if (i > sentence.tokenStart && writtenSonsOf(context.text, tokens[i - 1]!)) return i + 1;
    const name = readName(ctx, tokens, i, sentence, false);
    if (name && name.known > 0) {
      // والخليل بن أحمد الفراهيدي: the chain opens with بن, so the word before it is the given name.
      const given = givenBeforeSonOf(ctx, tokens, i, sentence);
      // نعوم شومسكي ابن رجل متخصص: after a name, ابن and a common noun describe him (ابن كثير alone is a name).
      if (given >= 0 && sonOfCommonNoun(ctx, t, tokens[i + 1]!)) return i + 2;
      if (given >= 0) {
        push({ type: 'PERSON', start: given, end: tokens[name.end - 1]!.end, rule: 'name-chain' });
        return listGoesOn(name.end, sentence);
      }
      // والمصطفى ولد محمد الحبيب: the given name before ولد and the father's name read here.
      const son = name.start === t.start ? givenBeforeWald(ctx, tokens, i, sentence) : -1;
      if (son >= 0) {
        push({ type: 'PERSON', start: son, end: tokens[name.end - 1]!.end, rule: 'name-chain' });
        return listGoesOn(name.end, sentence);
      }
      // الحبيب بورقيبة, الباجي قائد السبسي: Maghrebi usage gives the first name the article.
      if (name.start === t.start && definiteFirstName(ctx, tokens, i, sentence)) {
        push({ type: 'PERSON', start: tokens[i - 1]!.start, end: tokens[name.end - 1]!.end, rule: 'name-chain' });
        return listGoesOn(name.end, sentence);
      }
      const single = name.end - i < 2;
      const rule = !single ? 'name-chain' : ctx.people.family.has(bareKey(t)) ? 'family-name' : 'given-name';
      if (rule === 'family-name' && agreesWithNounBefore(ctx, tokens, i, sentence.tokenStart)) return i + 1;
      if (single && loneNameIsWord(ctx, tokens, i, sentence, context.key)) return i + 1;
      // واين روني: the unlisted given name before a listed family name.
      const givenStart = rule === 'family-name' && name.start === t.start ? givenBeforeSurname(ctx, tokens, i, sentence) : -1;
      if (givenStart >= 0) {
        push({ type: 'PERSON', start: givenStart, end: tokens[name.end - 1]!.end, rule: 'name-chain' });
        return listGoesOn(name.end, sentence);
      }
      push({ type: 'PERSON', start: name.start, end: tokens[name.end - 1]!.end, rule, score: single ? -1 : 0 });
      return single ? name.end : listGoesOn(name.end, sentence);
    }
    return i + 1;
  });
  return [...out, ...findPartialNames(context, out)];
}
