// Casualty counts as news states them: "killing 22 people", "four people shot dead", "injured more than 100",
// "left 3 dead and 40 wounded", "the death toll rose to 130", "a professor, a policeman and a pedestrian were killed".
// The words (number words, people nouns, verbs of death and injury, revision and statistic cues) are data:
// data/lexicons/incident-casualties.json, validated by CasualtyFile and compiled once by buildCasualtyCues.
import { z } from 'zod';
import { ALL_RULES_ON, allMatches, isOn, type Rule, type RuleSwitches } from '../rules/index.js';
import { alternatives, eachMatch } from '../reg-exp.js';
import { caseFoldedRegExp } from '../case-folded-reg-exp.js';

export interface CasualtyCount {
  what: 'killed' | 'injured';
  count: number;
  start: number;
  end: number;
  /** id of the rule that found it */
  rule: string;
  /**
   * how current the figure is: 2 a revised toll ("rose to 45"), 1 a plain count, 0 a figure used only when there is
   * nothing better: one the text marks as superseded ("earlier reports said 30"), the one death a "fatal shooting"
   * implies, or a count from a sentence that names no incident
   */
  rank: 0 | 1 | 2;
}

const words = z.array(z.string().min(1)).min(1);
export const CasualtyFile = z.object({
  description: z.string().min(1),
  /** number words and their values ("twelve": 12, "dozen": 12) */
  numberWords: z.record(z.string().regex(/^[a-z]+$/, 'lower-case letters only'), z.number().int().positive()),
  /** multipliers after a number word ("two hundred") */
  multipliers: z.record(z.string().regex(/^[a-z]+$/, 'lower-case letters only'), z.number().int().positive()),
  /** regular-expression fragments, each list matched case-insensitively */
  quantifiers: words,
  peopleNouns: words,
  killedWords: words,
  injuredWords: words,
  killingVerbs: words,
  injuringVerbs: words,
  notUnits: words,
  tollRevision: words,
  /** verbs of revising written before the toll they revise ("officials lowered the death toll … to 253") */
  tollRevisingVerbs: words,
  superseded: words,
  statistic: words,
  /**
   * a class of crime as the subject of a verb of change ("Murders in the city rose by a third", "the homicide rate
   * fell"): a sentence that holds one reports crime figures, and its counts of the dead sum a period
   */
  statisticTrend: words,
  /** after "was": one person killed ("the mayor was shot dead") */
  oneKilledWords: words,
  /** after "was": one person hurt ("a guard was wounded") */
  oneInjuredWords: words,
  /** adverbs between "was" and the verb ("was reportedly killed"); never a negation or "nearly" */
  oneVictimAdverbs: words,
  /** adverbs between a count's auxiliary and its verb ("eight soldiers were reportedly killed", "were reported wounded") */
  countAdverbs: words,
  /** one person, as the object of a verb of killing after "a"/"an" ("killing a policeman") */
  singularPeopleNouns: words,
  /** nouns of death before "of" and a count ("the murder of six priests") */
  deathNouns: words,
  /** plural nouns of death after a count, an adjective between ("six fatalities were reported"); never "deaths", which news uses for running totals ("350 deaths nationwide last month") */
  deathCountNouns: words,
  /** words that open an aside about the people just counted ("four hostages, all Jewish men, were killed") */
  countAppositives: words,
  /** in such an aside, the attacker counted among them ("four people, including the gunman, died"): no victims' toll */
  attackerInAside: words,
  /** words right before a number that make it an age ("aged 19", "aged 19 and 20", "between the ages of 5 and 9") */
  ageBefore: words,
  /** right after a number, what makes it an age ("3-year-old", "3 year olds", "Smith, 45, of Leeds") */
  ageAfter: words,
  /** words ending in "s" that are no plural noun of people ("one has died" counts no "has") */
  notPeopleWords: words,
  /** after a singular "is", "was" or "remains": one hurt who lives ("is in stable condition", "was treated and released") */
  survivedWords: words,
  /** between the singular verb and its condition ("is still in critical condition", "was listed in stable condition") */
  conditionAdverbs: words,
  /** after one person: hurt and not killed ("suffered non-life-threatening injuries") */
  nonFatalInjuryWords: words,
  /** prepositions before a year that set a sentence in it ("in 2012", "since 1998") */
  yearPrepositions: words,
  /** verbs of killing whose object is the one killed, before a person's name ("killed Jane Doe") */
  namedVictimVerbs: words,
  /** determiners of one victim ("killed his father", "the death of a boy") */
  victimDeterminers: words,
  /** function words that end a run of titles and descriptions before a name ("killed in … X" is not "killed X") */
  notTitleWords: words,
  /** past tense of dying, whose number the subject tells ("he died", "a boy died", "Jane Doe died") */
  diedWords: words,
  /** verbs of dying in the singular whatever the subject ("the girl who was shot has died", "Boy, 4, dies") */
  singularDiedWords: words,
  /** nouns of an incident in which someone died: one killed at least ("a fatal shooting", "the shooting death") */
  fatalIncidentNouns: words,
  /** nouns of one death before "of" and the one who died ("the murder of a priest", "the killing of Jane Doe") */
  deathNounsOfOne: words,
  /** after a count of a verb of killing: the killer died too ("killed 2 children, herself", "then killed himself") */
  killerAlsoSelfAfter: words,
  /** determiners a count of victims may open with after a verb of killing ("killed his two children") */
  possessivesBeforeCount: words,
  /** no one died: "no one was killed", "no fatalities were reported", "without casualties", "no one was hurt" */
  noneKilledWords: words,
  /** no one was hurt: "no one was injured", "no injuries were reported", "without casualties" (not "no one was killed") */
  noneInjuredWords: words,
  /** after "the", a time and not one harmed ("three killed the day before"): see casualty/killers-are-no-count */
  timeAfterThe: words,
  /** nouns of injury before "of" or "to" and those hurt ("the injury of six people", "injuries to a guard") */
  injuryNouns: words,
  /** verbs of a killing done, before "him" or "her" ("killing him instantly"): never "kill", which a threat uses */
  pronounVictimVerbs: words,
  /** one person as the object of a verb ("him", "her") */
  onePronouns: words,
  /** ordinals after "a"/"an": one more person counted ("three were killed and a fourth wounded") */
  ordinals: words,
  /** verbs that end a clause: never inside an item of a list of victims ("Three were killed and a fourth" is no list) */
  clauseVerbs: words,
  /** plural nouns of the members of a body, after which "of (the) …" and its name may follow the count ("two members
   * of the Red Dawn Front were killed": rule casualty/members-of-name) */
  memberNouns: words,
  /** words that are never part of the body's name after "members of": a clause, a place or the verb starts there */
  notNameWords: words,
});
export type CasualtyFile = z.infer<typeof CasualtyFile>;

export interface CasualtyCues {
  numbers: ReadonlyMap<string, number>;
  /** determiners of one victim, each an item of one in a list ("his wife and two children" is three) */
  determiners: ReadonlySet<string>;
  multipliers: ReadonlyMap<string, number>;
  /** the regular expression of each rule (group 1: the number, or for a list the whole list) */
  patterns: Readonly<Record<string, RegExp>>;
  /**
   * a part of a rule's pattern that every match holds (its verb or word of harm), as a pattern of its own: a sentence
   * without it is not tried, since the rule's pattern could not match it (most sentences tell of no harm)
   */
  cues: Readonly<Record<string, RegExp>>;
  /** the parts each cue is made of, each a part of its rule's pattern (checked by a test) */
  cueParts: Readonly<Record<string, readonly string[]>>;
  /** anchored at the end of the text before a count: the figure is an older one */
  superseded: RegExp;
  /** anywhere in a count's clause: a running total over a period, not the toll of one event */
  statistic: RegExp;
  /** anywhere in a count's sentence: crime figures that moved (statisticTrend), so the count sums a period */
  statisticTrend: RegExp;
  /** anchored at the end of the text before a number: the number is an age ("aged 19 and ") */
  ageBefore: RegExp;
  /** anchored at the start of the text after a number: the number is an age ("-year-old") */
  ageAfter: RegExp;
  /** a sentence set in a year ("in 2012", "since 1998"): a count in it with no incident named is of other events */
  inYear: RegExp;
  /** anchored at the end of the text before a person's name: the name is one killed ("the murder of former minister") */
  beforeVictimName: RegExp;
  /** anchored at the start of the text after a person's name: the person died (", 15, died", " later died") */
  afterNameDied: RegExp;
  /** anchored at the start of the text after a person's name: a noun of one death in the possessive ("'s murder") */
  afterNameDeath: RegExp;
  /** anchored at the start of the text between two names of a list of victims (" and 7-year-old ") */
  betweenNames: RegExp;
  /** anchored at the start of the text after a count of a verb of killing: the killer died too (", then himself") */
  killerAlsoSelf: RegExp;
  /** the whole text is counted people listed before a last item ("Four soldiers and ", "a guard, two drivers and ") */
  countedListOpening: RegExp;
}

const alt = alternatives;

/** Compiles data/lexicons/incident-casualties.json (read and validated by loadResources). */
export function buildCasualtyCues(f: CasualtyFile): CasualtyCues {
  const units = Object.keys(f.numberWords).sort((a, b) => b.length - a.length);
  const mult = Object.keys(f.multipliers);
  const wordNum = `(?:(?:${alt(units)})(?:[- ](?:${alt(units)}))?(?:\\s+(?:${alt(mult)}))?|(?:a|an)\\s+(?:${alt(mult)}))`;
  const num = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${wordNum})`;
  const quant = `(?:(?:${alt(f.quantifiers)})\\s+)?`;
  // the people counted; a singular noun after "one" ("one man died")
  const people = `(?:(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:${alt(f.peopleNouns)}|${alt(f.singularPeopleNouns)}|(?!(?:${alt(f.notPeopleWords)})(?![\\p{L}]))\\p{L}+s)(?![\\p{L}]))`;
  const killed = `(?:${alt(f.killedWords)})`;
  // (rule casualty/members-of-name) "two members of the Red Dawn Front were killed": a noun of the members of a body
  // and the body's name after "of (the)" (one to six words, none a clause or place word) stand between the count and
  // its verb; the count is of the members
  const nameWord = `(?!(?:${alt(f.notNameWords)})(?![\\p{L}]))[\\p{L}\\p{N}'’-]+`;
  const membersOf = `(?:[\\p{L}\\p{N}-]+\\s+)?(?:${alt(f.memberNouns)})\\s+of\\s+(?:the\\s+)?(?:${nameWord}\\s+){0,5}?${nameWord}(?:\\s*[[(][^\\])]{1,60}[\\])])?`;
  const hurt = `(?:${alt(f.injuredWords)})`;
  const notUnit = `(?!\\s*(?:${alt(f.notUnits)}))`;
  const aux = '(?:were\\s+|was\\s+|have been\\s+|had been\\s+|are\\s+|is\\s+|now\\s+)?';
  const auxRequired = aux.slice(0, -1);
  // (rules casualty/n-killed, casualty/n-injured) a hedge between the auxiliary and the verb ("eight soldiers were
  // reported killed", "three reportedly wounded"): notes and wires attribute counts that way; the count is the same
  const countAdverb = `(?:(?:${alt(f.countAdverbs)})\\s+)?`;
  // (rule casualty/killers-are-no-count) with no auxiliary, a verb of harm after a count may be active: "two men murdered
  // a farmer", "five gunmen wounded a guard" count those who did it, not those it was done to. An object right after
  // the verb (a determiner of one victim or a number; "the" unless a time follows: "three killed the day before") tells
  // it so
  const activeObject = `(?!\\s+(?:(?!the(?![\\p{L}]))(?:${alt(f.victimDeterminers)})|${num}|the(?!\\s+(?:${alt(f.timeAfterThe)})(?![\\p{L}])))(?![\\p{L}\\p{N}]))`;
  const harmAfterCount = (harm: string) =>
    `(?:${auxRequired}${countAdverb}${harm}(?![\\p{L}])|${countAdverb}${harm}(?![\\p{L}])${activeObject})`;
  // an aside about the people counted, set off by commas: "four hostages, all Jewish men, had been shot dead"
  // never one that names the attacker among them ("four people, including the gunman, died": not the victims' toll)
  const aside = `(?:,\\s+(?:${alt(f.countAppositives)})\\s+(?![^,.;:]{0,40}?(?<![\\p{L}])(?:${alt(f.attackerInAside)})(?![\\p{L}]))[^,.;:]{1,40},)?`;
  // one person with any determiner ("his father", "the 15-year-old boy", "a teenager")
  // (rule casualty/possessive-victim) a name in the possessive is a determiner too: "wounded Castillo's son" is one
  const oneNP = `(?:(?:${alt(f.victimDeterminers)})|\\p{L}+['’]s)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${alt(f.singularPeopleNouns)})(?![\\p{L}])`;
  // one item of a list of victims: "a professor", "two children", "his 6-year-old daughter"
  // (rule casualty/list-item-holds-no-verb) an item is a noun phrase: a verb of a clause ("Three people were killed
  // and a fourth") ends it, so a count and the next clause's subject are never summed as one list
  const noVerb = `(?!(?:${alt(f.clauseVerbs)})(?![\\p{L}]))`;
  // (rule casualty/list-item-of-complement) one person may be named with an "of" complement ("the mayor of San Miguel
  // and two bodyguards" is three): up to three words, none a list's "and" or a verb
  const notAnd = `(?!and(?![\\p{L}]))${noVerb}`;
  const ofPart = `(?:\\s+of\\s+(?:${notAnd}[\\p{L}-]+\\s+){0,2}?${notAnd}[\\p{L}-]+)?`;
  const item = `(?:(?:a|an|one|${num})\\s+(?:${noVerb}[\\p{L}\\p{N}-]+\\s+){0,2}?${noVerb}[\\p{L}-]+|${oneNP}${ofPart})`;
  const list = `(${item}(?:\\s*,\\s*${item})*\\s*,?\\s+and\\s+${item})`;
  // "no one (else)", "nobody": the subject of a negated count ("no one else was hurt" counts none)
  const noOne = `(?:(?:no|not\\s+any)[\\s-]*one|nobody|none)(?:\\s+else)?\\s+`;
  // (rules casualty/n-killed, casualty/n-injured) "no one was hurt", "no-one was injured": "one" after "no" is no
  // count at all (set after any quantifier, so "no more than five were hurt" still counts five)
  const notNegated = `(?<!(?<![\\p{L}])(?:no|not\\s+any)[\\s-]*)`;
  // "was (reportedly) killed", "has been fatally shot": the singular auxiliary counts one
  const oneWas = `(?<!${noOne})(?<![\\p{L}])(was|has\\s+been)\\s+(?:(?:${alt(f.oneVictimAdverbs)})\\s+)?`;
  // titles and descriptions before a name ("former defense minister", "15-year-old"), never a function word
  const title = `(?:(?!(?:${alt(f.notTitleWords)})(?![\\p{L}]))[\\p{L}\\p{N}.'’-]+\\s+)`;
  const adverb = `(?:(?:${alt(f.oneVictimAdverbs)})\\s+)?`;
  const aside1 = `(?:,[^,;.]{1,60},)?`;
  // one person's name, each word capitalised ("Cherif Kouachi", "Said"); a list of them opens a sentence or clause
  const name = `\\p{Lu}\\p{Ll}[\\p{Ll}'’.-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{Ll}'’.-]*){0,3}`;
  const names = `(?:^|(?<=[.;:!?]\\s+))(${name}(?:\\s*,\\s*${name})*\\s*,?\\s+and\\s+${name})\\s+${aux.slice(0, -1)}`;
  const killingVerb = `(?:${alt(f.killingVerbs)})`;
  const namedVictimVerb = `(?:${alt(f.namedVictimVerbs)})`;
  const injuringVerb = `(?:${alt(f.injuringVerbs)})`;
  // "and a fourth (person) wounded", "a third was killed": an ordinal after "a" is one person more
  const ordinalOne = (harm: string) =>
    `(?<![\\p{L}])(?:a|an)\\s+(?:${alt(f.ordinals)})(?:\\s+(?:${alt(f.peopleNouns)}|${alt(f.singularPeopleNouns)}))?\\s+${aux}${countAdverb}${harm}(?![\\p{L}])`;
  // "killing two soldiers and wounding a third": after a verb of harm, "a"/"an" and an ordinal are one person more
  const verbOrdinal = (verb: string) =>
    `(?<![\\p{L}])${verb}\\s+(?:a|an)\\s+(?:${alt(f.ordinals)})(?:\\s+(?:${alt(f.peopleNouns)}|${alt(f.singularPeopleNouns)}))?(?![\\p{L}])`;
  // each rule's cue: one or more parts of its own pattern, one of which every match holds
  const cueParts: Record<string, readonly string[]> = {
    'casualty/killing-n': [killingVerb],
    'casualty/n-killed': [killed],
    'casualty/death-toll': ['toll'],
    'casualty/toll-revised-by': ['toll'],
    'casualty/death-of-n': [`(?:${alt(f.deathNouns)})`],
    'casualty/n-deaths': [`(?:${alt(f.deathCountNouns)})`],
    'casualty/one-was-killed': [`(?:${alt(f.oneKilledWords)})`],
    'casualty/killing-one': [killingVerb, namedVictimVerb],
    'casualty/injuring-one': [injuringVerb],
    'casualty/one-was-injured': [`(?:${alt(f.oneInjuredWords)})`],
    'casualty/listed-killed': [killed],
    'casualty/killing-listed': [namedVictimVerb],
    'casualty/injuring-listed': [injuringVerb],
    'casualty/injuring-n': [injuringVerb],
    'casualty/injury-of-n': [`(?:${alt(f.injuryNouns)})`],
    'casualty/injury-of-one': [`(?:${alt(f.injuryNouns)})`],
    'casualty/n-injured': [hurt],
    'casualty/listed-injured': [hurt],
    'casualty/death-of-one': [`(?:${alt(f.deathNounsOfOne)})`],
    'casualty/killing-him': [`(?:${alt(f.pronounVictimVerbs)})`],
    'casualty/one-died': [`(?:${alt(f.diedWords)})`],
    'casualty/one-hurt-not-killed': [`(?:${alt(f.nonFatalInjuryWords)})`],
    'casualty/ordinal-killed': [`(?:${alt(f.ordinals)})`],
    'casualty/ordinal-injured': [`(?:${alt(f.ordinals)})`],
    'casualty/named-listed-killed': [killed],
    'casualty/named-listed-injured': [hurt],
  };
  return {
    cueParts,
    cues: Object.fromEntries(
      Object.entries(cueParts).map(([id, parts]) => [id, caseFoldedRegExp(parts.join('|'), 'iu')]),
    ),
    numbers: new Map(Object.entries(f.numberWords)),
    determiners: new Set(f.victimDeterminers.map((d) => d.toLowerCase())),
    multipliers: new Map(Object.entries(f.multipliers)),
    patterns: {
      'casualty/killing-n': caseFoldedRegExp(
        `(?<![\\p{L}])${killingVerb}\\s+(?:(?:${alt(f.possessivesBeforeCount)})\\s+)?${quant}(${num})${notUnit}(?![\\p{L}\\p{N}])(?:\\s+${people})?(?:\\s+dead)?`,
        'dgiu',
      ),
      'casualty/n-killed': caseFoldedRegExp(
        `(?<![\\p{L}\\p{N}])${quant}${notNegated}(${num})${notUnit}\\s+(?:(?:${membersOf}|${people})${aside}\\s+)?${harmAfterCount(killed)}`,
        'dgiu',
      ),
      'casualty/death-toll': caseFoldedRegExp(
        `(?<![\\p{L}])(?:death\\s+)?toll\\b[^.;:]{0,60}?\\b(?:${alt(f.tollRevision)})\\s+(?:to|at|of)?\\s*${quant}(${num})(?![\\p{L}\\p{N}])`,
        'dgiu',
      ),
      'casualty/toll-revised-by': caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(f.tollRevisingVerbs)})\\s+(?:(?:the|its|their|an?)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:death\\s+)?toll\\b[^.;:]{0,60}?\\bto\\s+${quant}(${num})(?![\\p{L}\\p{N}])`,
        'dgiu',
      ),
      'casualty/death-of-n': caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(f.deathNouns)})\\s+of\\s+(?:the\\s+)?${quant}(${num})${notUnit}(?![\\p{L}\\p{N}])`,
        'dgiu',
      ),
      'casualty/n-deaths': caseFoldedRegExp(
        `(?<![\\p{L}\\p{N}])${quant}(${num})${notUnit}\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(f.deathCountNouns)})(?![\\p{L}])`,
        'dgiu',
      ),
      'casualty/one-was-killed': caseFoldedRegExp(`${oneWas}(?:${alt(f.oneKilledWords)})(?![\\p{L}])`, 'dgiu'),
      // any verb of killing before "a"/"an" ("leaving a guard dead"); before another determiner only one whose object is
      // the one killed ("killed his father", never "left the national stadium")
      'casualty/killing-one': caseFoldedRegExp(
        `(?<![\\p{L}])(?:(?:${alt(f.killingVerbs)})\\s+(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:${alt(f.singularPeopleNouns)})(?![\\p{L}])|(?:${alt(f.namedVictimVerbs)})\\s+${oneNP})`,
        'dgiu',
      ),
      'casualty/injuring-one': caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.injuringVerbs)})\\s+(${oneNP})`, 'dgiu'),
      'casualty/one-was-injured': caseFoldedRegExp(`${oneWas}(?:${alt(f.oneInjuredWords)})(?![\\p{L}])`, 'dgiu'),
      'casualty/listed-killed': caseFoldedRegExp(
        `(?<![\\p{L}])${list}\\s+${aux}${countAdverb}${killed}(?![\\p{L}])`,
        'dgiu',
      ),
      'casualty/killing-listed': caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.namedVictimVerbs)})\\s+${list}`, 'dgiu'),
      'casualty/injuring-listed': caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.injuringVerbs)})\\s+${list}`, 'dgiu'),
      'casualty/injuring-n': caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(f.injuringVerbs)})\\s+${quant}(${num})${notUnit}(?![\\p{L}\\p{N}])`,
        'dgiu',
      ),
      'casualty/n-injured': caseFoldedRegExp(
        `(?<![\\p{L}\\p{N}])${quant}${notNegated}(${num})${notUnit}\\s+(?:${people}${aside}\\s+)?(?:others\\s+)?${harmAfterCount(hurt)}`,
        'dgiu',
      ),
      // a count of people, or a number that ends the phrase ("injuries to 12, police said"): "injuries to two fingers" is
      // of one person
      'casualty/injury-of-n': caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(f.injuryNouns)})\\s+(?:of|to)\\s+(?:the\\s+)?${quant}(${num})${notUnit}(?:\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:${alt(f.peopleNouns)})(?![\\p{L}])|(?!\\s*[\\p{L}\\p{N}]))`,
        'dgiu',
      ),
      'casualty/injury-of-one': caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(f.injuryNouns)})\\s+(?:of|to)\\s+(${oneNP})`,
        'dgiu',
      ),
      'casualty/listed-injured': caseFoldedRegExp(
        `(?<![\\p{L}])${list}\\s+${aux}${countAdverb}${hurt}(?![\\p{L}])`,
        'dgiu',
      ),
      'casualty/killing-him': caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(f.pronounVictimVerbs)})\\s+(?:${alt(f.onePronouns)})(?![\\p{L}'’])`,
        'dgiu',
      ),
      'casualty/death-of-one': caseFoldedRegExp(
        `(?<![\\p{L}])(?:${alt(f.deathNounsOfOne)})\\s+of\\s+(${oneNP})`,
        'dgiu',
      ),
      'casualty/one-died': caseFoldedRegExp(
        `(?<![\\p{L}])(?:he|she|${oneNP})${aside1}\\s+${adverb}(?:${alt(f.diedWords)})(?![\\p{L}])`,
        'dgiu',
      ),
      'casualty/singular-died': caseFoldedRegExp(
        `(?<!${noOne})(?<![\\p{L}])(?:${alt(f.singularDiedWords)})(?![\\p{L}])`,
        'dgiu',
      ),
      'casualty/one-in-condition': caseFoldedRegExp(
        `(?<!${noOne})(?<![\\p{L}])(?:is|was|remains|remained)\\s+(?:(?:${alt(f.conditionAdverbs)})\\s+)?(?:${alt(f.survivedWords)})(?![\\p{L}])`,
        'dgiu',
      ),
      'casualty/one-hurt-not-killed': caseFoldedRegExp(
        `(?<![\\p{L}])(?:he|she|${oneNP})${aside1}\\s+(?:${alt(f.nonFatalInjuryWords)})(?![\\p{L}])`,
        'dgiu',
      ),
      'casualty/ordinal-killed': caseFoldedRegExp(`${ordinalOne(killed)}|${verbOrdinal(killingVerb)}`, 'dgiu'),
      'casualty/ordinal-injured': caseFoldedRegExp(`${ordinalOne(hurt)}|${verbOrdinal(injuringVerb)}`, 'dgiu'),
      'casualty/none-killed': caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.noneKilledWords)})(?![\\p{L}])`, 'dgiu'),
      'casualty/none-injured': caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.noneInjuredWords)})(?![\\p{L}])`, 'dgiu'),
      'casualty/fatal-incident': caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.fatalIncidentNouns)})(?![\\p{L}])`, 'dgiu'),
      // case tells a name: no "i" (the words of death and injury are written in lower case)
      'casualty/named-listed-killed': new RegExp(`${names}${killed}(?![\\p{L}])`, 'dgu'),
      'casualty/named-listed-injured': new RegExp(`${names}${hurt}(?![\\p{L}])`, 'dgu'),
    },
    superseded: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.superseded)})(?:\\s+[\\p{L}-]+){0,4}\\s*$`, 'iu'),
    // "aged 19 and 20": every number of the list after the age word
    ageBefore: caseFoldedRegExp(
      `(?<![\\p{L}])(?:${alt(f.ageBefore)})\\s+(?:${num}\\s*(?:,|and|or|to|-|–)\\s*)*$`,
      'iu',
    ),
    ageAfter: caseFoldedRegExp(`^(?:${alt(f.ageAfter)})`, 'iu'),
    statistic: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(f.statistic)})(?![\\p{L}\\p{N}])`, 'iu'),
    statisticTrend: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(f.statisticTrend)})(?![\\p{L}\\p{N}])`, 'iu'),
    inYear: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(f.yearPrepositions)})\\s+(?:19|20)\\d\\d(?![\\p{N}])`, 'iu'),
    beforeVictimName: caseFoldedRegExp(
      `(?<![\\p{L}])(?:${alt(f.namedVictimVerbs)}|(?:${alt(f.deathNouns)})\\s+of)\\s+${title}{0,5}$`,
      'iu',
    ),
    afterNameDied: caseFoldedRegExp(`^(?:,?\\s+who|${aside1})\\s+${adverb}(?:${alt(f.diedWords)})(?![\\p{L}])`, 'iu'),
    // "X's murder", "X’s assassination": one death, the named one's; not "X's killing of …", which X did
    // (rule casualty/named-possessive-death) a name ending in "s" or "z" may take the bare apostrophe ("Jones' murder")
    afterNameDeath: caseFoldedRegExp(
      `^['’]s?\\s+(?:${alt(f.deathNounsOfOne)})(?![\\p{L}])(?!\\s+of(?![\\p{L}]))`,
      'iu',
    ),
    betweenNames: caseFoldedRegExp(`^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${title}{0,3}$`, 'iu'),
    // the words after the count may first end its noun phrase ("killed her daughter and two young grandchildren")
    killerAlsoSelf: caseFoldedRegExp(`^(?:\\s+[\\p{L}'’-]+){0,2}?(?:${alt(f.killerAlsoSelfAfter)})(?![\\p{L}])`, 'iu'),
    countedListOpening: caseFoldedRegExp(
      `^(?:(?:a|an|one|${num})\\s+${people}|${oneNP}${ofPart})(?:\\s*,\\s*(?:(?:a|an|one|${num})\\s+${people}|${oneNP}${ofPart}))*\\s*,?\\s+and\\s+$`,
      'iu',
    ),
  };
}

/** "22", "1,200", "twenty-two", "a dozen", "two hundred"; null when it is not a number. */
export function parseNumber(cues: CasualtyCues, s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+$/.test(t)) return Number(t);
  const parts = t.split(/[\s-]+/);
  let n = 0;
  for (const p of parts) {
    const m = cues.multipliers.get(p);
    if (m !== undefined) {
      n = (n || 1) * m;
      continue;
    }
    const v = p === 'a' || p === 'an' ? 1 : cues.numbers.get(p);
    if (v === undefined) return null;
    n += v;
  }
  return n;
}

/**
 * between two items of a list: a comma, "and", or both (in any case: wire copy in capitals writes "AND"); never the
 * comma of a thousands separator ("1,480 rebels and 280 soldiers" is two items, not "1", "480" and "280")
 */
const LIST_GLUE = /\s*,(?!\d{3}(?!\d))\s*(?:and\s+)?|\s+and\s+/i;

/** How many people a list names: "a professor, a policeman and a pedestrian" = 3, "two children and a woman" = 3. */
function countList(cues: CasualtyCues, list: string): number | null {
  let total = 0;
  for (const part of list.split(LIST_GLUE)) {
    const first = /^(?:\d{1,3}(?:,\d{3})+|\d+|[\p{L}]+(?:-[\p{L}]+)?)/u.exec(part.trim())?.[0] ?? '';
    const n = parseNumber(cues, first) ?? (cues.determiners.has(first.toLowerCase()) ? 1 : null);
    if (n === null) return null;
    total += n;
  }
  return total;
}

/**
 * Rule casualty/age-is-no-count: a number written as someone's age ("a 3-year-old", "3 year olds", "two men aged 19 and
 * 20", "Smith, 45, of Leeds") says how old the people are, never how many were killed or hurt. `at` is the number's
 * span in `text`.
 */
function isAge(cues: CasualtyCues, text: string, at: readonly [number, number]): boolean {
  return (
    cues.ageAfter.test(text.slice(at[1], at[1] + 40)) || cues.ageBefore.test(text.slice(Math.max(0, at[0] - 60), at[0]))
  );
}

/**
 * The rules that count victims listed one by one ("a guard and two passers-by", "X and Y were killed") rather than
 * state a toll: such a count sums the people a sentence names, who may have been harmed in more than one event
 * (src/graph/incident-frames.ts, rule casualty/listed-victims-are-no-toll).
 */
export const LIST_COUNT_RULES: ReadonlySet<string> = new Set([
  'casualty/killing-listed',
  'casualty/listed-killed',
  'casualty/named-listed-killed',
  'casualty/listed-injured',
  'casualty/named-listed-injured',
]);

/** A rule's matches: each count with its offsets in the text given to apply(). */
type Matched = Omit<CasualtyCount, 'rule' | 'rank'> & { revised: boolean; floor?: boolean };
/** a span of `text` (offsets within it) */
export interface TextSpan {
  start: number;
  end: number;
}
interface CasualtyInput {
  text: string;
  cues: CasualtyCues;
  /** the persons the text names, in order */
  people: readonly TextSpan[];
}

const RULES: {
  id: string;
  reason: string;
  what: 'killed' | 'injured';
  list?: boolean;
  revised?: boolean;
  /** the match counts one person */
  one?: boolean;
  /** group 1 is a list of names: one person each */
  names?: boolean;
  /** the count is a floor, used only when there is no other (rank 0) */
  floor?: boolean;
  /** the match says no one was harmed: a count of 0 */
  none?: boolean;
}[] = [
  {
    id: 'casualty/killing-listed',
    reason:
      'A verb of killing before victims listed one by one: "shot and killed his girlfriend and her baby daughter" is two.',
    what: 'killed',
    list: true,
  },
  {
    id: 'casualty/injuring-listed',
    reason:
      'A verb of wounding before the hurt listed one by one: "injuring the driver and a passenger" is two, "wounding a guard and two civilians" three.',
    what: 'injured',
    list: true,
  },
  {
    id: 'casualty/killing-n',
    reason:
      'A verb of killing (or "leaving", "claiming the lives of") before a count: "killing 22 people", "left 3 dead", "shot dead two soldiers", "killed his two children".',
    what: 'killed',
  },
  {
    id: 'casualty/n-killed',
    reason: 'A count of people before a verb or adjective of death: "four people were shot dead", "22 dead".',
    what: 'killed',
  },
  {
    id: 'casualty/death-toll',
    reason:
      'The toll stated or revised: "the death toll rose to 130", "the toll was cut to 253"; a revision replaces earlier figures.',
    what: 'killed',
    revised: true,
  },
  {
    id: 'casualty/toll-revised-by',
    reason:
      'A verb of revising before the toll it revises: "officials lowered the death toll from the bombings to about 253", "police raised the toll to 30"; the new figure replaces earlier ones.',
    what: 'killed',
    revised: true,
  },
  {
    id: 'casualty/listed-killed',
    reason:
      'Victims listed one by one before a verb of death: "a professor, a policeman and a pedestrian were killed" is three.',
    what: 'killed',
    list: true,
  },
  {
    id: 'casualty/death-of-n',
    reason:
      'A noun of death before "of" and a count: "the murder of six Jesuit priests", "the deaths of 12 people", "the killing of the three guards".',
    what: 'killed',
  },
  {
    id: 'casualty/n-deaths',
    reason:
      'A count before a plural noun of death, as conflict-event notes state tolls: "six fatalities were reported", "9 civilian fatalities".',
    what: 'killed',
  },
  {
    id: 'casualty/one-was-killed',
    reason:
      'One person said to have been killed, by the singular auxiliary: "the mayor was shot dead", "X, a nurse, was killed" is one.',
    what: 'killed',
    one: true,
  },
  {
    id: 'casualty/killing-one',
    reason: 'A verb of killing before one person: "killing a policeman", "gunmen killed an off-duty soldier" is one.',
    what: 'killed',
    one: true,
  },
  {
    id: 'casualty/injuring-n',
    reason: 'A verb of wounding before a count: "injuring more than 100".',
    what: 'injured',
  },
  {
    id: 'casualty/n-injured',
    reason: 'A count of people before a word of injury: "40 wounded", "12 were taken to hospital".',
    what: 'injured',
  },
  {
    id: 'casualty/injury-of-n',
    reason:
      'A noun of injury before "of" or "to" and a count: "resulting in the injury of six people", "injuries to 12 officers".',
    what: 'injured',
  },
  {
    id: 'casualty/injury-of-one',
    reason: 'A noun of injury before "of" or "to" and one person: "causing injuries to a policeman" is one.',
    what: 'injured',
    one: true,
  },
  {
    id: 'casualty/injuring-one',
    reason: 'A verb of wounding before one person: "wounding a woman" is one.',
    what: 'injured',
    one: true,
  },
  {
    id: 'casualty/one-was-injured',
    reason: 'One person said to have been hurt, by the singular auxiliary: "a guard was wounded" is one.',
    what: 'injured',
    one: true,
  },
  {
    id: 'casualty/ordinal-killed',
    reason:
      'An ordinal after "a" before a verb of death is one person more: "two guards died and a third was killed later", "a fourth person killed".',
    what: 'killed',
    one: true,
  },
  {
    id: 'casualty/ordinal-injured',
    reason:
      'An ordinal after "a" before a word of injury, or after a verb of wounding, is one person more: "three were killed and a fourth wounded", "killing two and wounding a third" is one injured, never four.',
    what: 'injured',
    one: true,
  },
  {
    id: 'casualty/named-listed-killed',
    reason:
      'People named one by one as the subject of a verb of death: "Said and Cherif Kouachi were killed", "A, B and C were killed" is one per name (a headline\'s "A and B killed" reads so too).',
    what: 'killed',
    names: true,
  },
  {
    id: 'casualty/named-listed-injured',
    reason: 'People named one by one as the subject of a word of injury: "A and B were wounded" is one per name.',
    what: 'injured',
    names: true,
  },
  {
    id: 'casualty/listed-injured',
    reason: 'Victims listed one by one before a word of injury: "a guard and two passers-by were wounded" is three.',
    what: 'injured',
    list: true,
  },
  {
    id: 'casualty/killing-him',
    reason:
      'A verb of a killing done before "him" or "her": "gunmen burst in and killed him", "fired six shots, killing her" is one (a threat "to kill him" is not).',
    what: 'killed',
    one: true,
  },
  {
    id: 'casualty/death-of-one',
    reason:
      'A noun of one death before "of" and one person: "the shooting death of a 68-year-old man", "the murder of his neighbour" is one.',
    what: 'killed',
    one: true,
  },
  {
    id: 'casualty/one-died',
    reason:
      'One person as the subject of "died": "he died at the hospital", "a 3-year-old boy died Sunday", "the girl, who was 14, later died" is one.',
    what: 'killed',
    one: true,
  },
  {
    id: 'casualty/singular-died',
    reason:
      'A verb of dying in the singular, whoever its subject: "the child who was shot has died", "Boy, 4, dies after shooting", "a teenager is dead after" is one; never after "no one".',
    what: 'killed',
    one: true,
  },
  {
    id: 'casualty/one-in-condition',
    reason:
      'One person hurt and alive, by the singular verb before a condition: "the boy is in stable condition", "she was treated and released" is one injured.',
    what: 'injured',
    one: true,
  },
  {
    id: 'casualty/one-hurt-not-killed',
    reason:
      'One person with injuries that do not threaten life: "a 3-year-old suffered non-life-threatening injuries" is one injured.',
    what: 'injured',
    one: true,
  },
  {
    id: 'casualty/none-killed',
    reason:
      'The text says no one died ("no one was killed", "no fatalities were reported", "without casualties"; no one hurt is no one killed either): a toll of 0, stated, not unknown; a floor, so any count stated elsewhere wins.',
    what: 'killed',
    none: true,
    floor: true,
  },
  {
    id: 'casualty/none-injured',
    reason:
      'The text says no one was hurt ("no one was injured", "no injuries were reported", "without casualties"): 0 injured, stated, not unknown; a floor, so any count stated elsewhere wins.',
    what: 'injured',
    none: true,
    floor: true,
  },
  {
    id: 'casualty/fatal-incident',
    reason:
      'An incident named as fatal ("a fatal shooting", "the shooting death") killed one at least; a floor, used only when no count is stated.',
    what: 'killed',
    one: true,
    floor: true,
  },
];

const REGEX_RULES: readonly Rule<CasualtyInput, Matched[]>[] = RULES.map(
  ({ id, reason, what, list, revised, one, names, floor, none }) => ({
    id,
    family: 'casualty',
    reason,
    apply({ text, cues }: CasualtyInput): Matched[] | null {
      const re = cues.patterns[id];
      if (!re) throw new Error(`casualty rule ${id} has no pattern`);
      if (cues.cues[id]?.test(text) === false) return null;
      const found: Matched[] = [];
      re.lastIndex = 0;
      for (const m of eachMatch(re, text)) {
        if (!one && !list && !names && !none && isAge(cues, text, m.indices![1]!)) continue;
        const count = none
          ? 0
          : one
            ? 1
            : names
              ? m[1]!.split(LIST_GLUE).length
              : list
                ? countList(cues, m[1]!)
                : parseNumber(cues, m[1]!);
        if (count !== null && (count !== 0 || none))
          found.push({
            what,
            count,
            start: m.index,
            end: m.index + m[0].length,
            revised: revised === true,
            floor: floor === true || none === true,
          });
      }
      return found.length ? found : null;
    },
  }),
);

/** Names of persons one after another from `i`, joined as a list ("X, Y and 7-year-old Z"): the index after the last. */
function nameRun(text: string, people: readonly TextSpan[], i: number, cues: CasualtyCues): number {
  let j = i + 1;
  while (j < people.length && cues.betweenNames.test(text.slice(people[j - 1]!.end, people[j]!.start))) j++;
  return j;
}

const NAMED_RULES: readonly Rule<CasualtyInput, Matched[]>[] = [
  {
    id: 'casualty/killing-named',
    family: 'casualty',
    reason:
      'A verb or noun of killing before persons named, titles and ages between: "gunmen killed 14-year-old Jane Doe" is one, "the murder of former minister X and Y" two.',
    apply({ text, cues, people }: CasualtyInput): Matched[] | null {
      const found: Matched[] = [];
      for (let i = 0; i < people.length; i++) {
        const before = text.slice(Math.max(0, people[i]!.start - 90), people[i]!.start);
        const m = cues.beforeVictimName.exec(before);
        if (!m) continue;
        const j = nameRun(text, people, i, cues);
        const start = people[i]!.start - before.length + m.index;
        found.push({ what: 'killed', count: j - i, start, end: people[j - 1]!.end, revised: false });
        i = j - 1;
      }
      return found.length ? found : null;
    },
  },
  {
    id: 'casualty/named-possessive-death',
    family: 'casualty',
    reason:
      'A noun of one death after a person\'s name in the possessive: "after Jane Doe\'s murder", "the senator John Roe\'s assassination" is one (not "X\'s killing of …", which X did).',
    apply({ text, cues, people }: CasualtyInput): Matched[] | null {
      const found: Matched[] = [];
      for (const p of people) {
        const m = cues.afterNameDeath.exec(text.slice(p.end, p.end + 40));
        if (m) found.push({ what: 'killed', count: 1, start: p.start, end: p.end + m[0].length, revised: false });
      }
      return found.length ? found : null;
    },
  },
  {
    id: 'casualty/named-died',
    family: 'casualty',
    reason: 'A person named as the subject of "died": "Jane Doe, 15, died at the scene" is one.',
    apply({ text, cues, people }: CasualtyInput): Matched[] | null {
      const found: Matched[] = [];
      for (const p of people) {
        const m = cues.afterNameDied.exec(text.slice(p.end, p.end + 90));
        if (m) found.push({ what: 'killed', count: 1, start: p.start, end: p.end + m[0].length, revised: false });
      }
      return found.length ? found : null;
    },
  },
];

export const CASUALTY_RULES: readonly Rule<CasualtyInput, Matched[]>[] = [...REGEX_RULES, ...NAMED_RULES];
/** the rules that count victims listed one by one ("a guard and two passers-by were wounded") */
const LIST_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((r) => r.list).map((r) => r.id));

/** the rules whose count is of those a killer killed, the object of a verb of killing ("killed 2 children") */
const KILLED_BY_THE_SUBJECT = new Set([
  'casualty/killing-n',
  'casualty/killing-listed',
  'casualty/killing-one',
  'casualty/killing-him',
  'casualty/killing-named',
]);

/** the count was found by a rule whose count is of those the subject of a verb of killing killed ("police killed 40") */
export function isKilledBySubject(c: Pick<CasualtyCount, 'rule'>): boolean {
  return KILLED_BY_THE_SUBJECT.has(c.rule.split('+')[0]!);
}

/**
 * Rule casualty/killer-also-self. A count of those a killer killed that goes on with the killer's own death ("killed 2
 * children, herself", "killing five people and then killing himself", "shot his wife before taking his own life") is
 * one death more: the killer died too, and the incident's toll counts every death of it (as "3 dead in a
 * murder-suicide" does). The words after the count are data (incident-casualties.json killerAlsoSelfAfter); a killer
 * who turned the gun on himself may live, so that alone adds no one. A count of the dead ("three dead") already holds
 * the killer and is never raised.
 */
export const KILLER_ALSO_SELF: Rule<{ cues: CasualtyCues; after: string }, number> = {
  id: 'casualty/killer-also-self',
  family: 'casualty',
  reason:
    'A count of those a killer killed followed by the killer\'s own death ("killed 2 children, herself", "then killed himself") is one death more.',
  apply: ({ cues, after }) => cues.killerAlsoSelf.exec(after)?.[0].length ?? null,
};

/**
 * Casualty counts in `text`; offsets shifted by `offset`. Overlapping matches keep the first found (rules in file
 * order). A running total ("12,000 killed since 2015") is not a count of one event. Each count names the rule that
 * found it; rules in `switches` are off (callers pass `doc.res.rules`).
 */
export function casualtiesIn(
  cues: CasualtyCues,
  text: string,
  offset = 0,
  switches: RuleSwitches = ALL_RULES_ON,
  people: readonly TextSpan[] = [],
): CasualtyCount[] {
  const out: CasualtyCount[] = [];
  for (const { rule, out: found } of allMatches(CASUALTY_RULES, { text, cues, people }, switches)) {
    for (const f of found) {
      const clause = clauseAround(text, f.start, f.end);
      if (cues.statistic.test(clause) || cues.statisticTrend.test(clause)) continue;
      // (rule casualty/killer-also-self) the killer died too: one more, the words saying so part of the count
      const self =
        f.what === 'killed' && KILLED_BY_THE_SUBJECT.has(rule.id) && isOn(switches, KILLER_ALSO_SELF)
          ? KILLER_ALSO_SELF.apply({ cues, after: text.slice(f.end, f.end + 80) })
          : null;
      const start = offset + f.start,
        end = offset + f.end + (self ?? 0);
      const overlapping = out.filter((c) => c.what === f.what && c.start < end && start < c.end);
      // "Four soldiers and two civilians were killed": a list of victims holds the count of its last item ("two
      // civilians were killed", found first); the whole list replaces it (rule casualty/list-covers-its-item)
      if (
        overlapping.length === 1 &&
        LIST_RULE_IDS.has(rule.id) &&
        start < overlapping[0]!.start &&
        overlapping[0]!.end <= end &&
        cues.countedListOpening.test(text.slice(f.start, overlapping[0]!.start - offset))
      )
        out.splice(out.indexOf(overlapping[0]!), 1);
      else if (overlapping.length) continue;
      const rank = f.revised
        ? 2
        : f.floor || cues.superseded.test(text.slice(Math.max(0, f.start - 60), f.start))
          ? 0
          : 1;
      out.push({
        what: f.what,
        count: f.count + (self === null ? 0 : 1),
        start,
        end,
        rule: self === null ? rule.id : `${rule.id}+${KILLER_ALSO_SELF.id}`,
        rank,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(';', start), text.lastIndexOf('.', start - 1)) + 1;
  const stops = [text.indexOf(';', end), text.indexOf('.', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/**
 * The toll of an incident from all its counts: a revised toll (the later one if several) replaces plain counts;
 * among plain counts the largest (a later paragraph often breaks the total down); a superseded figure only when
 * there is nothing else.
 */
export function resolveToll(counts: readonly Pick<CasualtyCount, 'count' | 'rank' | 'start'>[]): number | null {
  if (!counts.length) return null;
  const best = Math.max(...counts.map((c) => c.rank));
  const top = counts.filter((c) => c.rank === best);
  if (best === 2) return [...top].sort((a, b) => b.start - a.start)[0]!.count;
  return Math.max(...top.map((c) => c.count));
}
