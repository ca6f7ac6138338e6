// Taking an article's rows off an Incident node (src/graph/incident-frames.ts DETACH) reads them from the article. The
// plan the writer keeps (replan=skip, planned on a small store) was seen to read the article's sentences by a scan of
// the whole Sentence(articleId) index, every stored sentence for each row, and the relations by expanding the
// Incident, a hub: a cost per article that grew with the store (issue 12). The hints must ask for seeks.
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
