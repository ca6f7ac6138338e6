import type { NamedEntity } from './entities.js';

/** what joins a place to the place it lies in: a comma ("Claremont, Bronx") or "in"/"of" ("the Old West End of Toledo") */
const JOIN = /^\s*(?:,|\s(?:in|of)\s)\s*$/i;
/** what joins the last two items of a list of places ("Paris, Lyon and Nice") */
const LIST_END = /^\s*,?\s+(?:and|or)\s+$/i;

/**
 * Rule place/written-within: a place written right before another and joined to it by a comma, "in" or "of" lies in
 * it ("Claremont, Bronx", "Englewood, Chicago, Illinois", "Potomac Gardens in Southeast", "the Old West End of
 * Toledo") — news writing names a neighbourhood, street or venue with the town that holds it, whether or not the
 * gazetteer knows them. A run of places whose last two are joined by "and"/"or" is a list, not a chain ("attacks in
 * Paris, Lyon and Nice"). A country is never the inner place. Returns "inner>outer" entity id pairs.
 */
export function placesWrittenWithin(text: string, entities: readonly NamedEntity[]): Set<string> {
  const places = entities
    .flatMap((e) => (e.type === 'place' ? e.mentions.map((m) => ({ e, start: m.start, end: m.end })) : []))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
  const out = new Set<string>();
  let run: typeof places = [];
  const close = (listEnd: boolean) => {
    if (!listEnd)
      for (let i = 0; i + 1 < run.length; i++) {
        const inner = run[i]!.e,
          outer = run[i + 1]!.e;
        if (inner.id !== outer.id && !(inner.type === 'place' && inner.placeKind === 'country'))
          out.add(`${inner.id}>${outer.id}`);
      }
    run = [];
  };
  for (const m of places) {
    const last = run[run.length - 1];
    const between = last ? text.slice(last.end, m.start) : '';
    if (last && JOIN.test(between)) run.push(m);
    else {
      close(!!last && LIST_END.test(between));
      run = [m];
    }
  }
  close(false);
  return out;
}
