// Rule incidents/armed-group-deed: a named armed group as the subject of a verb of attack on things or places ("the
// Front destroyed the garrison", "the ELN has sabotaged the pipeline", "early today the Front, FMLN, set two cotton
// plants on fire"). News of a war tells such an attack by its doer and its verb alone, with no incident noun ("bomb",
// "attack") for the trigger lexicon to find; the verb after the group's name is the incident, and the group its
// perpetrator (the subject rules read it once the sentence holds an incident). Only where the name is the subject:
// the sentence opens with it, or a conjunction, "that" or when it happened stands right before it ("troops pursuing
// the Front destroyed …" leaves the Front an object), or the group is accused of the deed ("the army accused the Front
// of destroying homes", "blamed the ELN for blowing up the pipeline"): the gerund after "of"/"for" is its verb. The words
// are data (data/lexicons/incident-roles.json). Pure.
import { eachMatch } from '../reg-exp.js';
import type { Rule } from '../rules/index.js';
import type { WordLists } from './word-lists.js';

export interface GroupDeedCues {
  /** anchored at the start, right after the group's name: an optional gloss or apposition, then the verb (group 1) */
  deed: RegExp;
  /** anchored at the end, the words before the group's name: where a subject may start */
  subjectBefore: RegExp;
  /** the whole verb: a verb of fire (the incident is an arson) */
  arson: RegExp;
  /** anchored at the end, the words before the group's name: a verb of accusing ("accused the") */
  accusedBefore: RegExp;
  /** anchored at the start, right after the name of an accused group: "of"/"for" and the deed's gerund (group 1) */
  accusedDeed: RegExp;
}

/** an apposition set off by commas (", FMLN,"), then when it happened and auxiliaries or adverbs ("had allegedly"):
 * what may stand between a subject and its verb */
function subjectVerbGap(words: WordLists): string {
  const apposition = '(?:\\s*,[^,.;:()[\\]]{1,50},)?';
  const adverbs = `(?:${words.alt('incident-roles.subjectAdverbs')}\\s+){0,2}`;
  const times = `(?:${words.alt('incident-roles.harmTimes')}\\s+)?`;
  return `${apposition}\\s+${times}${adverbs}`;
}

/** The cues compiled from data/lexicons/incident-roles.json, once per loaded resources. */
export function groupDeedCuesOf(words: WordLists): GroupDeedCues {
  return words.memo('incident-group-deed', () => {
    // a bracketed gloss ("FMLN [Farabundo Marti National Liberation Front]") or an apposition set off by commas
    // (", FMLN,", ", which was thought inactive,") may stand between the name and its verb
    const gloss = '(?:\\s*[\\])])?(?:\\s*[[(][^\\])]{0,80}[\\])])?';
    // the group's name may modify its fighters' noun ("FMLN sappers destroyed", "ELN members blew up")
    const fighters = `(?:\\s+(?:${words.alt('incident-roles.agentHeads')}|${words.alt('incident-roles.memberHeads')}))?`;
    return {
      deed: new RegExp(
        `^${gloss}${fighters}${subjectVerbGap(words)}(${words.alt('incident-roles.armedGroupDeedVerbs')})(?![\\p{L}])`,
        'iu',
      ),
      subjectBefore: new RegExp(
        `(?:^|[,;:\\]]|--|[—–]|(?<![\\p{L}])${words.alt('incident-roles.armedGroupSubjectOpeners')})\\s*(?:the\\s+)?["“]?$`,
        'iu',
      ),
      arson: new RegExp(`^${words.alt('incident-roles.armedGroupDeedArsonVerbs')}$`, 'iu'),
      accusedBefore: new RegExp(
        `(?<![\\p{L}])(?:${words.alt('incident-roles.armedGroupAccusers')})\\s+(?:the\\s+)?["“]?$`,
        'iu',
      ),
      accusedDeed: new RegExp(
        `^${gloss}${fighters}(?:\\s*,[^,.;:()[\\]]{1,50},)?\\s+(?:of|for)\\s+(${words.alt('incident-roles.armedGroupDeedGerunds')})(?![\\p{L}])`,
        'iu',
      ),
    };
  });
}

/** What the rule sees: one mention of an armed group in its sentence. */
export interface GroupDeedInput {
  cues: GroupDeedCues;
  /** the sentence's words before the mention */
  before: string;
  /** the sentence's words after the mention */
  after: string;
}

/** the verb's span, as offsets into `after`, and whether it was done with fire */
export interface GroupDeed {
  start: number;
  end: number;
  arson: boolean;
}

export const ARMED_GROUP_DEED: Rule<GroupDeedInput, GroupDeed> = {
  id: 'incidents/armed-group-deed',
  family: 'incidents',
  reason:
    'a named armed group as the subject of a verb of attack on things or places ("the Front destroyed the garrison", "the ELN has sabotaged the pipeline") did an attack, though the sentence holds no incident noun: war reporting tells an attack on property by its doer and its verb alone; only where the name stands as the subject (sentence start, a conjunction, "that" or a time before it) or is accused of the deed ("accused the FMLN of destroying homes")',
  apply: ({ cues, before, after }) => {
    const m = cues.subjectBefore.test(before)
      ? cues.deed.exec(after)
      : cues.accusedBefore.test(before)
        ? cues.accusedDeed.exec(after)
        : null;
    if (!m) return null;
    const verb = m[1]!;
    const end = m[0].length;
    return { start: end - verb.length, end, arson: cues.arson.test(verb) };
  },
};

// Rule incidents/armed-agent-deed: an unnamed armed attacker as the subject of a verb of violence ("guerrillas attacked
// the governor's house", "a group of hooded men shot the mayor", "a rebel helicopter attacked and sank a boat"). The
// same telling as incidents/armed-group-deed with a common noun in place of the group's name. Only where the noun
// phrase opens the sentence or follows a conjunction, "that" or when it happened (with at most a determiner and two
// modifiers, none a gerund: "troops pursuing guerrillas attacked" is no match), only with verbs not common in politics
// or business (armedAgentDeedVerbs), and not where the object is a plan, a speech or a film ("rebels attacked the
// plan", "militants shot a video"). The words are data (data/lexicons/incident-roles.json).

export interface AgentDeedCues {
  /** global, over a sentence folded to lower case where written in capitals: the verb is group 1 */
  deed: RegExp;
}

export function agentDeedCuesOf(words: WordLists): AgentDeedCues {
  return words.memo('incident-agent-deed', () => {
    // whose fighters they are ("guerrillas of the Front (FMLN) attacked"), a bracketed gloss closing it
    const ofWhom = '(?:\\s+of\\s+(?:the\\s+)?[^,.;:()[\\]]{1,60}?(?:\\s*[[(][^\\])]{0,80}[\\])])?)?';
    const start = `(?:^|[,;:\\]]|--|[—–]|(?<![\\p{L}])${words.alt('incident-roles.armedGroupSubjectOpeners')})\\s*["“]?`;
    const det = `(?:${words.alt('incident-roles.armedAgentDeterminers')}\\s+)?`;
    const modifiers = "(?:(?![\\p{L}-]*ing\\s)[\\p{L}'’-]+\\s+){0,2}?";
    const peaceful = `(?!\\s+(?:and\\s+\\p{L}+\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${words.alt('incident-roles.armedAgentPeacefulObjects')}(?![\\p{L}]))`;
    return {
      deed: new RegExp(
        `${start}${det}${modifiers}${words.alt('incident-roles.armedAgentSubjects')}${ofWhom}${subjectVerbGap(words)}(${words.alt('incident-roles.armedAgentDeedVerbs')})(?![\\p{L}-])${peaceful}`,
        'giu',
      ),
    };
  });
}

export interface AgentDeedInput {
  cues: AgentDeedCues;
  /** the sentence, folded to lower case where written in capitals */
  sentence: string;
}

export const ARMED_AGENT_DEED: Rule<AgentDeedInput, GroupDeed[]> = {
  id: 'incidents/armed-agent-deed',
  family: 'incidents',
  reason:
    'an unnamed armed attacker as the subject of a verb of violence ("guerrillas attacked the governor\'s house", "gunmen shot the mayor") did an attack though the sentence holds no incident noun; only where the noun phrase is the subject (sentence start, a conjunction, "that" or a time before it), with verbs not common in politics or business, and not with an object that is a plan, a speech or a film',
  apply: ({ cues, sentence }) => {
    const out: GroupDeed[] = [];
    for (const m of eachMatch(cues.deed, sentence)) {
      const verb = m[1]!;
      const end = m.index + m[0].length;
      out.push({ start: end - verb.length, end, arson: false }); // a verb of fire is no deed here: arson triggers name it
    }
    return out.length ? out : null;
  },
};
