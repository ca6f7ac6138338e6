// Which country an article's outlet tells it is from, when the outlet's own name says so: a US broadcaster's call
// sign ("wbng.com", "(WBNG)" after a dateline) or a US network affiliate ("abc7chicago.com"). Local US news often
// names its town and nothing else ("shooting in Salisbury"); the outlet is then the only sign of which Salisbury.
import { datelines } from '../news/conventions.js';
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

/** the name, whole, is a US broadcaster's call sign or network affiliate name (news.usBroadcastOutlets), any case */
export function isBroadcastOutlet(words: WordLists, name: string): boolean {
  const re = words.memo(
    'news.usBroadcastOutletWhole',
    () => new RegExp(`^${words.alt('news.usBroadcastOutlets')}$`, 'i'),
  );
  return re.test(name.trim());
}

/** ["US"] when the source's host or a dateline's bracketed outlet is a US broadcaster's name; else [] */
export function outletCountries(words: WordLists, text: string, source?: string | null): string[] {
  const names = [...(source ? hostLabels(source) : []), ...datelines(text.slice(0, 600)).map((d) => d.outlet)];
  return names.some((n) => isBroadcastOutlet(words, n)) ? ['US'] : [];
}
