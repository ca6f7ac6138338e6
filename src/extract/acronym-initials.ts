// How an acronym's letters fit the initials of a spelled-out name (issues 10 and 11). Wire copy from abroad gives a
// body's acronym in its own language beside its name translated into English: the Spanish "PDC" (Partido Demócrata
// Cristiano) beside "Christian Democratic Party", "FMLN" beside "Farabundo Marti National Liberation Front". The
// letters are the same, but the translation reorders the words or adds one, so the initials do not spell the acronym
// in order; this module says how close they come, and the rule that joins the two names keeps the answer as its reason.

/** How an acronym fits a name's initials: the same letters in order, the same letters in another order, or one more. */
export type InitialsFit = 'in-order' | 'reordered' | 'one-word-more';

/** The shortest acronym read in another order: two letters in either order fit far too many names. */
const MIN_REORDERED = 3;

/**
 * The initials of a name's words in capitals, words split at spaces and hyphens, without the small words `skip` holds
 * (lower case: "of", "the", "de"); a word that opens with no letter or digit gives none.
 */
export function nameInitials(name: string, skip: ReadonlySet<string>): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w && !skip.has(w.toLowerCase()))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0))
    .filter(Boolean)
    .join('')
    .toUpperCase();
}

/** The letters of an acronym in capitals ("UC-ELN" → "UCELN"), or null when it holds anything but letters. */
function acronymLetters(acronym: string): string | null {
  const letters = acronym.replace(/[-.]/gu, '').toUpperCase();
  return /^\p{Lu}{2,8}$/u.test(letters) ? letters : null;
}

/** How many times each letter occurs in a word. */
function letterCounts(word: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of word) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * How the acronym (in any case: "FMLN", "Farc") fits the initials of `name` (two words or more once `skip` is left
 * out): in order; reordered (three letters or more, each initial used once); or with one initial more than the
 * acronym has letters, the others all used once ("FMLN" in "Farabundo Marti National Liberation Front"). Null when it
 * does not fit.
 */
export function acronymFit(acronym: string, name: string, skip: ReadonlySet<string>): InitialsFit | null {
  const letters = acronymLetters(acronym);
  const initials = nameInitials(name, skip);
  if (!letters || initials.length < 2) return null;
  if (initials === letters) return 'in-order';
  if (letters.length < MIN_REORDERED) return null;
  const need = letterCounts(letters);
  const have = letterCounts(initials);
  const covered = [...need].every(([ch, n]) => (have.get(ch) ?? 0) >= n);
  if (!covered) return null;
  if (initials.length === letters.length) return 'reordered';
  if (initials.length === letters.length + 1) return 'one-word-more';
  return null;
}
