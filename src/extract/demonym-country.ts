import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import type { EntityMention } from './mention-index.js';
import type { PlaceEntity } from './types.js';
import { eachMatch } from '../reg-exp.js';

/**
 * Rule place/country-by-demonym (declared in incident-inline-rules.ts). The country `code` as the text after `from`
 * names it by its people's adjective ("SALVADORAN troops", "a Peruvian police patrol") where it never writes the
 * country's name: that word is a mention of the country, so an incident placed in the country has a place the text
 * gives. Reuses the article's country entity when it has one (a name written before `from`, in the dateline), else
 * adds one to `entities` with that word as its mention. A word inside another entity's name ("Salvadoran Workers
 * Federation") is no free mention of the country. Null when the text has no such word.
 */
export function countryByDemonym(doc: Doc, entities: NamedEntity[], code: string, from: number): EntityMention | null {
  const gaz = doc.res.gazetteer;
  const country = gaz.countries.get(code);
  if (!country) return null;
  const key = `place:country:${code}`;
  const known = entities.find((e): e is PlaceEntity => e.type === 'place' && e.key === key);
  // named so already (by this rule, for another incident of the article)
  const named = known?.mentions.find((m) => m.start >= from);
  if (known && named) return { entity: known, mention: named };
  const taken = entities.flatMap((e) => e.mentions);
  for (const m of eachMatch(/\p{L}+/gu, doc.text.slice(from))) {
    if (gaz.demonyms.get(m[0].toLowerCase()) !== code) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const sentence = doc.sentences.find((s) => s.start <= start && end <= s.end);
    if (!sentence) continue;
    const mention = { start, end, text: m[0], sentence: sentence.index };
    let entity = known;
    if (!entity) {
      const next = 1 + Math.max(0, ...entities.map((e) => Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0)));
      entity = {
        id: `e${next}`,
        key,
        type: 'place',
        name: country.name,
        aliases: [],
        mentions: [],
        merges: [],
        placeKind: 'country',
        country: code,
        lat: country.lat,
        lon: country.lon,
        ambiguous: false,
        admin1: null,
        precision: 'country',
      };
      entities.push(entity);
    }
    entity.mentions.push(mention);
    (entity.merges ??= []).push(
      `rule place/country-by-demonym: "${m[0]}" names ${country.name} by its people's adjective, where the text does not write its name`,
    );
    return { entity, mention };
  }
  return null;
}
