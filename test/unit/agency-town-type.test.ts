// A name a rule read as the place a local agency serves ("Anadarko police officers") is that place where it stands
// alone elsewhere, though the tagger guessed an organisation there more often. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { resolveEntities } from '../../src/extract/entities.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { res } from '../helpers/resources.js';

const TEXT =
  'The Dunmore community is grieving. When Dunmore police officers arrived, the girl was dead. Dunmore leaders met.';

function cands(rules: string[]): Candidate[] {
  const at = (from: number) => TEXT.indexOf('Dunmore', from);
  const starts = [at(0), at(at(0) + 1), at(at(at(0) + 1) + 1)];
  const doc = makeDoc({ text: TEXT }, res);
  return starts.map((start, k) => ({
    type: k === 1 ? 'place' : 'organization',
    start,
    end: start + 'Dunmore'.length,
    text: 'Dunmore',
    sentence: doc.sentences.findIndex((s) => s.start <= start && start < s.end),
    gaz: [],
    source: k === 1 ? 'rule' : 'tagger',
    roles: [],
    ...(k === 1 ? { rules } : {}),
  }));
}

describe('a town read before its local agency is that place everywhere in the article', () => {
  it('outweighs the tagger reading the bare name as an organisation elsewhere', () => {
    const doc = makeDoc({ text: TEXT }, res);
    const ents = resolveEntities(doc, cands(['entities/place-before-local-agency']));
    const named = ents.filter((e) => e.name === 'Dunmore');
    expect(named.map((e) => e.type)).toEqual(['place']);
    expect(named[0]!.mentions).toHaveLength(3);
  });

  it('leaves the majority reading where no rule read a place there', () => {
    const doc = makeDoc({ text: TEXT }, res);
    const ents = resolveEntities(doc, cands([]));
    expect(ents.filter((e) => e.name === 'Dunmore').every((e) => e.type === 'organization')).toBe(true);
  });
});
