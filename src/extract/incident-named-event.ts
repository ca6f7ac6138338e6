// Rule place/named-event: an incident named by its town ("the Lisbon harbour bombing") happened in that town. A named
// rule (`kg rules`), so KG_DISABLE_RULES switches it off. Pure; incidents.ts finds the town (Hit.namedEvent).
import type { Rule } from '../rules/index.js';
import type { EntityMention } from './mention-index.js';

/** what the rule sees: the town that opens the event's name, the place the incident has so far, the dateline's place */
export interface NamedEventInput {
  named: EntityMention | null | undefined;
  place: EntityMention | null | undefined;
  datelinePlace: EntityMention | null;
}

/**
 * Rule place/named-event. "police hunted the suspects of the Lisbon harbour bombing": a town written as the first word
 * of the event's name is where the incident so named happened. It outweighs the dateline's town, a country or region,
 * and a street or site the article locates only by guessing its city (the dateline's: guessedWithin), or a street of the
 * dateline's town: a manhunt filed from a suburb tells of a bombing in the city its name holds. The town, or null where
 * the incident keeps its place.
 */
export const PLACE_NAMED_EVENT: Rule<NamedEventInput, EntityMention> = {
  id: 'place/named-event',
  family: 'place',
  reason:
    'news names an attack by the town it struck ("the Lisbon harbour bombing", "the 2013 Boston bombing"), so the town that opens the event\'s name is its place, over the dateline\'s town, a country or region, or a site located only by a guessed city',
  apply: ({ named, place, datelinePlace }) => {
    if (!named || named.entity.id === place?.entity.id) return null;
    const p = place?.entity;
    const weak =
      !p ||
      p.id === datelinePlace?.entity.id ||
      (p.type === 'place' && (p.placeKind === 'country' || p.placeKind === 'region')) ||
      (p.type === 'place' && p.placeKind === 'site' && (!!p.guessedWithin || p.lat === null));
    return weak ? named : null;
  },
};
