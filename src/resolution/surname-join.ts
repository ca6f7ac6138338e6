// Identity across articles for a person an article names by surname alone ("Haddad said …" with no full name
// anywhere in it): the extractor keeps such a mention to its article (`person:local:<article>:<surname>`), and the
// graph writer asks this module whether it is the one person of that surname the graph already knows.
//
// Guards, all required (a bare surname is weak evidence, so the join needs evidence for it, not only none against):
//   only one   exactly one known person (full name, namesakes kept apart counted apart) has that surname as the last
//              word of the name; two or more ("Abedi" when two Abedis are known) name no one for sure
//   agree      the namesake comparison of src/graph/person-identity.ts finds nothing against (countries, homes)
//   shared     the two articles share at least one other named entity (not a country): the same story
// Pure: the caller gives the candidates it read from the graph and the batch.

/** The surname of a lone-name key (`person:local:<scope>:<surname>`), or null for any other key. */
export function loneSurnameOf(key: string): string | null {
  const m = /^person:local:[^:]+:([^\s:#]+)$/u.exec(key);
  return m ? m[1]! : null;
}

/** The last word of a full-name key without its namesake qualifier ("person:daniel hale#au" → "hale"). */
export function surnameOfKey(key: string): string | null {
  if (!key.startsWith('person:') || key.startsWith('person:local:')) return null;
  const name = key.slice('person:'.length).split('#')[0]!.trim();
  const words = name.split(' ');
  return words.length >= 2 ? words[words.length - 1]! : null;
}

/** The surname a person key is looked up by (the `surname` property, indexed): a lone surname's, or a full name's last word. */
export function personSurname(key: string): string | null {
  return loneSurnameOf(key) ?? surnameOfKey(key);
}

export interface SurnameCandidate {
  key: string;
  name: string;
}

export interface SurnameVerdict {
  /** whether the comparison of the two profiles found nothing against one person */
  compatible: boolean;
  /** non-country entities both sides' articles name */
  shared: readonly string[];
  why: string;
}

export interface SurnameJoin {
  to: string;
  reason: string;
}

/**
 * The known person a lone surname joins, or null with no join. `compare` compares the lone row with one candidate
 * (src/graph/person-identity.ts `comparePerson`).
 */
export function joinLoneSurname(
  surname: string,
  written: string,
  candidates: readonly SurnameCandidate[],
  compare: (c: SurnameCandidate) => SurnameVerdict,
  articleId: string,
): SurnameJoin | null {
  const bearers = [
    ...new Map(candidates.filter((c) => surnameOfKey(c.key) === surname).map((c) => [c.key, c])).values(),
  ];
  if (bearers.length !== 1) return null;
  const only = bearers[0]!;
  const verdict = compare(only);
  if (!verdict.compatible || !verdict.shared.length) return null;
  return {
    to: only.key,
    reason: `${articleId}: "${written}" alone, the surname of the only person known by it (${only.name}); ${verdict.why}`,
  };
}
