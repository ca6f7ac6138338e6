// Identity across articles for a body an article names only by its acronym ("the CWSB said …"), where another article
// spelled it out ("the Coastal Waters Safety Board (CWSB)"): the extractor keys the lone acronym by itself
// (`org:name:cwsb`), and the graph writer asks this module whether it is the one stored body that carries it.
//
// Guards, all required (acronyms are short and many bodies share them):
//   only one   exactly one other known organisation has the acronym among its names (an expansion the text gave in
//              brackets, or a gazetteer alias); two or more name no one for sure
//   shared     the two articles share at least one other named entity (not a country): the same story
// Pure: the caller gives the candidates it read from the graph and the batch.

/** The shape of an acronym ("CWSB", "G7"): a capital, then one to five capitals or digits (a Java regex too: `=~`). */
export const ACRONYM_PATTERN = '\\p{Lu}[\\p{Lu}\\d]{1,5}';
const ACRONYM = new RegExp(`^${ACRONYM_PATTERN}$`, 'u');

/** whether `name` has the shape of an acronym */
export const acronymShaped = (name: string): boolean => ACRONYM.test(name);

/**
 * The names of a body other than its name that have the shape of an acronym, as the writer stores them to look
 * bodies up by (`acronyms` on Organization nodes, a text index): each between spaces, null for none.
 */
export function acronymsText(name: string, aliases: readonly string[]): string | null {
  const acronyms = aliases.filter((a) => a !== name && acronymShaped(a));
  return acronyms.length ? ` ${acronyms.join(' ')} ` : null;
}

/** The acronym of an organisation row known only by it (`org:name:<acronym>`, name "CWSB"), or null. */
export function loneAcronymOf(row: { key: string; name: string; aliases: readonly string[] }): string | null {
  if (!acronymShaped(row.name)) return null;
  if (row.key !== `org:name:${row.name.toLowerCase()}`) return null;
  return row.aliases.every((a) => a === row.name) ? row.name : null;
}

export interface AcronymCandidate {
  key: string;
  name: string;
  names: readonly string[];
  /** keys of the other named entities of its articles */
  context: readonly string[];
}

export interface AcronymJoin {
  to: string;
  reason: string;
}

/** whether a key can count as shared by two articles: a country never does */
export const meaningful = (key: string): boolean => !key.startsWith('place:country:');

/** The stored body a lone acronym joins, or null. `context`: keys of the other named entities of the row's article. */
export function joinLoneAcronym(
  acronym: string,
  rowKey: string,
  context: readonly string[],
  candidates: readonly AcronymCandidate[],
  articleId: string,
): AcronymJoin | null {
  const bearers = [
    ...new Map(
      candidates
        .filter((c) => c.key !== rowKey && c.name !== acronym && c.names.includes(acronym))
        .map((c) => [c.key, c]),
    ).values(),
  ];
  if (bearers.length !== 1) return null;
  const only = bearers[0]!;
  const theirs = new Set(only.context);
  const shared = [...new Set(context)].filter((k) => meaningful(k) && k !== rowKey && k !== only.key && theirs.has(k));
  if (!shared.length) return null;
  return {
    to: only.key,
    reason: `${articleId}: "${acronym}" alone, the acronym of the only body known by it (${only.name}); share ${shared.length} other entit${shared.length === 1 ? 'y' : 'ies'}`,
  };
}
