import { spelling } from '../common/spelling.js';
import { scanStarts } from '../lexicon/scan.js';
import { DEFINITE_GIVEN, nameStarts, PERSON_START } from '../lexicon/name-starts.js';
import { bareKey, formIn } from '../lexicon/token-forms.js';
import { passGates, REPORTING_VERB } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import { nameContext, titleAt } from './context.js';
import { readName } from './name-chain.js';
import { findPartialNames } from './partial.js';
import { findQuotedNames } from './quoted.js';
import { findLifespanNames } from './lifespan.js';
import { findDefinedPeople, findHeadedPeople } from './definition.js';
import { findRealNames } from './real-name.js';
import { findThroneNames } from './throne-names.js';
import { findFamilies } from './family-of.js';
import { findBynames } from './known-as.js';
import { findApposedSpeakers } from './apposed-speaker.js';
import { findDualTitleNames } from './dual-titles.js';
import { givenBeforeWald } from './mauritanian.js';
import { loneNameAfterRole, byTheName } from './name-edges.js';
import { definiteGivenName } from './maghrebi-given.js';
import { nationalityNoun } from './nationality.js';
import { agentCueEnd } from './agent.js';
import { findRoleAccusativeNames } from './role-accusative.js';
import { findVerbSubjectSurnames } from './verb-subject-surname.js';
import { AUXILIARIES, auxiliarySubjectEnd, clauseSubjectEnd, COMPLEMENTIZER, QUOTE_SOURCE, quotedSourceEnd } from './speaker.js';
import { eponymActSet, eponymHeadSet, eponymRoleSet, stormNounSet } from './lexicon.js';
import { findSuccessors } from './successor.js';
import { extendToCue } from './cue-start.js';
import { findAliasesOfPeople } from './alias-of-person.js';
import { writtenSonsOf } from '../organization/tribes.js';
import { PersonScan } from './person-scan.js';
import { readAfterCue } from './after-cue.js';
import { readKnownChain } from './known-chain.js';
import { scorerAt, scorerVerbSet } from './scorer.js';
import { famousBynameAt } from './famous-bynames.js';
import { eastAsianSurnames } from './east-asian-surname.js';
import { joinNameHalves } from './name-halves.js';
import { workTitles } from '../common/work-titles.js';
import { AMBIGUOUS, GIVEN, wordIs } from './word-classes.js';

/** Words of a former holder after a role, normalized (الرئيس السابق, الوزيرة الأسبق). */
const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'المخلوع']);

/**
 * Finds PERSON candidates: a name after a title or role (السفيرة نائلة جبر; الرئيس الأمريكي جو بايدن),
 * a name after a reporting verb, a chain that starts with a known given or family name (ماثيو هيكى),
 * a quoted name with a cue beside it, and later partial mentions of a name found in full.
 */
export function findPeople(context: ExtractContext): Candidate[] {
  const { tokens } = context;
  const ctx = nameContext(context);
  const scan = new PersonScan(context, ctx);
  // Words inside the quoted title of a work (مسلسل « حبيب الروح »): no name is read there.
  const inTitle = workTitles(context).slice();
  scan.out.push(...findQuotedNames(context, ctx, inTitle), ...findLifespanNames(context, ctx), ...findDefinedPeople(context, ctx, ctx.people.occupations), ...findHeadedPeople(context, ctx), ...findThroneNames(context, ctx), ...findFamilies(context, ctx), ...findBynames(context, ctx), ...findApposedSpeakers(context, ctx), ...findDualTitleNames(context, ctx), ...findRoleAccusativeNames(context, ctx), ...findRealNames(context, ctx), ...findVerbSubjectSurnames(context, ctx), ...findSuccessors(context, ctx));
  const eponymHeads = eponymHeadSet(context.key);
  const stormNouns = stormNounSet(context.key);
  const eponymRoles = eponymRoleSet(context.key);
  const eponymActs = eponymActSet(context.key);
  const scorerVerbs = scorerVerbSet(context.key);
  const starts = nameStarts(context);
  const gates = passGates(context);
  scanStarts(context, starts, PERSON_START | DEFINITE_GIVEN, (i, sentence) => {
    // The eponym flag is the word's own (set below): a name read at a later word, before the flag is
    // set again (بجامعة محمد الخامس أن الجاحظ: the subject after أن), is no eponym's.
    scan.eponym = false;
    if (inTitle[i] === 1) return i + 1;
    const t = tokens[i]!;
    // الشاعر المتنبي, ألف البيروني: a scholar known by one word.
    const byname = famousBynameAt(ctx, tokens, i, sentence);
    if (byname >= 0) {
      scan.push({ type: 'PERSON', start: byname, end: t.end, rule: 'famous-byname' });
      return i + 1;
    }
    // الحبيب الغرسلي: a Maghrebi first name with the article, then the family name.
    // (Also where the word opens other names: الطيب صالح, whose صالح is a word too, is read here first.)
    if ((starts[i]! & DEFINITE_GIVEN) !== 0) {
      const end = definiteGivenName(ctx, tokens, i, sentence);
      // علي الأمين زين: a bare listed given name right before it is the first name, the definite one the father's.
      const before = i > sentence.tokenStart ? tokens[i - 1]! : undefined;
      const first = before !== undefined && !t.clitics?.prefixes.length && !before.clitics?.prefixes.length && wordIs(ctx.people, before, GIVEN) && !wordIs(ctx.people, before, AMBIGUOUS) ? before.start : -1;
      if (end > 0) return scan.name(first >= 0 ? first : t.clitics?.prefixes.length ? t.clitics.baseStart : t.start, end, sentence, 'name-chain');
      if ((starts[i]! & PERSON_START) === 0) return i + 1;
    }
    // وكان حالوتس قد أقر: the subject between the auxiliary and قد.
    if (AUXILIARIES.has(bareKey(t))) {
      const subject = auxiliarySubjectEnd(ctx, tokens, i + 1, sentence);
      if (subject > 0) scan.push({ type: 'PERSON', start: tokens[i + 1]!.start, end: tokens[subject - 1]!.end, rule: 'speaker' });
      return subject > 0 ? subject : i + 1;
    }
    // أن شفتشينكو سجل: the subject between a complementizer and its verb.
    if (bareKey(t) === COMPLEMENTIZER) {
      const subject = clauseSubjectEnd(ctx, tokens, i + 1, sentence);
      if (subject > 0) scan.push({ type: 'PERSON', start: tokens[i + 1]!.start, end: tokens[subject - 1]!.end, rule: 'clause-subject' });
      return subject > 0 ? subject : i + 1;
    }
    if (t.norm === QUOTE_SOURCE) {
      const source = quotedSourceEnd(ctx, tokens, i + 1, sentence);
      if (source > 0) scan.push({ type: 'PERSON', start: tokens[i + 1]!.start, end: tokens[source - 1]!.end, rule: 'quoted-source' });
      return source > 0 ? source : i + 1;
    }
    if (byTheName(ctx, tokens, i, sentence, context.key)) return i + 1;
    // فيما أحرز إدميلسون جونيور هدف الدحيل: the scorer between the verb and the goal.
    const scorer = scorerAt(ctx, tokens, i, sentence, context.key, scorerVerbs);
    if (scorer !== undefined) return scan.name(tokens[scorer.first]!.start, scorer.end, sentence, 'scorer');
    const titled = titleAt(ctx, tokens, i, sentence);
    // على يد غافريلو برينسيب, بقيادة خالد بن الوليد: a phrase naming the agent works like a title.
    const agent = titled === undefined ? agentCueEnd(tokens, i, sentence, context.key) : -1;
    // والمصطفى ولد محمد الحبيب: between two names ولد is «son of», not «was born».
    const verb = (gates[i]! & REPORTING_VERB) !== 0 && formIn(t, ctx.people.verbs) && !(ctx.people.innerConnectors.has(t.norm) && givenBeforeWald(ctx, tokens, i + 1, sentence) >= 0);
    // مطار الملك خالد: the head before a name or its title; a reporting verb (الجزيرة أعرب عبدالله) or an
    // agent phrase (القاعدة بزعامة أسامة بن لادن) starts a clause. A head with the article is no first
    // term of a construct: the name after it begins a new phrase (مدير مركز الفنون بالمكتبة هشام عزمي).
    const before = i > sentence.tokenStart ? bareKey(tokens[i - 1]!) : '';
    // وأدى كامل إدريس اليمين: وأدى folds to وادي; و + a past verb, written with its hamza, starts a clause.
    const verbBefore = before.startsWith('و') && ctx.people.pastVerbs.has(before.slice(1)) && spelling(context.text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end)) !== before;
    // العاصفة دانيال: a storm takes a given name, with the article too.
    // بسجن المتهم بدر العنزي: a role that names no thing (the accused, the minister) is a person's after
    // the head too; سجن is imprisoning here, not a prison.
    // So is a former holder's (بسجن الرئيس السابق محمد ولد عبد العزيز): nothing is named for a former president.
    const former = titled !== undefined && (FORMER.has(tokens[titled.end - 1]!.norm) || (titled.end < sentence.tokenEnd && FORMER.has(tokens[titled.end]!.norm)));
    // بسجن راشد الغنوشي: imprisoning the man, not a prison named for him.
    const act = i > sentence.tokenStart && tokens[i - 1]!.clitics?.prefixes[0] === 'ب' && eponymActs.has(before);
    const personsRole = titled?.kind === 'role' && (!eponymRoles.has(bareKey(t)) || former);
    scan.eponym = !verb && agent < 0 && !personsRole && !act && ((eponymHeads.has(before) && !before.startsWith('ال')) || stormNouns.has(before)) && !verbBefore;
    if ((titled?.end ?? agent) > 0 || verb) return readAfterCue(scan, i, sentence, { titled, agent, verb });
    // والفرنسي ليليان تورام: a nationality standing for a person, then a name of two words or more, a
    // listed one, or one word where a name would end (الفرنسي جيولي، …).
    if (nationalityNoun(ctx, tokens, i, sentence)) {
      const named = readName(ctx, tokens, i + 1, sentence, true);
      if (named && (named.end - (i + 1) >= 2 || named.known > 0 || loneNameAfterRole(ctx, tokens, i + 1, sentence, context.key))) return scan.name(named.start, named.end, sentence, 'nationality');
    }
    // بنو هاشم, بني أمية: the sons of a forefather are a tribe or a dynasty, not the man.
    if (i > sentence.tokenStart && writtenSonsOf(context.text, tokens[i - 1]!)) return i + 1;
    return readKnownChain(scan, i, sentence);
  });
  return [...scan.out, ...findPartialNames(context, scan.out), ...joinNameHalves(context, ctx, scan.out), ...eastAsianSurnames(context, scan.out), ...extendToCue(context, ctx, scan.out), ...findAliasesOfPeople(context, ctx, scan.out)];
}
