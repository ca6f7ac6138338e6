// Rules on how news shortens a person's name within one article (entities.ts personClusters): the full name first,
// then a shorter form of it or a surname alone. Each is a named rule (`kg rules`), so KG_DISABLE_RULES switches it off
// to measure what it is worth. Pure; the particles and given names are data (data/lexicons, the name lists).
import type { Rule } from '../rules/index.js';
import type { Resources } from './resources.js';

/** a name's words, lower case */
export interface NamePartsInput {
  res: Resources;
  parts: readonly string[];
}

/**
 * The first of a Spanish or Portuguese name's two surnames ("Rodriguez" of "Antonio Rodriguez Porth"): in a name of
 * three or more words, the word before the last surname (the last word with the particles before it, "del Valle"),
 * when it is not the first word and no given name (so "Harvey" of "Lee Harvey Oswald" is not taken for a surname).
 * Null when the name has none.
 */
export function firstSurname(res: Resources, parts: readonly string[]): string | null {
  if (parts.length < 3) return null;
  const particles = res.words.memo(
    'person-name-rules.particles',
    () =>
      new Set(
        [...res.words.set('entities.surnameParticles'), ...res.words.set('mentions.patronymicParticles')].flatMap((p) =>
          p.split(' '),
        ),
      ),
  );
  let i = parts.length - 2;
  while (i > 0 && particles.has(parts[i]!)) i--;
  if (i < 1 || i === parts.length - 1) return null;
  const w = parts[i]!;
  return particles.has(w) || res.names.givenNamesWide.has(w) ? null : w;
}

/** Rule entities/first-surname-alone: the first surname of a name, which may stand alone for the person. */
export const FIRST_SURNAME_ALONE: Rule<NamePartsInput, string> = {
  id: 'entities/first-surname-alone',
  family: 'entities',
  reason:
    'Spanish and Portuguese names carry two surnames and news writes the first alone for the person ("Rodriguez" for "Antonio Rodriguez Porth"), so a surname written alone that no name of the article ends or opens on is the person whose first surname it is; a middle word that is a given name ("Harvey" of "Lee Harvey Oswald") is no surname',
  apply: ({ res, parts }) => firstSurname(res, parts),
};

/** whether `short` is `long` with words left out, in the same order */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/** whether the name `parts` is a shorter form of the name `longer` */
function shortens(res: Resources, parts: readonly string[], longer: readonly string[]): boolean {
  if (longer.length <= parts.length) return false;
  if (longer[0] === parts[0]) return isSubsequence(parts, longer);
  // a given name and two surnames at least: "Ruslan Khamidov" may be the father of "Timur Ruslan Khamidov"
  return (
    parts.length >= 3 &&
    res.names.givenNamesWide.has(parts[0]!) &&
    longer.slice(longer.length - parts.length).join(' ') === parts.join(' ')
  );
}

/** a person's name and the longer names of the article's other people */
export interface ShorterFormInput extends NamePartsInput {
  longer: readonly (readonly string[])[];
}

/**
 * Rule entities/shorter-full-name: a person's name of two or more words that is a shorter form of exactly one longer
 * person's name in the article is that person: the same given name with some of the other words left out ("Hector
 * Oqueli" for "Hector Oqueli Colindres", given name and first surname; "Mario Rodriguez" for "Mario Antonio Rodriguez
 * Ferrer"), or its last three or more words from a middle given name on ("Antonio Rodriguez Porth" for "Jose Antonio
 * Rodriguez Porth"). Two longer names it could shorten name no one for sure and it stays apart, as do people who share
 * only a surname ("Tamerlan Tsarnaev", "Dzhokhar Tsarnaev"). The result is the index of the one longer name.
 */
export const SHORTER_FULL_NAME: Rule<ShorterFormInput, number> = {
  id: 'entities/shorter-full-name',
  family: 'entities',
  reason:
    'news names a person in full once and then by a shorter form of the same name (given name and first surname, a middle name left out), so a name that shortens exactly one longer name of the article is that person; one that could shorten two names stays apart, as do people who share only a surname',
  apply: ({ res, parts, longer }) => {
    if (parts.length < 2) return null;
    const found = longer.flatMap((op, i) => (shortens(res, parts, op) ? [i] : []));
    return found.length === 1 ? found[0]! : null;
  },
};

export const PERSON_NAME_RULES = [FIRST_SURNAME_ALONE, SHORTER_FULL_NAME] as const;
