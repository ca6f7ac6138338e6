// Why a link is typed as it is, in words: the named rules that found it in each supporting article (a relationship's
// `rules`, written by the writer from Relation.rules), each with the one line for an analyst its definition keeps
// (Rule.why in src/extract/rules/), and how many articles it found the link in. A participant's link also names the
// role rule that gave the role ("role.claim"), whose line is the first clause of its reason (src/extract/incident-roles.ts).
import type { EdgeReason } from '../../api/contract.js';
import { listRules } from '../../extract/rules/index.js';
import { roleRuleLines } from '../../extract/incident-roles.js';
import { defaultWordLists } from '../../extract/resources.js';

let lines: ReadonlyMap<string, string> | null = null;

/**
 * The rule's line for an analyst; a rule with none, or an id no rule has (a rule since renamed), is shown by its id. A
 * role rule's id may carry the rule that refined its reading after a "+" ("role.passive-subject+unread-name"): the line
 * is the role rule's.
 */
export function linkReason(ruleId: string): string {
  lines ??= new Map(listRules().flatMap((r) => (r.why ? [[r.id, r.why] as const] : [])));
  const line = lines.get(ruleId);
  if (line !== undefined || !ruleId.startsWith('role.')) return line ?? ruleId;
  return roleRuleLines(defaultWordLists()).get(ruleId.split('+')[0]!) ?? ruleId;
}

/**
 * One reason per rule over a link's stored relationships (one per supporting article), the rule that found it in the
 * most articles first (then by id, so the order is stable). A relationship stored before rules were kept adds none.
 */
export function linkReasons(
  stored: ReadonlyArray<{ articleId: string | null; rules: readonly string[] | null }>,
): EdgeReason[] {
  const articles = new Map<string, Set<string>>();
  for (const { articleId, rules } of stored) {
    if (articleId === null) continue;
    for (const rule of rules ?? []) {
      let ids = articles.get(rule);
      if (!ids) articles.set(rule, (ids = new Set()));
      ids.add(articleId);
    }
  }
  return [...articles]
    .map(([rule, ids]) => ({ rule, reason: linkReason(rule), articles: ids.size }))
    .sort((a, b) => b.articles - a.articles || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
