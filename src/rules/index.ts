// Rules as named units. A rule is one piece of knowledge about how news is written ("Jane Roe, the director of the
// Agency" names a role), with an id a user can cite, the family it belongs to, and the reason it is general enough to
// keep. Rules live in files by family; what fired is recorded on the result (an entity's or incident's `merges`, a
// relation's `rule`), so the evidence panel can say why. Any rule can be switched off by id (see RuleSwitches) to
// measure what it is worth on the dev sets.

export interface Rule<In, Out> {
  /** stable and unique: "family/name" */
  id: string;
  family: string;
  /** why the rule holds in news writing generally, not for one sentence */
  reason: string;
  /**
   * for a rule that links two entities: one line for an analyst, shown as "Why this link: …" in the explorer's edge
   * panel (src/graph/queries/link-reasons.ts); a rule without one is shown by its id
   */
  why?: string;
  /** the match: a result, or null when the rule does not apply */
  apply(input: In): Out | null;
}

/**
 * A rule written where it acts (a test inside a larger function) rather than as an apply() of its own: its id and
 * reason are declared with this so `kg rules` lists it, and the code asks isOn(switches, rule) before it acts, so
 * KG_DISABLE_RULES switches it off. Its apply() never matches: firstMatch and allMatches pass it by.
 */
export function inlineRule(id: string, reason: string, why?: string): Rule<unknown, never> {
  return { id, family: id.slice(0, id.indexOf('/')), reason, ...(why ? { why } : {}), apply: () => null };
}

/** Which rules are off (by id). Comes in with the resources, so extraction stays a pure function of its input. */
export interface RuleSwitches {
  disabled: ReadonlySet<string>;
}

export const ALL_RULES_ON: RuleSwitches = { disabled: new Set() };

/** The rule ids a KG_DISABLE_RULES value names (comma-separated; blanks ignored). */
export function disabledRuleIds(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function isOn(switches: RuleSwitches, rule: { id: string }): boolean {
  return !switches.disabled.has(rule.id);
}

/** The first rule (in order) that is on and applies, with what it produced. */
export function firstMatch<In, Out>(
  rules: readonly Rule<In, Out>[],
  input: In,
  switches: RuleSwitches,
): { rule: Rule<In, Out>; out: Out } | null {
  for (const rule of rules) {
    if (!isOn(switches, rule)) continue;
    const out = rule.apply(input);
    if (out !== null) return { rule, out };
  }
  return null;
}

/** Every rule that is on and applies, with what it produced. */
export function allMatches<In, Out>(
  rules: readonly Rule<In, Out>[],
  input: In,
  switches: RuleSwitches,
): { rule: Rule<In, Out>; out: Out }[] {
  const found: { rule: Rule<In, Out>; out: Out }[] = [];
  for (const rule of rules) {
    if (!isOn(switches, rule)) continue;
    const out = rule.apply(input);
    if (out !== null) found.push({ rule, out });
  }
  return found;
}

export interface RuleInfo {
  id: string;
  family: string;
  reason: string;
  why?: string;
}

/** Checks that ids are unique and say their family; returns the listing. */
export function describeRules(sets: readonly (readonly Rule<never, unknown>[])[]): RuleInfo[] {
  const seen = new Set<string>();
  const out: RuleInfo[] = [];
  for (const set of sets) {
    for (const r of set) {
      if (seen.has(r.id)) throw new Error(`rule id "${r.id}" is used twice`);
      if (!r.id.startsWith(`${r.family}/`))
        throw new Error(`rule id "${r.id}" does not start with its family "${r.family}/"`);
      seen.add(r.id);
      out.push({ id: r.id, family: r.family, reason: r.reason, ...(r.why ? { why: r.why } : {}) });
    }
  }
  return out;
}
