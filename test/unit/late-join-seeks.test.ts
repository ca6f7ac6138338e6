// A late join moves one article's relations by the relationship indexes on articleId (src/graph/late-joins.ts
// MOVE_RELATIONS). A plain `USING INDEX` hint is also met by a scan of the whole index, and the plan the writer keeps
// for the process (replan=skip) was seen to scan: every row of every join read all stored relations of the type, a
// cost that grows with the store. The hints must ask for a seek.
import { describe, expect, it } from 'vitest';
import { MOVE_EVIDENCE, MOVE_RELATIONS } from '../../src/graph/late-joins.js';
import { ENTITY_REL_TYPES } from '../../src/graph/model.js';

describe('moving an article relations on a late join', () => {
  it('seeks each relation type by the article, never scans its index', () => {
    const hints = [...MOVE_RELATIONS.matchAll(/USING INDEX(?: (SEEK))? r:(\w+)\(articleId\)/g)];
    expect(hints.map((h) => h[2]).sort()).toEqual([...ENTITY_REL_TYPES].sort());
    expect(hints.every((h) => h[1] === 'SEEK')).toBe(true);
  });

  it('keeps those seeks in the one statement a batch moves its evidence with', () => {
    const hints = [...MOVE_EVIDENCE.matchAll(/USING INDEX SEEK r:(\w+)\(articleId\)/g)];
    expect(hints.map((h) => h[1]).sort()).toEqual([...ENTITY_REL_TYPES].sort());
    expect(MOVE_EVIDENCE).not.toMatch(/USING INDEX r:/);
  });
});
