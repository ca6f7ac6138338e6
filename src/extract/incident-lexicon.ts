// Incident trigger and context lexicons (data/lexicons/*.json), validated and compiled once, lazily.
import { z } from 'zod';
import { buildCasualtyCues, type CasualtyCues, type CasualtyFile } from './casualties.js';
import { INCIDENT_KINDS, type IncidentKind } from './types.js';
import { alternatives } from '../reg-exp.js';
import { caseFoldedRegExp } from '../case-folded-reg-exp.js';

export const TRIGGER_CLASSES = ['event', 'agent', 'weak', 'plot', 'response'] as const;
export type TriggerClass = (typeof TRIGGER_CLASSES)[number];

export interface TriggerRule {
  re: RegExp;
  kind: IncidentKind;
  cls: TriggerClass;
}

export interface IncidentLexicon {
  triggers: TriggerRule[];
  /**
   * every trigger pattern in one expression, tried only where a word may start: a sentence it does not match holds no
   * trigger (most sentences)
   */
  anyTrigger: RegExp;
  /** the response triggers' patterns in one alternation ("arrested", "taken into custody", "raided"), for role cues */
  responsePatterns: readonly string[];
  notTriggers: RegExp;
  /** anchored at the end of the text before a trigger */
  irrealisClause: RegExp;
  irrealisNear: RegExp;
  /**
   * anchored at the end of the text before a trigger: a noun or verb whose complement is an event that happened
   * ("investigations into", "links with", "will investigate"), then up to three words after it (a determiner and
   * modifiers: group 1); an irrealis cue before it governs it instead of the event (rule incident/presupposed-event)
   */
  presupposingHead: RegExp;
  /** anchored at the start of the text after a trigger */
  irrealisAfter: RegExp;
  /** the same, a few words further on ("a stabbing in Northport could happen"), for indefinite triggers */
  irrealisAfterWide: RegExp;
  /** anchored at the end of the text before a trigger */
  approximateCount: RegExp;
  /** anchored at the end of the text before a trigger: a collective word for several events ("a series of") */
  eventSeries: RegExp;
  /** anchored at the end of the text before a date: the date bounds a period ("since Sunday") */
  periodBoundaryBefore: RegExp;
  foilCues: RegExp;
  /** anchored at the start of the text after a weak trigger: "killed in a car crash" */
  accidentAfter: RegExp;
  /** a mishap anywhere in a sentence that caused its deaths ("a bus plunged into a ravine"; accidentEvents) */
  accidentEvent: RegExp;
  /** the same causes anywhere before a weak trigger in its clause: "the virus has killed" */
  accidentCause: RegExp;
  /** anchored at the start of a sentence's body: the same causes as its subject ("A fire swept through …, killing five") */
  accidentSubject: RegExp;
  /**
   * anchored at the end of the text before a verb of harm: a vehicle, poison, weather or illness as its subject, right
   * before it ("Car kills two", "Bootleg brew kills 35"; accidentAgents, rule incident/accident-agent)
   */
  accidentAgentBefore: RegExp;
  /**
   * anchored at the start of the text after an explosion phrase: the industrial site it happened at ("at an oil
   * refinery", "in a coal mine", "ripped through a fireworks warehouse"; accidentSites, rule incident/industrial-blast)
   */
  accidentSiteAfter: RegExp;
  /** anchored at the end of the text before an explosion phrase: the site written before it ("a refinery blast") */
  accidentSiteBefore: RegExp;
  /** a word of an attack anywhere in a sentence: a bomb, an attacker, sabotage (blastAttackCues) */
  blastAttackCue: RegExp;
  /** a word of a mishap anywhere in a story: firefighters, a gas leak, a boiler (blastMishapCues) */
  blastMishapCue: RegExp;
  /** anchored at the end of the text before a date expression */
  speechBefore: RegExp;
  /** anchored at the end of the text before a place: a biography or nationality, not where an event happened */
  backgroundPlaceBefore: RegExp;
  /** anchored at the end of the text before a town: "of a", "of a 15-year-old" (rule place/home-town-of-the-harmed) */
  homeTownBefore: RegExp;
  /** anchored at the start of the text after a town: a noun for a person by where they live ("Minnetonka teen") */
  residentNounAfter: RegExp;
  /** anchored at the end of the text before a place: a country or region written after it is where it was not */
  areaExclusionBefore: RegExp;
  /** anchored at the end of the text before a place: a hospital it lies in ("Memorial Hospital in", "a clinic in") */
  hospitalBefore: RegExp;
  /** anchored at the start of the text after a place, case-sensitive: a hospital's name it begins, a recovery there */
  backgroundPlaceAfter: RegExp;
  /** casualty counts (data/lexicons/incident-casualties.json) */
  casualties: CasualtyCues;
}

export const TriggerFile = z.object({
  triggers: z.array(
    z.object({
      pattern: z.string().min(1),
      kind: z.enum(INCIDENT_KINDS as [IncidentKind, ...IncidentKind[]]),
      class: z.enum(TRIGGER_CLASSES),
    }),
  ),
  notTriggers: z.array(z.string().min(1)),
});
export const ContextFile = z.object({
  irrealisClause: z.array(z.string().min(1)),
  irrealisNear: z.array(z.string().min(1)),
  irrealisAfter: z.array(z.string().min(1)),
  presupposingHeads: z.array(z.string().min(1)),
  approximateCount: z.array(z.string().min(1)),
  approximateCountGapStops: z.array(z.string().min(1)),
  eventSeries: z.array(z.string().min(1)),
  periodBoundaryBefore: z.array(z.string().min(1)),
  foilCues: z.array(z.string().min(1)),
  accidentAfter: z.array(z.string().min(1)),
  accidentEvents: z.array(z.string().min(1)),
  accidentAgents: z.array(z.string().min(1)),
  speechVerbs: z.array(z.string().min(1)),
  speechComplements: z.array(z.string().min(1)),
  statusReports: z.array(z.string().min(1)),
  backgroundPlaceBefore: z.array(z.string().min(1)),
  homeTownBefore: z.array(z.string().min(1)),
  residentNounsAfterTown: z.array(z.string().min(1)),
  hospitalHeads: z.array(z.string().min(1)),
  backgroundPlaceAfter: z.array(z.string().min(1)),
  areaExclusionBefore: z.array(z.string().min(1)),
  accidentSites: z.array(z.string().min(1)),
  accidentSiteOpeners: z.array(z.string().min(1)),
  blastAttackCues: z.array(z.string().min(1)),
  blastMishapCues: z.array(z.string().min(1)),
});

const alt = alternatives;

/** Compiles the trigger and context lexicons (read and validated by loadResources). */
export function buildIncidentLexicon(
  t: z.infer<typeof TriggerFile>,
  c: z.infer<typeof ContextFile>,
  casualties: CasualtyFile,
  premises: readonly string[],
): IncidentLexicon {
  return {
    casualties: buildCasualtyCues(casualties),
    // the start boundary is checked by the caller (startsWord): a leading lookbehind makes V8 try it at every position
    triggers: t.triggers.map((r) => ({
      re: caseFoldedRegExp(`(?:${r.pattern})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu'),
      kind: r.kind,
      cls: r.class,
    })),
    responsePatterns: t.triggers.filter((r) => r.class === 'response').map((r) => r.pattern),
    // (a gate: rawTriggers keeps only matches where a word starts, so a position after an ASCII letter, digit or
    // hyphen, where none starts, need not be tried; V8 then skips mid-word positions at once, four times faster over
    // news sentences. ASCII alone, as a letter's case representative there is a letter in the text too: no position
    // startsWord accepts is refused.)
    anyTrigger: caseFoldedRegExp(
      `(?<![a-z0-9-])(?:${alt(t.triggers.map((r) => r.pattern))})(?![\\p{L}\\p{N}]|-\\p{L})`,
      'iu',
    ),
    notTriggers: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(t.notTriggers)})(?![\\p{L}\\p{N}])`, 'giu'),
    irrealisClause: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(c.irrealisClause)})(?![\\p{L}\\p{N}])`, 'iu'),
    irrealisNear: caseFoldedRegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(c.irrealisNear)})(?![\\p{L}\\p{N}])(?:\\W+[\\p{L}\\p{N}'’-]+){0,3}\\W*$`,
      'iu',
    ),
    presupposingHead: caseFoldedRegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(c.presupposingHeads)})(?![\\p{L}\\p{N}])((?:\\s+[\\p{L}'’-]+){0,3}?\\s*)$`,
      'iu',
    ),
    irrealisAfter: caseFoldedRegExp(`^\\W*(?:[\\p{L}'’-]+\\s+){0,1}(?:${alt(c.irrealisAfter)})`, 'iu'),
    irrealisAfterWide: caseFoldedRegExp(`^[^\\p{L},;]*(?:[\\p{L}'’-]+\\s+){0,3}(?:${alt(c.irrealisAfter)})`, 'iu'),
    approximateCount: caseFoldedRegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(c.approximateCount)})(?:\\s+(?!(?:${alt(c.approximateCountGapStops)})(?![\\p{L}]))[\\p{L}-]+){0,3}\\s*$`,
      'iu',
    ),
    eventSeries: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(c.eventSeries)})(?:\\s+[\\p{L}-]+){0,3}\\s*$`, 'iu'),
    periodBoundaryBefore: caseFoldedRegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(c.periodBoundaryBefore)})\\s+(?:the\\s+)?$`,
      'iu',
    ),
    // a possessive may stand between ("killed in Sunday's crash", "in the region's worst road accident")
    accidentAfter: caseFoldedRegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){0,4}(?:${alt(c.accidentAfter)})(?![\\p{L}])`, 'iu'),
    accidentEvent: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(c.accidentEvents)})(?![\\p{L}])`, 'iu'),
    accidentCause: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(c.accidentAfter)})(?![\\p{L}])`, 'iu'),
    accidentSubject: caseFoldedRegExp(
      `^[\\s"'“‘(]*(?:[\\p{L}-]+\\s+){0,3}(?:${alt(c.accidentAfter)})(?![\\p{L}])`,
      'iu',
    ),
    accidentAgentBefore: caseFoldedRegExp(
      `(?<![\\p{L}])(?:${alt(c.accidentAgents)})\\s+(?:(?:has|have|had)\\s+)?$`,
      'iu',
    ),
    accidentSiteAfter: caseFoldedRegExp(
      `^\\s+(?:${alt(c.accidentSiteOpeners)})\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:${alt(c.accidentSites)})(?![\\p{L}])`,
      'iu',
    ),
    accidentSiteBefore: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(c.accidentSites)})(?:['’]s)?\\s+$`, 'iu'),
    blastAttackCue: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(c.blastAttackCues)})(?![\\p{L}])`, 'iu'),
    blastMishapCue: caseFoldedRegExp(`(?<![\\p{L}])(?:${alt(c.blastMishapCues)})(?![\\p{L}])`, 'iu'),
    foilCues: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(c.foilCues)})(?![\\p{L}\\p{N}])`, 'iu'),
    // "said on Monday", "reported today": the day of saying; "reported that on 10 March": the reported event's; "in
    // grave condition on Saturday": the day of a status report (rule dates/status-report)
    speechBefore: caseFoldedRegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt([...c.speechVerbs, ...c.statusReports])})\\s+(?:(?!(?:${alt(c.speechComplements)})(?![\\p{L}\\p{N}]))\\w+\\s+)?$`,
      'iu',
    ),
    // the country after a noun of diplomatic premises and "of" (incident-cues.diplomaticPremises, one list for
    // both uses: "the embassy of Peru") owns them, and they stand abroad
    backgroundPlaceBefore: caseFoldedRegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(c.backgroundPlaceBefore)}|(?:${alt(premises)})\\s+of)\\s+(?:the\\s+)?$`,
      'iu',
    ),
    areaExclusionBefore: caseFoldedRegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(c.areaExclusionBefore)})\\s+(?:the\\s+)?$`,
      'iu',
    ),
    homeTownBefore: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(c.homeTownBefore)})\\s+$`, 'iu'),
    residentNounAfter: caseFoldedRegExp(`^\\s+(?:${alt(c.residentNounsAfterTown)})(?![\\p{L}\\p{N}])`, 'iu'),
    hospitalBefore: caseFoldedRegExp(`(?<![\\p{L}\\p{N}])(?:${alt(c.hospitalHeads)}),?\\s+in\\s+(?:the\\s+)?$`, 'iu'),
    // case-sensitive: "Providence Sacred Heart Medical Center" is a name, "Houston where the hospital" is not
    backgroundPlaceAfter: new RegExp(`^(?:${alt(c.backgroundPlaceAfter)})`, 'u'),
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** true when a match at `start` is not the tail of a longer word ("attacks" in "counterattacks") */
export function startsWord(text: string, start: number): boolean {
  const before = text[start - 1];
  return before === undefined || !(WORD_CHAR.test(before) || before === '-');
}
