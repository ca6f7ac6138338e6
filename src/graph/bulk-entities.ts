// What the writer's entity statement (ENTITIES in src/graph/writer.ts) sets on a node it CREATES from one row (the
// rows of a key already combined by oneRowPerKey), for the bulk import of an empty database. On a new node every
// "keep the better of stored and new" rule of that statement picks the new value, so this is the row itself with
// the aliases cleaned as the statement cleans them and the search text it builds.
import { acronymsText } from '../resolution/acronym-join.js';
import { personSurname } from '../resolution/surname-join.js';
import type { EntityRow } from './rows.js';

/** Cypher's ORDER BY on strings compares code points; JavaScript's default sort compares UTF-16 units. */
const byCodePoint = (a: string, b: string): number => {
  const x = [...a],
    y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
};

export function entityNodeProperties(row: EntityRow): Record<string, unknown> {
  const name = row.name;
  // pool = [] + [e.name, row.name] + row.aliases, distinct, without the name, in order
  const aliases = [...new Set(row.aliases)].filter((x) => x !== name).sort(byCodePoint);
  const base: Record<string, unknown> = {
    key: row.key,
    type: row.type,
    name,
    aliases,
    searchText: [name, ...aliases].join(' '),
  };
  switch (row.type) {
    case 'person':
      return { ...base, surname: personSurname(row.key) };
    case 'organization':
      return { ...base, kind: row.kind, country: row.country, acronyms: acronymsText(name, aliases) };
    case 'place': {
      const takeCoords = row.lat !== null;
      return {
        ...base,
        placeKind: row.placeKind,
        country: row.country,
        lat: takeCoords ? row.lat : null,
        lon: takeCoords ? row.lon : null,
        ambiguous: row.ambiguous,
        admin1: row.admin1 ?? null,
        precision: row.precision ?? null,
        guessedWithin: takeCoords && row.guessedWithin ? true : null,
      };
    }
    case 'incident':
      // incidents are written from their frames (incidentProperties), never from entity rows
      return base;
  }
}
