// Who did it, when the text names them: named rules (ids "perpetrator/…") that read the syntax news uses around the
// name of an attacker or suspect. An apposition ("the gunman, X"; "X, the main suspect"), a relative clause ("X, who
// blew himself up"), a subject of a verb of attack ("X detonated"), a court's or the police's words ("X was convicted",
// "found X guilty", "named X as the attacker"). Only named people (and armed groups for the verbs) qualify; the
// incident they did is the one of their sentence, else the article's main one (incidents.ts decides). Pure; the
// words are data (data/lexicons/incident-roles.json).

import type { Rule } from '../rules/index.js';
import type { WordLists } from './word-lists.js';
import type { NamedEntity } from './entities.js';
import type { EntityMention } from './mention-index.js';
import { alternatives } from '../reg-exp.js';
import { caseFoldedRegExp } from '../case-folded-reg-exp.js';

export interface PerpetratorCues {
  /** anchored at the end: an attacker or suspect noun phrase and a comma before a name ("the gunman, ") */
  appositionBefore: RegExp;
  /** anchored at the start: ", 28, the Belgian militant" after a name */
  appositionAfter: RegExp;
  /** anchored at the start: ", who blew himself up" */
  relativeClause: RegExp;
  /** anchored at the start: " detonated", ", 28, had opened fire" */
  subjectVerb: RegExp;
  /** anchored at the start: " GUERRILLAS COMMITTED THE MURDER" after an armed group's name */
  membersSubjectVerb: RegExp;
  /** anchored at the start: ", the armed wing of the cartel, gunned down" (an apposition, then the verb) */
  subjectAppositionVerb: RegExp;
  /** anchored at the start: ", which has fought for years, today bombed" (a relative clause, then the verb) */
  subjectRelativeVerb: RegExp;
  /** anchored at the start: ", NLF, bombed" (the name's short form set off by commas, then the verb) */
  subjectAcronymVerb: RegExp;
  /** anchored at the start: " shortly before the latter blew himself up"; group 1 is the words before "the latter" */
  latterSubject: RegExp;
  /** anchored at the end: a noun phrase that opens with a determiner and a comma before a name ("that the father, ") */
  apposedSubjectBefore: RegExp;
  /** anchored at the start: ", drove a car into", ", 41, detonated" after a name (the comma closing the apposition) */
  apposedSubjectVerb: RegExp;
  /** anchored at the start: " walked into the church with her sons before detonating" (rule perpetrator/participle-deed) */
  subjectDeedLater: RegExp;
  /** the same after an apposition's closing comma: ", walked into the church … before detonating" */
  apposedDeedLater: RegExp;
  /** anchored at the start: " was convicted", ", 29, pleaded guilty" */
  guiltAfter: RegExp;
  /** anchored at the end: "convicted ", "found " */
  guiltBefore: RegExp;
  /** a helper's charge ("supplying weapons"): no perpetrator from a legal cue */
  accessory: RegExp;
  /** anchored at the start: " was named on Thursday as the attacker" */
  namedAsAfter: RegExp;
  /** anchored at the end: "police named two brothers, " */
  namingBefore: RegExp;
  /** anchored at the start: "…, as suspects" after a name (and the names listed with it) */
  asHeadAfter: RegExp;
  /** anchored at the end, from the sentence start: "The man who killed three people … was named … as ", "The gunman was named as " */
  describedNamedAs: RegExp;
  /** anchored at the end, from the sentence start: "The man accused of the attacks on …, " */
  describedAccused: RegExp;
  /** anchored at the end: "police identified the two gunmen as " right before a list of names */
  namingHeadAs: RegExp;
  /** anchored at the end: "the court identified the men as " (group 1: the plain people noun) */
  namingPeopleAs: RegExp;
  /** global: "four men accused of the massacre" (group 1: the plain people noun) */
  accusedPlainPeople: RegExp;
  /** "the brothers then hijacked", "the two brothers acted as equal partners": group 1 is the plural kinship noun */
  kinGroupSubject: RegExp;
}

/** The cues compiled from data/lexicons/incident-roles.json, once per loaded resources. */
export function perpetratorCuesOf(words: WordLists): PerpetratorCues {
  return words.memo('incident-perpetrators', () => {
    const alt = alternatives;
    const head = `(?:${alt(words.list('incident-roles.agentHeads'))}|${alt(words.list('incident-roles.suspectHeads'))})`;
    // a verb of planning counts only with an attack as its object ("masterminded the bombing", not "organised a march")
    const planned = `(?:${alt(words.list('incident-roles.planningVerbs'))})\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:${alt(words.list('incident-roles.harmNouns'))})(?![\\p{L}])`;
    const verb = `(?:${alt(words.list('incident-roles.perpetrationVerbs'))}|${planned})`;
    const harm = `(?:${alt(words.list('incident-roles.harmVerbs'))})`;
    const guilt = `(?:${alt(words.list('incident-roles.guiltAfterSubject'))})`;
    const court = `(?:${alt(words.list('incident-roles.guiltBeforeObject'))})`;
    const naming = `(?:${alt(words.list('incident-roles.namingVerbs'))})`;
    const end = '(?![\\p{L}\\p{N}])';
    const deedBreak = `(?:${alt(words.list('incident-roles.participleDeedBreaks'))})`;
    const deedLater = `[\\p{L}'’-]+(?:(?!\\s${deedBreak}${end})[^.;:!?]){0,160}?\\s(?:before|after)\\s+(?:${alt(words.list('incident-roles.perpetrationParticiples'))})${end}`;
    const age = '(?:\\s*,\\s*\\d{1,3}\\s*,)?';
    // (rule perpetrator/gloss-transparent) a bracketed gloss after a name ("the FMLN [Farabundo Marti National
    // Liberation Front]", "Islamic State (IS)") stands between it and its verb; the name may be the one inside it
    const gloss = '(?:\\s*[\\])])?(?:\\s*[[(][^\\])]{0,80}[\\])])?';
    const adverbs = `(?:(?:${alt(words.list('incident-roles.subjectAdverbs'))})\\s+){0,2}`;
    const passive = `(?:${alt(words.list('incident-roles.passiveAuxiliaries'))})`;
    const accused = `(?:${alt(words.list('incident-roles.describedAccusedCues'))})`;
    // how a phrase of people opens: a determiner or a count ("the gunmen", "four men")
    const opener = `(?:the|a|an|${alt(words.list('incident-cues.countWords'))})`;
    // (rule perpetrator/accused-people-named) people the sentence holds to have done it by a participle of accusation
    // ("four men accused of the attack", "two youths suspected of the killing"), whatever their noun
    const accusedPeople = `(?:${head}|${alt(words.list('incident-roles.plainPersonHeads'))})(?:\\s*,)?\\s+(?:who\\s+(?:${passive}|are|is)\\s+)?${accused}\\s+(?:of|with|over|in)${end}[^;]*?`;
    // the attacker noun heads its phrase: punctuation, a preposition, a word no role phrase holds or a participle of
    // accusation follows it ("the militant suspected of", "the main suspect in"), not another noun it only modifies
    // ("the former rebel leader", "a campaign organizer frustrated by")
    const closes = `(?=\\s*(?:[,.;:()"“”—–]|$)|\\s+(?:${alt(words.list('incident-roles.phraseBreakers'))}|${alt(words.list('incident-roles.phraseStops'))}|${accused})${end})`;
    // words of a noun phrase that are no preposition ("the Belgian militant", not "a spokesman for the rebels")
    const npWord = `(?!(?:${alt(words.list('incident-roles.phraseBreakers'))})\\b)[\\p{L}'’-]+\\s+`;
    return {
      appositionBefore: caseFoldedRegExp(`(?<![\\p{L}])(?:${npWord}){0,3}${head}\\s*,\\s*$`, 'iu'),
      // (perpetrator/apposition-after) "X, one of the airport bombers": one of the attackers is an attacker too
      appositionAfter: caseFoldedRegExp(
        `^${age}\\s*,?\\s*(?:the|a|an|one\\s+of\\s+the)\\s+(?:${npWord}){0,3}?${head}${closes}`,
        'iu',
      ),
      relativeClause: caseFoldedRegExp(
        `^${gloss}${age}\\s*,\\s*(?:who|which)\\s+${adverbs}(?:${verb}|${guilt})${end}`,
        'iu',
      ),
      subjectVerb: caseFoldedRegExp(`^${gloss}${age}\\s+${adverbs}${verb}${end}(?!\\s+(?:dead\\s+)?by${end})`, 'iu'),
      // (rule perpetrator/members-subject-of-attack-verb) the group's name modifies a noun of its people, which is the
      // subject: "the FMLN guerrillas committed the murder", "Shining Path members dynamited"
      membersSubjectVerb: caseFoldedRegExp(
        `^${gloss}\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(words.list('incident-roles.memberHeads'))}|${alt(words.list('incident-roles.movementNouns'))})\\s+${adverbs}${verb}${end}(?!\\s+(?:dead\\s+)?by${end})`,
        'iu',
      ),
      // (rule perpetrator/subject-after-apposition) one apposition that opens with a determiner and closes with a
      // comma, no clause of its own: ', the armed wing of the cartel,' / ', "a faction of the Front,"'
      subjectAppositionVerb: caseFoldedRegExp(
        `^${gloss}\\s*,\\s*["”]?\\s*(?:the|a|an|one\\s+of\\s+the)\\s+[^,;:.()[\\]"“”]{1,80}?,["”]?\\s+${adverbs}${verb}${end}(?!\\s+(?:dead\\s+)?by${end})`,
        'iu',
      ),
      // (rule perpetrator/subject-after-relative) one relative clause set off by commas, no other punctuation in it:
      // ', which has fought in the north for years, today bombed' (when it happened may open the verb's words)
      subjectRelativeVerb: caseFoldedRegExp(
        `^${gloss}\\s*,\\s*(?:who|which)\\s+[^,;:.()[\\]"“”]{1,100}?,\\s+(?:(?:${alt(words.list('incident-roles.harmTimes'))})\\s+)?${adverbs}${verb}${end}(?!\\s+(?:dead\\s+)?by${end})`,
        'iu',
      ),
      // (rule perpetrator/subject-after-acronym) one word set off by commas, the name's short form: ', NLF, bombed' /
      // ', M-19, TODAY KIDNAPPED' (wire copy in capitals writes the short form so, not in brackets)
      subjectAcronymVerb: caseFoldedRegExp(
        `^${gloss}\\s*,\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}-]{1,11}\\s*,\\s+(?:(?:${alt(words.list('incident-roles.harmTimes'))})\\s+)?${adverbs}${verb}${end}(?!\\s+(?:dead\\s+)?by${end})`,
        'iu',
      ),
      // (rule perpetrator/latter-subject) group 1: the words up to "the latter", where no other name may stand
      latterSubject: caseFoldedRegExp(
        `^([^.;:!?]{0,80}?)(?<![\\p{L}])(?:${alt(words.list('incident-roles.anaphorsOfLast'))})\\s+${adverbs}${verb}${end}(?!\\s+(?:dead\\s+)?by${end})`,
        'iu',
      ),
      // (rule perpetrator/apposed-to-subject) "the father, X, drove a car packed with explosives into": any noun
      // phrase a name renames, read only where the name's closing comma is right before an active verb of attack
      apposedSubjectBefore: caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(words.list('incident-roles.apposedSubjectDeterminers'))})\\s+(?:${npWord}){0,3}?[\\p{L}'’-]+\\s*,\\s*$`,
        'iu',
      ),
      apposedSubjectVerb: caseFoldedRegExp(
        `^${age}\\s*,\\s+${adverbs}${verb}${end}(?!\\s+(?:dead\\s+)?by${end})`,
        'iu',
      ),
      // (rule perpetrator/participle-deed) a clause of the subject's own, no other clause opened in it, that ends in
      // "before" or "after" and a participle of a deed of attack
      subjectDeedLater: caseFoldedRegExp(`^${gloss}${age}\\s+${adverbs}${deedLater}`, 'iu'),
      apposedDeedLater: caseFoldedRegExp(`^${age}\\s*,\\s+${adverbs}${deedLater}`, 'iu'),
      guiltAfter: caseFoldedRegExp(`^(?:\\s*,[^,.;]{1,80},)?\\s+${guilt}${end}`, 'iu'),
      guiltBefore: caseFoldedRegExp(`(?<![\\p{L}])${court}\\s+$`, 'iu'),
      accessory: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(words.list('incident-roles.accessoryCues'))})${end}`, 'iu'),
      namedAsAfter: caseFoldedRegExp(
        `^(?:\\s*,[^,.;]{1,40},)?\\s+${passive}\\s+(?:[\\p{L}-]+\\s+){0,3}?${naming}\\s+(?:[^,.;]{0,30}\\s+)?as\\s+(?:the\\s+|a\\s+|an\\s+|one of the\\s+)?(?:${npWord}){0,2}${head}${end}`,
        'iu',
      ),
      namingBefore: caseFoldedRegExp(`(?<![\\p{L}])${naming}\\s+(?:[^.;]{0,40}?\\s)?$`, 'iu'),
      asHeadAfter: caseFoldedRegExp(
        `^[^.;]{0,60}?\\s+as\\s+(?:the\\s+|a\\s+|an\\s+|two\\s+|three\\s+)?(?:${npWord}){0,2}${head}${end}`,
        'iu',
      ),
      // (rule perpetrator/apposed-naming-as) "The suspect, identified only as X", "The gunman, a man police named as X":
      // the naming participle in an apposition to the attacker or suspect noun
      describedNamedAs: caseFoldedRegExp(
        `^(?:[^.;]*?\\s[—–-]\\s+)?${opener}\\s+(?:${npWord}){0,2}(?:who\\s+${adverbs}(?:${verb}|${harm})${end}[^;]*?|(?:${accusedPeople}|${head})\\s+${passive}\\s+(?:[^,.;]{0,30}\\s+)?|${head}\\s*,\\s*(?:[^,.;]{0,60}?\\s)?)\\b${naming}\\s+(?:[^,.;]{0,30}\\s+)?as\\s+$`,
        'iu',
      ),
      // (rule perpetrator/naming-head-as) "identified the gunmen as ", "the suspects, who were named as ": an attacker
      // or suspect noun, then "as" and the names; not a noun a preposition ties to another one ("the victims of the
      // gunmen were identified as")
      namingHeadAs: caseFoldedRegExp(
        `(?<![\\p{L}])(?:${naming}\\s+(?:${opener}\\s+)?(?:${npWord}){0,2}${head}|(?<!(?:${alt(words.list('incident-roles.phraseBreakers'))})\\s+(?:[\\p{L}'’-]+\\s+){0,3})${head}(?:\\s*,)?\\s+(?:(?:who|that)\\s+)?${passive}\\s+(?:[^,.;]{0,30}\\s+)?${naming}(?:\\s+[^,.;]{0,30})?)\\s+as\\s+$`,
        'iu',
      ),
      namingPeopleAs: caseFoldedRegExp(
        `(?<![\\p{L}])${naming}\\s+(?:the|these|those)\\s+(?:(?:${alt(words.list('incident-cues.countWords'))})\\s+)?(${alt(words.list('incident-roles.plainPersonHeads'))})\\s+as\\s+$`,
        'iu',
      ),
      accusedPlainPeople: caseFoldedRegExp(
        `(?<![\\p{L}])(${alt(words.list('incident-roles.plainPersonHeads'))})(?:\\s*,)?\\s+(?:who\\s+(?:${passive}|are|is)\\s+)?${accused}\\s+(?:of|with|over|in)${end}`,
        'giu',
      ),
      kinGroupSubject: caseFoldedRegExp(
        `(?<![\\p{L}])the\\s+(?:(?:${alt(words.list('incident-cues.countWords'))})\\s+)?(${alt(words.list('incident-roles.kinGroupNouns'))})\\s+${adverbs}(?:${verb}|${alt(words.list('incident-roles.jointActionCues'))})${end}`,
        'iu',
      ),
      describedAccused: caseFoldedRegExp(
        `^(?:[^.;]*?\\s[—–-]\\s+)?(?:the|a)\\s+(?:${npWord}){0,2}${accused}\\s+(?:of|with|over|in)${end}[^;]*,\\s*$`,
        'iu',
      ),
    };
  });
}

/** What a perpetrator rule sees of one named mention in its sentence. */
export interface NamedAgentContext {
  cues: PerpetratorCues;
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** the mention */
  start: number;
  end: number;
  /** the names listed with it ("Said and Cherif Kouachi and Amedy Coulibaly"): where the list starts and ends */
  listStart: number;
  listEnd: number;
  person: boolean;
  armedGroup: boolean;
}

/** the cue's span in the article */
export interface PerpetratorCue {
  start: number;
  end: number;
}

/** `why`: the one line an analyst reads for a participant the rule found (Rule.why) */
const rule = (
  name: string,
  reason: string,
  apply: (c: NamedAgentContext) => PerpetratorCue | null,
  why: string,
): Rule<NamedAgentContext, PerpetratorCue> => ({
  id: `perpetrator/${name}`,
  family: 'perpetrator',
  reason,
  why,
  apply,
});

/** the rule applies to named people only (an armed group is never "the gunman" or convicted) */
const personOnly =
  (apply: (c: NamedAgentContext) => PerpetratorCue | null) =>
  (c: NamedAgentContext): PerpetratorCue | null =>
    c.person ? apply(c) : null;

const before = (c: NamedAgentContext) => c.text.slice(Math.max(c.sentenceStart, c.listStart - 120), c.listStart);
const after = (c: NamedAgentContext, n = 160) => c.text.slice(c.listEnd, Math.min(c.sentenceEnd, c.listEnd + n));
/** the sentence's words before the names */
const lead = (c: NamedAgentContext) => c.text.slice(c.sentenceStart, c.listStart);
const spanAfter = (c: NamedAgentContext, m: RegExpExecArray | null): PerpetratorCue | null =>
  m ? { start: c.listEnd, end: c.listEnd + m[0].length } : null;
const spanBefore = (c: NamedAgentContext, m: RegExpExecArray | null): PerpetratorCue | null =>
  m ? { start: c.listStart - (before(c).length - m.index), end: c.listStart } : null;
const spanLead = (c: NamedAgentContext): PerpetratorCue => ({ start: c.sentenceStart, end: c.listStart });
/** an earlier sentence of the article holds people of this noun to have done it ("four men accused of the attack") */
const accusedEarlier = (c: NamedAgentContext, noun: string): boolean => {
  const re = c.cues.accusedPlainPeople;
  re.lastIndex = 0;
  const earlier = c.text.slice(0, c.sentenceStart);
  for (let m = re.exec(earlier); m; m = re.exec(earlier)) if (m[1]!.toLowerCase() === noun.toLowerCase()) return true;
  return false;
};
/** a legal cue about helping (supplying weapons, financing) in the rest of the clause */
const accessory = (c: NamedAgentContext, from: number) =>
  c.cues.accessory.test(c.text.slice(from, Math.min(c.sentenceEnd, from + 90)).split(/[;:]/)[0]!);
/** a cue right after the names, unless the words after it charge a helper ("…, who was convicted of supplying") */
const deedAfter = (c: NamedAgentContext, cue: RegExp): PerpetratorCue | null => {
  const m = cue.exec(after(c));
  return m && !accessory(c, c.listEnd + m[0].length) ? spanAfter(c, m) : null;
};

/** one or two capitalised words (a rank: "Officer", "Sgt.") right before a name, after a space */
const RANK_BEFORE_NAME = /\s(?:\p{Lu}\p{Ll}+\.?\s+){1,2}$/u;

/** In order; the first that applies to a mention says why it is a perpetrator. */
export const PERPETRATOR_RULES: readonly Rule<NamedAgentContext, PerpetratorCue>[] = [
  rule(
    'apposition-before',
    'an attacker or suspect noun followed by a comma and a name ("the gunman, X"; "the three attackers, X, Y and Z") renames the noun: the named people are the attackers',
    personOnly((c) => spanBefore(c, c.cues.appositionBefore.exec(before(c)))),
    'the attacker or suspect noun is renamed by X: "the gunman, X"',
  ),
  rule(
    'apposition-after',
    'a name followed by an apposition headed by an attacker or suspect noun ("X, 28, the Belgian militant suspected of …", "X, one of the airport bombers") says who the person is in the story',
    personOnly((c) => spanAfter(c, c.cues.appositionAfter.exec(after(c)))),
    'an apposition after X says X is the attacker or a suspect: "X, one of the bombers"',
  ),
  rule(
    'relative-clause',
    'a non-restrictive relative clause after a name with a verb of attack or of guilt ("X, who blew himself up at …", "X, which carried out …", "X, who was convicted of …") states what the named one did',
    (c) => deedAfter(c, c.cues.relativeClause),
    'a relative clause after X says what X did: "X, who blew himself up at …"',
  ),
  rule(
    'subject-of-attack-verb',
    'a named person or armed group as the subject of an active verb of attack ("X detonated", "X, 28, opened fire") did it; police and institutions are left to the response rules',
    (c) => (c.person || c.armedGroup ? spanAfter(c, c.cues.subjectVerb.exec(after(c))) : null),
    'X is the subject of a verb of attack: "X opened fire", "X detonated the bomb"',
  ),
  rule(
    'members-subject-of-attack-verb',
    'a named armed group that modifies a noun of its people, that noun the subject of an active verb of attack ("the FMLN guerrillas committed the murder", "Shining Path members dynamited the pylon"): the group did it, as its people did',
    (c) => (c.armedGroup ? spanAfter(c, c.cues.membersSubjectVerb.exec(after(c))) : null),
    'X\'s fighters are the subject of a verb of attack: "X guerrillas bombed the pylon"',
  ),
  rule(
    'apposed-to-subject',
    'a named person set off by commas after a noun phrase that opens with a determiner, then an active verb of attack ("the father, X, drove a car packed with explosives into the church"; "their leader, X, detonated the bomb"): the name renames the subject of the verb, whatever its noun, so the person did it',
    personOnly((c) => {
      const b = c.cues.apposedSubjectBefore.exec(before(c));
      const a = b && c.cues.apposedSubjectVerb.exec(after(c));
      return b && a ? { start: spanBefore(c, b)!.start, end: c.listEnd + a[0].length } : null;
    }),
    'X renames the subject of a verb of attack: "their leader, X, detonated the bomb"',
  ),
  rule(
    'participle-deed',
    'a named person, alone or set off by commas after a noun phrase that opens with a determiner, as the subject of a clause that ends in "before" or "after" and a participle of a deed of attack ("X walked into the church with her two daughters before detonating the bombs"; "his wife, X, drove to the market before blowing herself up"): the participle has the clause\'s subject as its doer, so the person did it, whatever the clause\'s own verb; not where another clause opens between them',
    personOnly((c) => {
      const direct = c.cues.subjectDeedLater.exec(after(c, 240));
      if (direct) return { start: c.listEnd, end: c.listEnd + direct[0].length };
      const b = c.cues.apposedSubjectBefore.exec(before(c));
      const a = b && c.cues.apposedDeedLater.exec(after(c, 240));
      return b && a ? { start: spanBefore(c, b)!.start, end: c.listEnd + a[0].length } : null;
    }),
    'X did what the clause ends with: "X walked into the church before detonating the bomb"',
  ),
  rule(
    'subject-after-apposition',
    'a named person or armed group, then an apposition that says who it is and closes with a comma, then an active verb of attack ("X, the armed wing of the cartel, gunned down …"; "X, a splinter faction of the Front, bombed …"): news puts who a name is between it and its verb, and the name is still the subject',
    (c) => (c.person || c.armedGroup ? spanAfter(c, c.cues.subjectAppositionVerb.exec(after(c))) : null),
    'X is the subject of a verb of attack after an apposition: "X, a splinter group, bombed …"',
  ),
  rule(
    'subject-after-relative',
    'a named person or armed group, then a relative clause set off by commas, then an active verb of attack ("X, which has fought in the north for years, today bombed …"): the clause says more of the name, which is still the subject of the verb after it',
    (c) => (c.person || c.armedGroup ? spanAfter(c, c.cues.subjectRelativeVerb.exec(after(c))) : null),
    'X is the subject of a verb of attack after a relative clause: "X, which …, bombed …"',
  ),
  rule(
    'subject-after-acronym',
    'a named armed group, then its short form set off by commas, then an active verb of attack ("the Northern Liberation Front, NLF, bombed …"): wire copy writes the short form as an apposition, and the name is still the subject of the verb after it',
    (c) => {
      if (!c.armedGroup) return null;
      // read from the name itself: the short form after it is a name too, which the list of names has taken in
      const m = c.cues.subjectAcronymVerb.exec(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 160)));
      return m ? { start: c.end, end: c.end + m[0].length } : null;
    },
    'X is the subject of a verb of attack after its short form: "the Front, NLF, bombed …"',
  ),
  rule(
    'latter-subject',
    'a named person or armed group that "the latter" stands for ("X was seen with Y shortly before the latter blew himself up": the name right before it, no other name between) and that is the subject of a verb of attack did it',
    (c) => {
      if (!c.person && !c.armedGroup) return null;
      const m = c.cues.latterSubject.exec(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 160)));
      // a capital in the words between is another name, the one "the latter" stands for (case-sensitive test)
      return m && !/\p{Lu}/u.test(m[1]!) ? { start: c.end, end: c.end + m[0].length } : null;
    },
    '"the latter", standing for X, did it: "seen with X shortly before the latter blew himself up"',
  ),
  rule(
    'convicted-subject',
    'a person said to have been convicted, sentenced, charged or suspected, or to have pleaded guilty, is held to have done the incident the article reports (a helper charged with supplying or financing is not)',
    personOnly((c) => deedAfter(c, c.cues.guiltAfter)),
    'X was convicted, charged or suspected of it, or pleaded guilty: "X was convicted of the attack"',
  ),
  rule(
    'convicted-object',
    'the object of a court\'s or prosecutor\'s verb ("convicted X of", "sentenced X to", "found X guilty") is held to have done the incident the article reports, unless the charge is one of helping',
    personOnly((c) => {
      // (rule perpetrator/rank-before-object) "indicted Officer X", "convicted Sgt. X": a capitalised rank or title
      // the name does not hold stands between the verb and the name
      const full = before(c);
      const rank = RANK_BEFORE_NAME.exec(full);
      const lead = rank ? full.slice(0, rank.index + 1) : full;
      const m = c.cues.guiltBefore.exec(lead) ?? c.cues.guiltBefore.exec(full);
      if (!m) return null;
      if (/found\s+$/i.test(m[0]) && !/^\s+guilty\b/i.test(after(c))) return null;
      return accessory(c, c.listEnd) ? null : { start: c.listStart - (full.length - m.index), end: c.listStart };
    }),
    'a court or prosecutor held X to it: "the court convicted X of the bombing"',
  ),
  rule(
    'named-as',
    'police or officials naming a person as the attacker or a suspect ("X was named as the gunman", "police named X and Y as suspects", "the man who killed … was named as X") identify the perpetrator',
    personOnly((c) => {
      const a = c.cues.namedAsAfter.exec(after(c));
      if (a) return spanAfter(c, a);
      const b = c.cues.namingBefore.exec(before(c));
      if (b && c.cues.asHeadAfter.test(after(c, 80))) return spanBefore(c, b);
      // (rule perpetrator/naming-head-as) "police identified the gunmen as A and B", "the suspects, who were named
      // as A and B": the attacker noun comes before "as", the names after it, and every name of the list is one of them
      const h = c.cues.namingHeadAs.exec(before(c));
      if (h) return spanBefore(c, h);
      // (rule perpetrator/naming-accused-people-as) "The court identified the men as A and B": a plain people noun
      // ("the men", "the two youths") that an earlier sentence held to have done it ("four men accused of the
      // massacre") stands for them, so the names listed are theirs
      const p = c.cues.namingPeopleAs.exec(before(c));
      if (p && accusedEarlier(c, p[1]!)) return spanBefore(c, p);
      return c.cues.describedNamedAs.test(lead(c)) ? spanLead(c) : null;
    }),
    'police or officials named X as the attacker or a suspect: "X was named as the gunman"',
  ),
  rule(
    'described-accused',
    'a sentence that opens with "the man accused of / convicted of …" and names him in apposition ("The man accused of the attacks on …, X, …") names the one held to have done it',
    personOnly((c) => (c.cues.describedAccused.test(lead(c)) && !accessory(c, c.sentenceStart) ? spanLead(c) : null)),
    'named in apposition to "the man accused of" the attack',
  ),
];

/** What the kin-group rule sees: one sentence. */
export interface KinGroupContext {
  cues: PerpetratorCues;
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** the cue's span, and the kinship noun in the singular ("brother") that introduces a member of the group */
export interface KinGroupCue extends PerpetratorCue {
  kin: string;
}

/**
 * Rule perpetrator/kin-group-subject. Who "the brothers" are is for the caller to find (incidents.ts kinGroupMembers):
 * the people of one surname the article names, one of them introduced by the singular noun ("his older brother, Y").
 */
export const KIN_GROUP_SUBJECT: Rule<KinGroupContext, KinGroupCue> = {
  id: 'perpetrator/kin-group-subject',
  family: 'perpetrator',
  why: '"the brothers" did it, and X is one of the brothers the article names',
  reason:
    'a definite plural kinship noun as the subject of a verb of attack or of acting together ("the brothers then opened fire", "the brothers acted as equal partners") stands for the relatives the article has named, as a reader takes it: each of them did it',
  apply: (c) => {
    const m = c.cues.kinGroupSubject.exec(c.text.slice(c.sentenceStart, c.sentenceEnd));
    if (!m) return null;
    const plural = m[1]!.toLowerCase();
    return {
      start: c.sentenceStart + m.index,
      end: c.sentenceStart + m.index + m[0].length,
      kin: plural.endsWith('s') ? plural.slice(0, -1) : plural,
    };
  },
};

/** a nationality adjective that modifies a weapon ("Russian missiles"), and the article's entities */
export interface NationalityContext {
  /** the gazetteer's demonyms: adjective (lower case) to country code */
  demonyms: ReadonlyMap<string, string>;
  entities: readonly NamedEntity[];
  adjective: string;
}

/**
 * Rule perpetrator/state-by-nationality: the country a nationality adjective names ("Russian", "North Korean"), as the
 * article names it (its first mention); null where the article never names the country itself.
 */
export const STATE_BY_NATIONALITY: Rule<NationalityContext, EntityMention> = {
  id: 'perpetrator/state-by-nationality',
  family: 'perpetrator',
  why: 'a weapon of X\'s nationality struck: "Russian missiles struck", "a Syrian jet bombed"',
  reason:
    'a nationality as the modifier of a weapon or an attacking craft ("Russian missiles struck", "a Syrian jet bombed") names the state that used it, so the country the article names stands as the doer; only a country the article itself names',
  apply: ({ demonyms, entities, adjective }) => {
    const code = demonyms.get(adjective.replace(/['’]s$/u, '').toLowerCase());
    if (!code) return null;
    const country = entities.find((e) => e.type === 'place' && e.placeKind === 'country' && e.country === code);
    const first = country?.mentions[0];
    return country && first ? { entity: country, mention: first } : null;
  },
};
