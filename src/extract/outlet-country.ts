// Which country an article's outlet tells it is from, when the outlet's own name says so: a US broadcaster's call
// sign ("wbng.com", "(WBNG)" after a dateline) or a US network affiliate ("abc7chicago.com"). Local US news often
// names its town and nothing else ("shooting in Salisbury"); the outlet is then the only sign of which Salisbury.
import { datelines, isWireOutlet } from '../news/conventions.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordLists } from './word-lists.js';

/** top-level domains that belong to no country: a host ending in a country code (abc.net.au) is that country's */
const GENERIC_TLD = /\.(?:com|net|org|tv|us)$/i;

/** the labels of a source's host name before its generic top-level domain ("stlouis.cbslocal.com" → two labels) */
export function hostLabels(source: string): string[] {
  const s = source.trim().toLowerCase();
  const host = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})(?:[/:?#]|$)/.exec(s)?.[1];
  if (!host || !GENERIC_TLD.test(host)) return [];
  return host.replace(GENERIC_TLD, '').split('.').filter(Boolean);
}

/**
 * The name, whole, is a US broadcaster's call sign or network affiliate name (news.usBroadcastOutlets), any case, and
 * no wire service's or agency's name: "WIRE" has the shape of a call sign, but a credit "(Wire)" or "(WIRE)" names the
 * wire copy the story came from (news.wireOutlets), which says nothing of the country it is about.
 */
export function isBroadcastOutlet(words: WordLists, name: string): boolean {
  const re = words.memo(
    'news.usBroadcastOutletWhole',
    () => new RegExp(`^${words.alt('news.usBroadcastOutlets')}$`, 'i'),
  );
  return re.test(name.trim()) && !isWireOutlet(words, name);
}

/** the name is a broadcaster's call sign (isBroadcastOutlet) and no place the gazetteer knows ("WACO" is Waco) */
export function isCallSign(words: WordLists, gazetteer: Gazetteer, name: string): boolean {
  const lower = name.trim().toLowerCase();
  return isBroadcastOutlet(words, name) && !gazetteer.placesByName.has(lower) && !gazetteer.townsByName.has(lower);
}

/**
 * ["US"] when the source's host or a dateline's bracketed outlet is a US broadcaster's name; else []. A dateline's
 * bracket is read as a call sign only as a call sign is printed: in capitals ("(WBNG)", "(KARE-TV)"), naming no place
 * ("(Wales)", "(KENT)" say where, not who). A host label is lower case and is read as it is.
 */
export function outletCountries(
  words: WordLists,
  gazetteer: Gazetteer,
  text: string,
  source?: string | null,
): string[] {
  const fromHost = (source ? hostLabels(source) : []).some((n) => isBroadcastOutlet(words, n));
  const fromDateline = datelines(text.slice(0, 600)).some(
    (d) => /^[\p{Lu}\d-]+$/u.test(d.outlet) && isCallSign(words, gazetteer, d.outlet),
  );
  return fromHost || fromDateline ? ['US'] : [];
}
