// Every rule id that src/ cites (in a comment, a reason or a string) names a registered rule, so `kg rules` lists it
// with its reason and KG_DISABLE_RULES switches it off; the ids not yet registered are listed, each group with its
// reason, in unregistered-rule-ids.ts. The list may only shrink: an id registered since, or no longer cited, must
// leave it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listRules } from '../../src/extract/rules/index.js';
import { RULE_ID_FAMILIES, UNREGISTERED_RULE_IDS } from './unregistered-rule-ids.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** the rule-like ids src/ cites: "family/name" of a family of rules, with the files that cite each */
function citedRuleIds(): Map<string, string[]> {
  const families = new Set([...RULE_ID_FAMILIES, ...listRules().map((r) => r.family)]);
  const cited = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(
      /(?<![\w./-])([a-z][a-z-]*)\/([a-z][a-z0-9-]*[a-z0-9])\b(?!\.\w)/g,
    )) {
      if (!families.has(m[1]!)) continue;
      const list = cited.get(m[0]) ?? [];
      const rel = file.slice(SRC.length);
      if (!list.includes(rel)) list.push(rel);
      cited.set(m[0], list);
    }
  }
  return cited;
}

describe('rule ids cited in src/', () => {
  const registered = new Set(listRules().map((r) => r.id));
  const allowed = new Map(UNREGISTERED_RULE_IDS.flatMap((g) => g.ids.map((id) => [id, g.reason] as const)));
  const cited = citedRuleIds();

  it('are registered rules, or listed with a reason', () => {
    const stray = [...cited].filter(([id]) => !registered.has(id) && !allowed.has(id)).map(([id, f]) => `${id} (${f})`);
    expect(stray).toEqual([]);
  });

  it('the list holds only ids still cited and not registered', () => {
    expect([...allowed.keys()].filter((id) => registered.has(id))).toEqual([]);
    expect([...allowed.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('finds a cited id in a comment (the scan itself works)', () => {
    expect([...(cited.get('place/written-holder') ?? [])].sort()).toEqual([
      'extract/incident-inline-rules.ts',
      'extract/incidents.ts',
    ]);
    expect(cited.has('casualty/killing-n')).toBe(true);
  });
});
