// Hand-built entities for the incident and relation tests: every occurrence of each surface form
// becomes a mention at its real offsets, so these tests do not depend on the entity extractor.
import { makeDoc, type Doc } from '../../src/extract/document.js';
import type { NamedEntity } from '../../src/extract/entities.js';
import type { ArticleInput, OrgKind, PlaceKind } from '../../src/extract/types.js';
import { escapeRegExp } from '../../src/reg-exp.js';
import { res } from '../helpers/resources.js';

export type EntitySpec =
  | { type: 'person'; name: string; forms?: string[]; roles?: string[] }
  | { type: 'organization'; name: string; kind: OrgKind; forms?: string[] }
  | {
      type: 'place';
      name: string;
      placeKind?: PlaceKind;
      country?: string;
      forms?: string[];
      lat?: number;
      lon?: number;
      admin1?: string;
      /** "site-in-city": a site the gazetteer locates at the town it lies in */
      precision?: 'country' | 'region' | 'city' | 'site-in-city';
      /** the gazetteer id part of the key ("county-US.IN.029"); else one made from the name */
      gazId?: string;
      /** the whole key ("place:geo:4903940"), over gazId */
      key?: string;
    };

export function fixture(input: ArticleInput | string, specs: EntitySpec[]): { doc: Doc; entities: NamedEntity[] } {
  const doc = makeDoc(typeof input === 'string' ? { text: input } : input, res);
  const sentenceAt = (pos: number) => doc.sentences.find((s) => s.start <= pos && pos < s.end)?.index ?? -1;
  const entities = specs.map((spec, i): NamedEntity => {
    const forms = [spec.name, ...(spec.forms ?? [])].sort((a, b) => b.length - a.length);
    const mentions: NamedEntity['mentions'] = [];
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of doc.text.matchAll(re)) {
        const start = m.index,
          end = start + form.length;
        if (mentions.some((x) => start < x.end && x.start < end)) continue;
        mentions.push({ start, end, text: form, sentence: sentenceAt(start) });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const base = { id: `e${i + 1}`, name: spec.name, aliases: spec.forms ?? [], mentions };
    if (spec.type === 'person')
      return { ...base, type: 'person', key: `person:${spec.name.toLowerCase()}`, roles: spec.roles ?? [] };
    if (spec.type === 'organization')
      return { ...base, type: 'organization', key: `org:${spec.name.toLowerCase()}`, kind: spec.kind, country: null };
    return {
      ...base,
      type: 'place',
      key: spec.key ?? (spec.gazId ? `place:region:${spec.gazId}` : `place:test:${spec.name.toLowerCase()}`),
      placeKind: spec.placeKind ?? 'city',
      country: spec.country ?? null,
      lat: spec.lat ?? null,
      lon: spec.lon ?? null,
      ambiguous: false,
      ...(spec.admin1 ? { admin1: spec.admin1 } : {}),
      ...(spec.precision ? { precision: spec.precision } : {}),
    };
  });
  // overlapping forms across entities: the longer mention wins, as an entity extractor would do
  for (const e of entities) {
    e.mentions = e.mentions.filter(
      (m) =>
        !entities.some(
          (o) =>
            o !== e &&
            o.mentions.some((x) => x.start <= m.start && m.end <= x.end && x.end - x.start > m.end - m.start),
        ),
    );
  }
  return { doc, entities };
}
