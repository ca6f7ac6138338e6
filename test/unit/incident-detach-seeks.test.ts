// Taking an article's rows off an Incident node (src/graph/incident-frames.ts DETACH) must not expand the node: an
// Incident is a hub whose every report's sentence mentions and relations end on it, and expanding it made the
// statement's cost per article grow with the store (issue 12). The sentence mentions are found from the article's
// sentences and each relation type by a seek of its articleId index.
import { describe, expect, it } from 'vitest';
import { DETACH } from '../../src/graph/incident-frames.js';
import { ENTITY_REL_TYPES } from '../../src/graph/model.js';

describe("detaching an article's rows from an incident", () => {
  it('seeks every relation type by the article, never scans its index', () => {
    const hints = [...DETACH.matchAll(/USING INDEX(?: (SEEK))? r:(\w+)\(articleId\)/g)];
    expect(hints.map((h) => h[2]).sort()).toEqual([...ENTITY_REL_TYPES].sort());
    expect(hints.every((h) => h[1] === 'SEEK')).toBe(true);
  });

  it("reads the sentence mentions from the article's sentences, not from the incident", () => {
    expect(DETACH).toMatch(/USING INDEX SEEK s:Sentence\(articleId\)\s+MATCH \(s\)-\[m:MENTIONS\]->\(i\)/);
  });

  it('never expands the incident node by an untyped relationship', () => {
    expect(DETACH).not.toMatch(/\(i\)-\[\w*\]-/);
    expect(DETACH).not.toMatch(/\(i\)<-\[/);
  });
});
