// Faults found by running one-line conflict-event notes (Sahel, Somalia, Afghanistan, Myanmar, Colombia, the
// Philippines, Mexico) and short general-news wires through the extractor; each case is written for this file.
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { mainIncident, run } from '../helpers/extracted-places.js';
import { res } from '../helpers/resources.js';

const counts = (s: string) => casualtiesIn(res.incidents.casualties, s, 0).map((c) => [c.what, c.count]);
const incidents = (text: string, published = '2021-04-20') =>
  run({ text, published }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('a hedge between the auxiliary and the verb keeps the count (casualty/n-killed, casualty/n-injured)', () => {
  it('"were reported killed", "reportedly wounded" count as "were killed", "wounded" do', () => {
    expect(counts('At least 9 soldiers were reported killed.')).toEqual([['killed', 9]]);
    expect(counts('Three guards were reportedly killed and two others reportedly wounded.')).toEqual([
      ['killed', 3],
      ['injured', 2],
    ]);
    expect(counts('Five villagers were later found dead.')).toEqual([['killed', 5]]);
  });

  it('the count reaches the incident of the note', () => {
    const inc = mainIncident({
      published: '2022-08-30',
      text: 'On 27 August 2022, resistance fighters ambushed an army column near Kani, Sagaing region. Seven soldiers were reported killed.',
    });
    expect(inc?.kind).toBe('ambush');
    expect(inc?.killed).toBe(7);
  });

  it('a word that is no hedge still breaks the phrase', () => {
    expect(counts('Four men were nearly killed.')).toEqual([]);
  });
});

describe('two armed sides that "clashed" with no "with" (armed clash trigger)', () => {
  it('"X fighters and Y troops clashed in Z" is an armed clash, even when a toll follows', () => {
    const inc = mainIncident({
      published: '2020-11-20',
      text: 'On 17 November 2020, Al Shabaab fighters and government troops clashed near Beledweyne, Hiraan region. Five combatants were killed.',
    });
    expect(inc?.kind).toBe('armed clash');
    expect(inc?.place).toBe('Beledweyne');
    expect(inc?.killed).toBe(5);
  });

  it('"clashes broke out" names a clash', () => {
    expect(
      incidents('Clashes broke out in Kismayo on Sunday, leaving four militiamen dead.').map((i) => i.kind),
    ).toEqual(['armed clash']);
  });

  it('"troops fought in X" places the clash in X: a biography\'s "fought in" needs a person, not a force', () => {
    const inc = mainIncident({
      published: '2023-06-03',
      text: 'On 2 June 2023, paramilitary fighters and army troops fought in Omdurman, Khartoum state. At least 12 people were killed.',
    });
    expect(inc?.kind).toBe('armed clash');
    expect(inc?.place).toBe('Omdurman');
    // the biography sense still sets a place aside
    const bio = mainIncident({
      published: '2016-03-25',
      text: 'The bomber, who had fought in Syria, blew himself up at the airport in Brussels on Tuesday.',
    });
    expect(bio?.place).toBe('Brussels');
  });

  it('sides of a dispute that clashed over a question are no incident', () => {
    expect(incidents('Government forces and opposition parties clashed over the new budget on Tuesday.')).toEqual([]);
  });
});

describe('an animal that attacks is no incident (incident-triggers notTriggers)', () => {
  it('a shark or a dog that attacked or mauled someone makes no incident', () => {
    expect(incidents('A shark attacked and killed a surfer off a beach near Perth on Tuesday.')).toEqual([]);
    expect(incidents('A hiker was mauled to death by a bear in a national park, rangers said.')).toEqual([]);
    expect(incidents('It was the second fatal dog attack in the county this year.')).toEqual([]);
  });

  it('an armed group named after an animal still attacks', () => {
    const inc = mainIncident({
      published: '1996-07-20',
      text: 'Tamil Tigers attacked an army camp near Mullaitivu on Thursday, killing 40 soldiers, the military said.',
    });
    expect(inc?.kind).toBe('attack');
    expect(inc?.killed).toBe(40);
  });
});

describe('a raid by an armed group is an attack (rule incidents/armed-raid)', () => {
  it('"rebels raided a police station" is an attack, not policing', () => {
    const inc = mainIncident({
      published: '2018-11-07',
      text: 'On 4 November 2018, NPA rebels raided a police station in Bukidnon province and carried off rifles. Two policemen were wounded.',
    });
    expect(inc?.kind).toBe('attack');
    expect(inc?.injured).toBe(2);
  });

  it('a raid by the police stays a raid', () => {
    const inc = mainIncident({
      published: '2018-11-07',
      text: 'Police raided a rebel hideout in Bukidnon province on Sunday and seized rifles.',
    });
    expect(inc?.kind).toBe('raid');
  });
});

describe('a town written in a region neither of which the gazetteer knows (rule place/written-holder-unlocated)', () => {
  it('the incident keeps the town, not the wider unknown region', () => {
    const inc = mainIncident({
      published: '2020-11-20',
      text: 'On 16 November 2020, militants attacked a checkpoint in Bulo Burde, Hiraan region, killing 3 soldiers.',
    });
    expect(inc?.place).toBe('Bulo Burde');
  });
});

describe('"blew up a section of" a pipeline (bombing trigger)', () => {
  it('names a bombing in mixed case and in capitals', () => {
    const mixed = mainIncident({
      published: '1995-06-14',
      text: 'Guerrillas blew up a stretch of the Cano Limon oil pipeline near Saravena on Tuesday, the army said.',
    });
    expect(mixed?.kind).toBe('bombing');
    const caps = mainIncident({
      published: '1995-06-14',
      text: 'REBELS BLEW UP A SECTION OF THE TRANSANDEAN OIL PIPELINE IN NARINO DEPARTMENT ON MONDAY, THE ARMY SAID.',
    });
    expect(caps?.kind).toBe('bombing');
  });
});
