// Relation cue lexicon (data/lexicons/relation-cues.json), read by loadResources and compiled here.
import { z } from 'zod';
import { alternatives } from '../reg-exp.js';

export interface RelationCues {
  /** a title phrase as a whole string */
  title: RegExp;
  /** a label that names membership rather than a position */
  member: RegExp;
  /** gap person→org: ", the Director General of the " (group 1: title) */
  personTitleOfOrg: RegExp;
  /** after an org: "'s chief executive" (group 1: title) */
  possessiveTitle: RegExp;
  /** gap org→person: " Director ", "'s head, " (group 1: title or member noun) */
  orgTitlePerson: RegExp;
  /** before an org: "the Director of the " (group 1: title) */
  titleOfBefore: RegExp;
  /** gap person→org: ", a member of the " (group 1) */
  memberOf: RegExp;
  /** gap X→org: " joined ", ", who pledged allegiance to " (group 1) */
  memberVerb: RegExp;
  /** gap org→place: " militants in ", ", based in " */
  orgInPlace: RegExp;
  /** gap armed group→place: " in " ("Al Qaeda in Syria": where it operates) */
  armedGroupInPlace: RegExp;
  /** after a person: ", the head of X, said" */
  speechAfter: RegExp;
  /** before a person: "said " */
  speechBefore: RegExp;
  /** before a venue: "Speaking at the ", "told reporters in " (group 1: cue; group 2: the preposition after an audience or event) */
  venueBefore: RegExp;
  /** a sentence that closes with its attribution: "…, the prosecutor's office said on Saturday." (group 1: the subject, group 2: the verb and when or where; with indices) */
  closingAttribution: RegExp;
  /** "…, said Police Commissioner Jane Roe." (group 1: the subject) */
  closingInverted: RegExp;
  /** "he said", "she told", "said he": a pronoun as the speaker */
  pronounSpeech: RegExp;
  /** between a person and an organisation: ", who heads the " */
  whoLeads: RegExp;
  /** between an organisation and a person: " (ISC), chaired by Sir " (group 1: the verb) */
  ledBy: RegExp;
  /** between two organisations: ", an offshoot of the " (group 1: the part noun) */
  partOf: RegExp;
  /** gap person→org of an apposition whose head noun follows the organisation: ", 48, a senior " (… "Front fighter") */
  appositionBeforeOrg: RegExp;
  /** after an organisation: " fighter", " chief of staff" (group 1: the title or member noun it modifies) */
  nounAfterOrg: RegExp;
  /** before a person: "its leader, " (group 1: the title or member noun) */
  itsTitleBefore: RegExp;
  /** right before a person: "Chief Constable " (group 1: the title; it opens the phrase, no word of a name before it) */
  titleRightBefore: RegExp;
  /** a whole word of a title that never ends the name of a body ("Interim", "Prime", "Vice") */
  titleWord: RegExp;
  /** after a venue: " government-funded alHurra television" (the venue only modifies the medium named after it) */
  venueModifierAfter: RegExp;
  /** gap person→person: "'s older brother, " (group 1: the kin noun) */
  kinPossessive: RegExp;
  /** after a person: "'s estranged wife" (group 1: the kin noun) */
  kinPossessiveAfter: RegExp;
  /** the end of a gap person→person: " and his younger brother ", " by his older brother, " (group 1: the kin noun) */
  kinPronounBefore: RegExp;
  /** a sentence's words before its first name: "His younger brother, " (group 1: the kin noun) */
  kinPronounOpening: RegExp;
  /** before two people named together: "two brothers, " (group 1: the kin noun) */
  kinPluralBefore: RegExp;
}

export const CueFile = z.object({
  titles: z.array(z.string().min(1)),
  memberNouns: z.array(z.string().min(1)),
  memberVerbs: z.array(z.string().min(1)),
  speechVerbs: z.array(z.string().min(1)),
  venueCues: z.array(z.string().min(1)),
  orgPresenceNouns: z.array(z.string().min(1)),
  titleModifiers: z.array(z.string().min(1)),
  memberModifiers: z.array(z.string().min(1)),
  directions: z.array(z.string().min(1)),
  attributionTails: z.array(z.string().min(1)),
  memberVerbAuxiliaries: z.array(z.string().min(1)),
  presenceVerbs: z.array(z.string().min(1)),
  presenceVerbsAlone: z.array(z.string().min(1)),
  presenceVerbsAfterComma: z.array(z.string().min(1)),
  speechAuxiliaries: z.array(z.string().min(1)),
  closingSpeechAuxiliaries: z.array(z.string().min(1)),
  pronounSpeechVerbs: z.array(z.string().min(1)),
  venueAudiences: z.array(z.string().min(1)),
  venueEvents: z.array(z.string().min(1)),
  leadVerbs: z.array(z.string().min(1)),
  partNouns: z.array(z.string().min(1)),
  venueHeadNouns: z.array(z.string().min(1)),
  titleWordsNotInNames: z.array(z.string().min(1)),
  kinNouns: z.array(z.string().min(1)),
  kinModifiers: z.array(z.string().min(1)),
  kinPairDeterminers: z.array(z.string().min(1)),
});

const alt = alternatives;

/** Compiles the relation cue lexicon (read and validated by loadResources). */
export function buildRelationCues(c: z.infer<typeof CueFile>): RelationCues {
  const MODIFIERS = `(?:(?:${alt(c.titleModifiers)})\\s+)*`;
  const DIRECTION = `(?:(?:${alt(c.directions)})\\s+)?`;
  const T = `(?:${alt(c.titles)})`;
  const TP = `(${MODIFIERS}${T}(?:\\s+${T}){0,2})`;
  const M = `(?:${alt(c.memberNouns)})`;
  const S = `(?:${alt(c.speechVerbs)})`;
  const MEMBER_MODIFIERS = `(?:(?:${alt(c.memberModifiers)}|${alt(c.titleModifiers)})\\s+)*`;
  /** a kin noun with its modifiers: "older brother", "ex-wife" (group 1) */
  const KIN = `((?:(?:${alt(c.kinModifiers)})(?:\\s+|(?<=-)))*(?:${alt(c.kinNouns)}))`;
  /** a person's age in an apposition: "Jane Roe, 48, a member of" */
  const AGE = `(?:\\d{1,3}\\s*,\\s*)?`;
  return {
    title: new RegExp(`\\b${T}\\b`, 'iu'),
    member: new RegExp(`\\b${M}$`, 'iu'),
    personTitleOfOrg: new RegExp(
      `^\\s*,\\s*${AGE}(?:(?:the|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+(?=${MODIFIERS}${T}\\b))??)?${TP}\\s+(?:of|at|for|with|in)\\s+(?:the\\s+)?$`,
      'iu',
    ),
    possessiveTitle: new RegExp(`^['’]s\\s+${TP}\\b`, 'iu'),
    orgTitlePerson: new RegExp(
      `^(?:['’]s)?\\s+(${MODIFIERS}${T}(?:\\s+${T}){0,2}|(?:[\\p{L}-]+\\s+)?${M})\\s*,?\\s*$`,
      'iu',
    ),
    titleOfBefore: new RegExp(`${TP}\\s+of\\s+(?:the\\s+)?$`, 'iu'),
    memberOf: new RegExp(
      `^\\s*,\\s*${AGE}(?:a|an|the)\\s+(?:(?:${alt(c.memberModifiers)})\\s+)*(${M})\\s+(?:of|for|with|in)\\s+(?:the\\s+)?$`,
      'iu',
    ),
    memberVerb: new RegExp(
      `^\\s*,?\\s*(?:who\\s+)?(?:(?:${alt(c.memberVerbAuxiliaries)})\\s+)*(${alt(c.memberVerbs)})\\s+(?:the\\s+)?$`,
      'iu',
    ),
    orgInPlace: new RegExp(
      `^(?:\\s+(?:${alt(c.orgPresenceNouns)}))\\s+(?:(?:${alt(c.presenceVerbs)})\\s+)?(?:in|inside|across|throughout)\\s+(?:the\\s+)?${DIRECTION}$|^\\s+(?:${alt(c.presenceVerbsAlone)})\\s+(?:in|inside|across|throughout)\\s+(?:the\\s+)?${DIRECTION}$|^\\s*,\\s*(?:which is\\s+|which was\\s+|who are\\s+|a group\\s+|an? [\\p{L}-]+ group\\s+)?(?:${alt(c.presenceVerbsAfterComma)})\\s+in\\s+(?:the\\s+)?${DIRECTION}$`,
      'iu',
    ),
    armedGroupInPlace: new RegExp(`^\\s+(?:in|inside|across|throughout)\\s+(?:the\\s+)?${DIRECTION}$`, 'iu'),
    speechAfter: new RegExp(`^\\s*(?:,[^,]{1,70},\\s*)?(?:(?:${alt(c.speechAuxiliaries)})\\s+)*${S}\\b`, 'iu'),
    speechBefore: new RegExp(`\\b(?:${S}|according to)\\s+$`, 'iu'),
    closingAttribution: new RegExp(
      `,\\s*["”’]?\\s*([^,"“”]{2,90}?)\\s+((?:(?:${alt(c.closingSpeechAuxiliaries)})\\s+)*${S}(?:\\s+(?:${alt(c.attributionTails)})\\b(?:(?!\\bthat\\b)[^,"“”]){0,45})?)(?:,\\s+\\p{Ll}+ing\\b[^"“”]*)?[.!?"”’)]*\\s*$`,
      'diu',
    ),
    closingInverted: new RegExp(
      `,\\s*["”’]?\\s*(?:said|says|according to)\\s+([^,"“”]{2,90}?)(?:,[^"“”]{0,80})?[.!?"”’)]*\\s*$`,
      'iu',
    ),
    pronounSpeech: new RegExp(
      `(?:^|[\\s“"”,])(?:he|she)\\s+(?:\\w+\\s+)?${S}\\b|\\b(?:${alt(c.pronounSpeechVerbs)})\\s+(?:he|she)\\s*(?:[,.;!?]|$)`,
      'iu',
    ),
    venueBefore: new RegExp(
      `\\b(${alt(c.venueCues)})\\s+(?:the\\s+)?(?:(?:${alt(c.venueAudiences)}|an? (?:[\\p{L}-]+\\s+)?(?:${alt(c.venueEvents)}))\\s+(in|at)\\s+(?:the\\s+)?)?$`,
      'iu',
    ),
    whoLeads: new RegExp(`^\\s*,?\\s*who\\s+(?:${alt(c.leadVerbs)})\\s+(?:the\\s+)?$`, 'i'),
    ledBy: new RegExp(
      `^\\s*(?:\\([^()]{1,20}\\))?\\s*\\)?\\s*,\\s*(?:which\\s+(?:is|was)\\s+)?(${alt(c.leadVerbs)})\\s+by\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`,
      'u',
    ),
    partOf: new RegExp(`^\\s*,?\\s*(?:an?|the)\\s+(${alt(c.partNouns)})\\s+of\\s+(?:the\\s+)?$`, 'i'),
    appositionBeforeOrg: new RegExp(`^\\s*,\\s*${AGE}(?:a|an|the)\\s+${MEMBER_MODIFIERS}$`, 'iu'),
    nounAfterOrg: new RegExp(`^\\s+(${MODIFIERS}${T}(?:\\s+${T}){0,2}|${M})(?![\\p{L}-])`, 'iu'),
    itsTitleBefore: new RegExp(`\\bits\\s+(${MODIFIERS}${T}(?:\\s+${T}){0,2}|${M})\\s*,\\s*$`, 'iu'),
    titleRightBefore: new RegExp(`(?:^|[^\\p{L}'’-])(${MODIFIERS}${T}(?:\\s+${T}){0,2})\\s+$`, 'iu'),
    titleWord: new RegExp(`^(?:${alt(c.titleWordsNotInNames)})$`, 'iu'),
    venueModifierAfter: new RegExp(
      `^\\s+(?:(?:\\p{Ll}+-\\p{Ll}+|\\p{L}*\\p{Lu}[\\p{L}.]*)\\s+){0,2}(?:${alt(c.venueHeadNouns)})(?![\\p{L}-])`,
      'u',
    ),
    kinPossessive: new RegExp(`^['’]s\\s+${KIN}\\s*,?\\s*$`, 'iu'),
    kinPossessiveAfter: new RegExp(`^['’]s\\s+${KIN}(?![\\p{L}-])`, 'iu'),
    kinPronounBefore: new RegExp(`(?:^|[\\s,])(?:his|her)\\s+${KIN}\\s*,?\\s*$`, 'iu'),
    kinPronounOpening: new RegExp(`^\\s*(?:his|her)\\s+${KIN}\\s*,?\\s*$`, 'iu'),
    kinPluralBefore: new RegExp(`(?:^|[\\s,])(?:(?:${alt(c.kinPairDeterminers)})\\s+)?${KIN}\\s*,?\\s*$`, 'iu'),
  };
}
