// Names the gazetteer knows for an entity although no stored article used them ("ISIS" for the Islamic State, stored
// as ISIL with the aliases its articles printed). Search treats them as aliases. Read from data/, once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const OrgFile = z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) }));

let byName: Map<string, Array<{ key: string; name: string }>> | undefined;

function load(): Map<string, Array<{ key: string; name: string }>> {
  const map = new Map<string, Array<{ key: string; name: string }>>();
  const file = fileURLToPath(new URL('../../../data/gazetteers/organizations.json', import.meta.url));
  for (const o of OrgFile.parse(JSON.parse(readFileSync(file, 'utf8')))) {
    // the same key the extractor gives a gazetteer organisation (src/extract/entities.ts)
    const key = `org:known:${o.id}`;
    for (const name of [o.name, ...o.aliases]) {
      const lower = name.toLowerCase();
      const list = map.get(lower) ?? [];
      if (!list.some((x) => x.key === key)) list.push({ key, name });
      map.set(lower, list);
    }
  }
  return map;
}

/** Entity keys whose known name or alias is exactly `q` (case-insensitive), with the name as written in data/. */
export function knownNamesFor(q: string): Array<{ key: string; name: string }> {
  byName ??= load();
  return byName.get(q.trim().toLowerCase()) ?? [];
}
