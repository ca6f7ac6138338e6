// Which side each participant of one incident is on, settled once its mentions are gathered: an incident's attackers
// and the state forces that stopped them are opposing sides, and an attacker killed in the attack is not its victim.
// Rules are named units (`kg rules`); what each changed is recorded on the incident's `merges` as a reason.
import type { Rule, RuleSwitches } from '../rules/index.js';
import { allMatches } from '../rules/index.js';
import type { Participant } from './types.js';
import type { WordLists } from './word-lists.js';

export interface SidesInput {
  participants: readonly Participant[];
  /** a state body: an organisation of kind agency, or police or soldiers the text only describes ("armed officers") */
  stateForce(p: Participant): boolean;
  /** the kind of a named organisation (ontology organizationKinds), null for a person or a described participant */
  organizationKind?(p: Participant): string | null;
  /** a described participant that names people only as members of some body ("members", "eight members") */
  bareMembers?(p: Participant): boolean;
  /** a participant the text accuses or blames for the act ("the rebels blamed the army for the killing") */
  accused?(p: Participant): boolean;
  /** a state force the attackers are said to be members of ("the killers were members of the police") */
  attackersForce?(p: Participant): boolean;
  /** the sentences that name the participant: those of its mentions, or the one that describes it */
  sentencesOf?(p: Participant): readonly number[];
  /** the sentences whose incident words tell a harm done to civilians ("killing five peasants", "strafed the village") */
  civilianHarmSentences?: ReadonlySet<number>;
}

/**
 * "members", "eight members", "the elements": a described participant that names people only as members of some body
 * (incident-roles.bareMemberNouns), after a determiner or a count at most
 */
export function describedBareMembers(words: WordLists): RegExp {
  return words.memo(
    'incident-sides.bareMembers',
    () =>
      new RegExp(
        String.raw`^(?:(?:the|some|several|\d+|${words.alt('incident-cues.countWords')})\s+)?${words.alt('incident-roles.bareMemberNouns')}$`,
        'iu',
      ),
  );
}

/**
 * "armed officers", "two policemen", "army troops": a described participant that is a state force (by its last words);
 * a government or its secret services blamed for an act (incident-roles.blamedStateBodies) is a state body as much
 */
export function describedStateForce(words: WordLists): RegExp {
  return words.memo(
    'incident-sides.stateForce',
    () =>
      new RegExp(
        String.raw`(?:^|\s)(?:${[
          ...words.list('incident-roles.forceHeads'),
          ...words.list('incident-roles.blamedStateBodies'),
          ...words.list('incident-roles.stateForceNouns'),
        ].join('|')})$`,
        'iu',
      ),
  );
}

/** one participant to change: its index, the role it takes (null: dropped), and why */
interface SideChange {
  index: number;
  role: Participant['role'] | null;
  why: string;
}

const FAMILY = 'incident-sides';

/**
 * perpetrators that are not state bodies: people, armed groups, attackers the text only describes; not bare members
 * ("killed by members of the army": the members are the army's, rule role.force-members, not a side against it)
 */
const nonStatePerpetrators = (input: SidesInput) =>
  input.participants.filter((p) => p.role === 'perpetrator' && !input.stateForce(p) && !input.bareMembers?.(p));

/**
 * (the civilians-harmed-by-force exception) a state force named in a sentence that tells a harm done to civilians, where
 * that sentence names none of the other attackers: the force is the one the sentence says harmed them
 */
function harmedCiviliansAlone(input: SidesInput, force: Participant, attackers: readonly Participant[]): boolean {
  const harm = input.civilianHarmSentences;
  if (!harm?.size || !input.sentencesOf) return false;
  const theirs = new Set(attackers.flatMap((a) => input.sentencesOf!(a)));
  return input.sentencesOf(force).some((s) => harm.has(s) && !theirs.has(s));
}

export const SIDE_RULES: readonly Rule<SidesInput, SideChange[]>[] = [
  {
    id: `${FAMILY}/state-forces-oppose-attackers`,
    family: FAMILY,
    why: 'police or troops X acted beside the attackers: the response to the attack, not its doers',
    reason:
      'News of an attack describes the police or army response in the same passage ("were shot dead by armed officers of X"), so a state body read as an agent of harm there is the response: where the incident already has attackers who are not state bodies, the state body is a responder. Where state forces are the only attackers ("killed by soldiers"), they stay perpetrators, and so where the only other attackers are their own members ("killed by members of the army"). A state body the text accuses or blames for the act ("the rebels blamed the army for the killing") is said to be its doer, not its response: it stays a perpetrator (the accused-state-body exception). So does a state body the attackers are said to be members of ("the killers were members of the police": rule incidents/attackers-own-force). So does a state body named in a sentence that tells a harm done to civilians (incident-roles.civilianNouns, civilianPlaceNouns: "army helicopters strafed the village, killing five peasants") where that sentence names none of the other attackers (the civilians-harmed-by-force exception): news tells the response to an attack beside the attackers, and harm to civilians by the forces alone is an attack of its own, however the article joined it to the attackers\' deeds.',
    apply(input) {
      const attackers = nonStatePerpetrators(input);
      if (!attackers.length) return null;
      const changes = input.participants.flatMap((p, index) =>
        p.role === 'perpetrator' &&
        input.stateForce(p) &&
        !input.accused?.(p) &&
        !input.attackersForce?.(p) &&
        !harmedCiviliansAlone(input, p, attackers)
          ? [
              {
                index,
                role: 'responder' as const,
                why: `${p.name}: responder, not perpetrator: a state body beside the attackers (${attackers
                  .slice(0, 3)
                  .map((a) => a.name)
                  .join(', ')}) is the response to them`,
              },
            ]
          : [],
      );
      return changes.length ? changes : null;
    },
  },
  {
    id: `${FAMILY}/organization-is-target`,
    family: FAMILY,
    why: 'an organisation the attack acted on: what it was aimed at, not a person harmed',
    reason:
      'An organisation read as what an attack acted on ("the bomb attack on the union federation", "gunmen attacked the newspaper El Diario", "the DAS attack") is what the attack was aimed at, its premises or the body as such; the people it harmed are its victims. It stays a participant, as the target. An armed group attacked is a side of the fighting, so it stays a victim.',
    apply(input) {
      const changes = input.participants.flatMap((p, index) => {
        const kind = input.organizationKind?.(p) ?? null;
        return p.role === 'victim' && kind !== null && kind !== 'armed_group'
          ? [
              {
                index,
                role: 'target' as const,
                why: `${p.name}: target, not victim: an organisation, not a person harmed`,
              },
            ]
          : [];
      });
      return changes.length ? changes : null;
    },
  },
  {
    id: `${FAMILY}/attacker-not-own-victim`,
    family: FAMILY,
    reason:
      'An attacker shot dead or wounded while carrying out the attack is written like a victim ("X was shot dead"), but in the incident he carried out he is its perpetrator; his own death is the response to it.',
    apply(input) {
      const perpetrators = new Set(
        input.participants.filter((p) => p.role === 'perpetrator' && p.entity).map((p) => p.entity),
      );
      const changes = input.participants.flatMap((p, index) =>
        p.role === 'victim' && p.entity && perpetrators.has(p.entity)
          ? [{ index, role: null, why: `${p.name}: perpetrator, so not also its victim` }]
          : [],
      );
      return changes.length ? changes : null;
    },
  },
  {
    id: `${FAMILY}/suspect-not-own-responder`,
    family: FAMILY,
    reason:
      'A response (an arrest, a raid, a detention) acts on its suspects and is done by others: a body read as whom it acted on ("the arrest of the front\'s leaders") and also as the one that did it (a body named a little before another word of the response, "… the front\'s leaders and a riot at a detention centre") is its suspect; the responder reading is the looser one and is dropped.',
    apply(input) {
      const suspects = new Set(input.participants.filter((p) => p.role === 'suspect' && p.entity).map((p) => p.entity));
      const changes = input.participants.flatMap((p, index) =>
        p.role === 'responder' && p.entity && suspects.has(p.entity)
          ? [{ index, role: null, why: `${p.name}: suspect, so not also its responder` }]
          : [],
      );
      return changes.length ? changes : null;
    },
  },
];

/** The participants with every applicable side rule applied, and the reasons (rule id and what changed). */
export function settleSides(
  input: SidesInput,
  switches: RuleSwitches,
): { participants: Participant[]; reasons: string[] } {
  let participants = [...input.participants];
  const reasons: string[] = [];
  for (const rule of SIDE_RULES) {
    const hit = allMatches([rule], { ...input, participants }, switches)[0];
    if (!hit) continue;
    const byIndex = new Map(hit.out.map((c) => [c.index, c]));
    participants = participants.flatMap((p, i) => {
      const c = byIndex.get(i);
      if (!c) return [p];
      reasons.push(`${rule.id}: ${c.why}`);
      return c.role ? [{ ...p, role: c.role, rule: rule.id }] : [];
    });
  }
  // a responder recorded twice (it was both) is one
  const seen = new Set<string>();
  participants = participants.filter((p) => {
    const k = `${p.role}\t${p.entity ?? p.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { participants, reasons };
}
