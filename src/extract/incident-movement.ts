// Which armed group "the rebels" of an incident belong to, when the article names one group above any other. News
// names a movement once or twice ("the Front (FMLN)", "Shining Path") and then calls its fighters by a noun that only
// says their side ("the guerrillas attacked the garrison", "rebels blew up a pylon"); the incident those fighters did
// is that movement's. The nouns are data (data/lexicons/incident-roles.json, movementNouns). Pure.
import { firstMatch, type Rule, type RuleSwitches } from '../rules/index.js';
import type { WordLists } from './word-lists.js';

/** one armed group the article names, with how many times */
export interface ArticleGroup<G> {
  group: G;
  name: string;
  mentions: number;
}

export interface MovementInput<G> {
  /** the words of the incident's described perpetrators ("the guerrillas", "FMLN urban commandos") */
  describedPerpetrators: readonly string[];
  /** the incident already has an organisation among its perpetrators */
  namedGroupPerpetrator: boolean;
  /** the armed groups the article names (organisations of kind armed_group) */
  groups: readonly ArticleGroup<G>[];
  /** a described phrase that ends in a movement noun */
  movementNoun: RegExp;
}

/** "the guerrillas", "urban commandos": a phrase that ends in a movement noun (compiled once per loaded resources) */
export function movementNounOf(words: WordLists): RegExp {
  return words.memo(
    'incident-movement.noun',
    () => new RegExp(`(?<![\\p{L}])${words.alt('incident-roles.movementNouns')}$`, 'iu'),
  );
}

export const MOVEMENT_RULES: readonly Rule<MovementInput<unknown>, { group: unknown; why: string }>[] = [
  {
    id: 'incident-movement/article-group',
    family: 'incident-movement',
    why: 'the attackers are told only as "the rebels" or the like, and X is the armed group the article names most',
    reason:
      'An incident done by fighters the text calls only by their side ("the rebels", "terrorists", "urban commandos") is the act of their movement; where the article names one armed group more often than any other, that group is the movement it writes about, so it is a perpetrator beside the description. Not where the incident already names a group, nor where two groups are named equally often.',
    apply(input) {
      if (input.namedGroupPerpetrator) return null;
      const side = input.describedPerpetrators.find((d) => input.movementNoun.test(d.trim()));
      if (side === undefined) return null;
      const [first, second] = [...input.groups].sort((a, b) => b.mentions - a.mentions);
      if (!first || (second && second.mentions >= first.mentions)) return null;
      return {
        group: first.group,
        why: `${first.name}: perpetrator, the armed group the article names most (${first.mentions} times), whose fighters "${side}" did it`,
      };
    },
  },
];

/** The armed group an incident's described fighters belong to, and why; null where no rule applies. */
export function movementOf<G>(
  input: MovementInput<G>,
  switches: RuleSwitches,
): { group: G; why: string; rule: string } | null {
  const hit = firstMatch(MOVEMENT_RULES, input, switches);
  return hit ? { group: hit.out.group as G, why: `${hit.rule.id}: ${hit.out.why}`, rule: hit.rule.id } : null;
}
