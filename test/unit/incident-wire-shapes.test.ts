// Shapes of general wire news that read as incidents and are not, or as two incidents that are one: words of violence
// used for criticism, blasts at industrial sites, and a headline line above the dateline that its lede tells again.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string) =>
  run({ text, published: '2019-10-12' }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('words of violence used for criticism (incident/figure-of-speech)', () => {
  it('reads attacks on a record, a plan or rights as criticism', () => {
    expect(
      incidents(
        'The mayor answered his critics on Thursday, saying their attacks on his record in office were unfair.',
      ),
    ).toEqual([]);
    expect(
      incidents('Nurses on Thursday called the hospital plan an assault on patients\u2019 rights and voted to strike.'),
    ).toEqual([]);
    expect(
      incidents('The governor hit back on Thursday after a week of attacks on her handling of the drought.'),
    ).toEqual([]);
  });

  it('reads an attack with a word of speech before it as criticism', () => {
    expect(
      incidents('The trade minister launched a blistering attack on the steel industry on Thursday in a radio talk.'),
    ).toEqual([]);
    expect(incidents('Judges on Thursday condemned a tabloid\u2019s attack on a senior magistrate.')).toEqual([]);
  });

  it('keeps a blast claimed in a statement: the statement is where it was claimed, not what was blasted', () => {
    const found = incidents(
      'A car bomb went off near a market in Kismayo on Thursday, killing four people. ' +
        'The al-Shabaab militant group claimed responsibility for the blast in a statement.',
    );
    expect(found.map((i) => i.kind)).toEqual(['bombing']);
    expect(found[0]!.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name)).toContain('Al-Shabaab');
  });

  it('keeps attacks on people and buildings', () => {
    expect(
      incidents('Gunmen attacked a tax office in Quetta on Thursday, killing two clerks, police said.').map(
        (i) => i.place,
      ),
    ).toEqual(['Quetta']);
    expect(
      incidents('Rebels launched an attack on the army base at Beni on Thursday, the army said.').map((i) => i.kind),
    ).toEqual(['attack']);
  });
});

describe('a blast at an industrial site (incident/industrial-blast)', () => {
  it('is an accident when the sentence names no bomb and no attacker', () => {
    expect(incidents('An explosion at a chemical plant outside Leipzig killed two workers on Thursday.')).toEqual([]);
    expect(incidents('A blast in a coal mine in Silesia killed 11 miners on Thursday, officials said.')).toEqual([]);
    expect(
      incidents('Four workers died on Thursday when a boiler blew up at a textile factory near Lahore, police said.'),
    ).toEqual([]);
  });

  it('stays an incident when a bomb or an attacker is named, or at a site of no industry', () => {
    expect(
      incidents('A bomb explosion at an oil refinery near Basra killed three guards on Thursday, police said.').map(
        (i) => i.kind,
      ),
    ).toEqual(['bombing']);
    expect(
      incidents('An explosion at a police station in Quetta killed three officers on Thursday.').map((i) => i.kind),
    ).toEqual(['explosion']);
  });
});

describe('a headline line above the dateline (incidents/headline-tells-the-lede)', () => {
  it('is one incident with the event its lede tells, placed where the lede says', () => {
    const found = incidents(
      'Car bomb kills six near army post.\nPESHAWAR 2019-10-11\nA car bomb exploded near an army post in the town of ' +
        'Bannu on Friday, killing six people and wounding 14, police said.',
    );
    expect(found.map((i) => [i.kind, i.place])).toEqual([['bombing', 'Bannu']]);
  });

  it('joins an attacker noun of the headline to the lede\u2019s act', () => {
    const found = incidents(
      'Gunmen kill three in cafe.\nMANILA 2019-10-11\nMasked attackers opened fire in a cafe in the southern city of ' +
        'Zamboanga on Friday night, killing three men, police said.',
    );
    expect(found.map((i) => i.place)).toEqual(['Zamboanga']);
  });

  it('keeps a headline event of another kind apart', () => {
    const found = incidents(
      'Police detain 20 in Karachi.\nKARACHI 2019-10-11\nA bomb exploded in a market in the town of Landhi on ' +
        'Friday, killing four people, police said.\nIn a separate operation, police detained 20 men in Karachi.',
    );
    expect(found.map((i) => i.kind).sort()).toEqual(['arrest', 'bombing']);
  });
});

describe('a raid and the detentions made in it (incidents/raid-and-its-detentions)', () => {
  it('is one incident when the article tells one raid and its arrests in sentences of their own', () => {
    const found = incidents(
      'Police raided a squatted hall in Lyon on Wednesday, witnesses said.\nA Malian man detained in the round-up ' +
        'has been flown to Bamako, his lawyer said, and 14 others detained with him are still held.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Lyon');
  });

  it('keeps a raid and an arrest of other days apart', () => {
    const found = incidents(
      'Police raided a squatted hall in Lyon on Wednesday, witnesses said.\nOn Monday, officers had detained a ' +
        'suspected militant in Grenoble.',
    );
    expect(found.map((i) => i.kind).sort()).toEqual(['arrest', 'raid']);
  });
});

describe('a day written before an act of the authorities (procedureAfter)', () => {
  it('dates the deportation, not the raid the deported man was seized in', () => {
    const found = incidents(
      'Italy on Friday deported a Tunisian man seized in a police raid on a mosque in Turin, his lawyer said.',
    );
    expect(found).toHaveLength(1);
    // the raid's own day is not written: at most the day of the report stands for it
    expect(found[0]!.date === null || found[0]!.dateBasis === 'reported').toBe(true);
  });
});

describe('a place written as a point of reference (place/reference-point)', () => {
  it('joins the telling that names the town near it', () => {
    const found = incidents(
      'Bomb kills five at cafe.\nPARIS 2019-10-11\nA bomb ripped through a cafe east of Algiers on Friday, killing ' +
        'five people, a newspaper said.\nSecurity forces said three people died when a home-made bomb exploded at a ' +
        'cafe in the town of Rouiba.',
    );
    expect(found).toHaveLength(1);
  });

  it('leaves two bombings apart when the first place is where it was, not a point', () => {
    const found = incidents(
      'A bomb exploded at a cafe in Algiers on Friday, killing five people.\nA week earlier a bomb exploded at a ' +
        'market in the town of Rouiba, killing two.',
    );
    expect(found).toHaveLength(2);
  });
});

describe('an arrest the lede tells, in a story whose violent incident is background (incidents/arrest-is-the-story)', () => {
  it('stays the story\u2019s own incident, not the investigation of the background one', () => {
    const found = incidents(
      'Escaped robber caught.\nLEEDS 2019-10-12\nA convicted robber was arrested on Saturday, two days after he ' +
        'slipped away from guards on a hospital visit, police said.\nA shop worker recognised him from his picture ' +
        'in a newspaper.\nHis ' +
        'escape angered victims\u2019 groups.\nA prison scandal in Ireland in which three inmates were murdered by ' +
        'guards has put jails under scrutiny.',
    );
    expect(found.map((i) => i.kind).sort()).toEqual(['arrest', 'murder']);
  });
});

describe('an event told a day before the story\u2019s (dates/days-from-another-event)', () => {
  it('is dated from the distance and keeps its own toll, even with a long subject before it', () => {
    const found = incidents(
      'Gunmen killed a policeman in the town of Apatzingan on Friday, police said.\nThe attack came a day after ' +
        'fighters of a little-known Revolutionary People\u2019s Army launched coordinated attacks on army posts, ' +
        'killing nine people.',
    );
    expect(found).toHaveLength(2);
    expect(found.map((i) => [i.date, i.killed]).sort()).toEqual([
      ['2019-10-10', 9],
      ['2019-10-11', 1],
    ]);
  });
});

describe('an assault on a city told as it goes on (incident-triggers: attacking the city)', () => {
  it('is an attack', () => {
    const found = incidents(
      'A militia leader said on Thursday that his fighters and army units were attacking the city of Kindu.',
    );
    expect(found.map((i) => [i.kind, i.place])).toEqual([['attack', 'Kindu']]);
  });

  it('is no attack on a city council', () => {
    expect(incidents('The opposition leader was attacking the city council over its budget on Thursday.')).toEqual([]);
  });
});
