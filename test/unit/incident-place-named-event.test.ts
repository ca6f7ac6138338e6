// An attack named by the town it struck ("the Lisbon Harbour bombing") as the incident's place (rules
// mentions/city-opens-event-name and place/named-event): the town in the event's name outweighs the dateline's town,
// and a street the article locates only by guessing the dateline's town. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../helpers/extracted-places.js';
import { withoutRules } from '../helpers/resources.js';

const run = (text: string) => placesOf(text);

describe("mentions/city-opens-event-name: the town opening an attack's name is a place", () => {
  it('splits the town out of a capitalised event name', () => {
    const r = run('Detectives questioned a man about the Denver Festival shooting on Thursday.');
    expect(r.place('Denver')?.placeKind).toBe('city');
    expect(r.placeOf(r.incidents[0])?.name).toBe('Denver');
  });

  it('reads the town after a year too', () => {
    const r = run('Survivors of the 2016 Nice Promenade attack met the president on Monday.');
    expect(r.placeOf(r.incidents[0])?.name).toBe('Nice');
  });
});

describe("place/named-event: the town in the event's name over the dateline and a guessed street", () => {
  const text = [
    'CAMBRIDGE, Massachusetts (Reuters) - Detectives searched a flat on Thursday for clues to the Boston Harbor bombing, sealing off the neighbourhood.',
    '',
    'The device went off on Sunday beside the ferry terminal on Atlantic Avenue, injuring nine people.',
  ].join('\n');

  it('places the bombing in the town its name holds, not the dateline town', () => {
    const r = run(text);
    const bombing = r.incidents.find((i) => i.kind === 'bombing');
    expect(r.placeOf(bombing)?.name).toBe('Boston');
    expect(bombing?.name).toMatch(/^Bombing in Boston\b/);
  });

  it('leaves the dateline town where the event has no name of its own', () => {
    const r = run(text.replace('the Boston Harbor bombing', 'a bombing'));
    const bombing = r.incidents.find((i) => i.kind === 'bombing');
    expect(r.placeOf(bombing)?.name).not.toBe('Boston');
  });

  it('switched off (KG_DISABLE_RULES=place/named-event), the name no longer places the bombing', () => {
    // a street the article locates only by the dateline's town, then the event's name
    const guessed = [
      'CAMBRIDGE, Massachusetts (Reuters) - A bomb went off on Sunday on Atlantic Avenue, injuring nine people.',
      '',
      'Police are hunting two suspects in the Boston Harbor bombing.',
    ].join('\n');
    const byName = (r: ReturnType<typeof placesOf>) =>
      r.incidents.find((i) => i.kind === 'bombing')?.merges?.filter((m) => m.includes('(rule place/named-event)'));
    expect(byName(placesOf(guessed))).toHaveLength(1);
    expect(byName(placesOf(guessed, undefined, withoutRules('place/named-event')))).toEqual([]);
  });
});
