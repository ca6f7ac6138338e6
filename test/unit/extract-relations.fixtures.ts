// The relations of a sentence or two written for a test, over hand-built entities (extract-incidents.fixtures.ts),
// each shown as "type From -> To [label]"; every evidence span is checked to lie inside its sentence.
import { expect } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { findRelations } from '../../src/extract/relations.js';
import type { OrgKind, PlaceKind, Relation } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';

type Specs = Parameters<typeof fixture>[1];

export const person = (name: string) => ({ type: 'person', name }) as const;
export const org = (name: string, kind: OrgKind) => ({ type: 'organization', name, kind }) as const;
export const place = (name: string, where: { placeKind?: PlaceKind; country?: string } = {}) =>
  ({ type: 'place', name, ...where }) as const;

export function relationsOf(text: string, specs: Specs, input: { published?: string; source?: string } = {}) {
  const { doc, entities } = fixture({ text, ...input }, specs);
  const incidents = findIncidents(doc, entities);
  const relations = findRelations(doc, entities, incidents);
  const names = new Map<string, string>([...entities, ...incidents].map((e) => [e.id, e.name]));
  for (const r of relations) {
    for (const ev of r.evidence) {
      const s = doc.sentences[ev.sentence]!;
      expect(ev.start).toBeGreaterThanOrEqual(s.start);
      expect(ev.end).toBeLessThanOrEqual(s.end);
      expect(ev.end).toBeGreaterThan(ev.start);
    }
  }
  const show = (r: Relation) => `${r.type} ${names.get(r.from)} -> ${names.get(r.to)}${r.label ? ` [${r.label}]` : ''}`;
  const shown = relations.map(show);
  /** the typed links: all but co-mentions */
  const typed = shown.filter((s) => !s.startsWith('co_mention'));
  return { relations, shown, typed, text, incidents, entities };
}

/** the words of a relation's evidence spans */
export const evidenceText = (text: string, r: Relation | undefined) =>
  r?.evidence.map((e) => text.slice(e.start, e.end));
