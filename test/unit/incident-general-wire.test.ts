// General wire news that tells of no incident of its own, or tells one in words that must not set its date, place or
// kind: history digests, road-traffic arrests, charges dropped, crimes named as categories, questions, and an attack
// named only as what a response answered. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string, published = '2019-10-14') =>
  run({ text, published }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('a history digest (incident/history-digest)', () => {
  const digest =
    'Wire almanac - October 14.\nLONDON 2019-10-12\nHere are some of the events that happened on October 14 in past ' +
    'years.\n1066 - Norman troops defeated the English army near Hastings.\n1843 - A poet was born in Leeds.\n' +
    '1913 - A gas explosion in a mine near Cardiff killed 439 miners.\n1944 - Bombers attacked the port of Hull.\n' +
    'Dozens of people were killed in the raid.\n1964 - A civil rights leader won the Nobel peace prize.';

  it('reports none of its items as an incident', () => {
    expect(incidents(digest)).toEqual([]);
  });

  it('still reads a story with a two-line table of years', () => {
    const found = incidents(
      'Gunmen shot dead two guards at a bank in Leeds on Friday, police said.\nThe bank expects these profits:\n' +
        '2020 - 5 million\n2021 - 7 million',
    );
    expect(found.map((i) => i.kind)).toEqual(['shooting']);
  });
});

describe('an arrest of a road user (incident/traffic-arrest)', () => {
  it('is no incident when the charge is a traffic offence', () => {
    expect(
      incidents(
        'Police in Leeds arrested a 40-year-old man on Sunday and charged him with drunken driving after his van ' +
          'hit a lamp post.',
      ),
    ).toEqual([]);
  });

  it('is no incident after a crash the lede told as an accident', () => {
    const text =
      'A lorry collided with a bus in Leeds on Friday, killing three people, police said.\nThe lorry driver, 58, ' +
      'was arrested at the scene.';
    expect(incidents(text)).toEqual([]);
  });

  it('leaves the arrest of a gunman an arrest', () => {
    const found = incidents('Police in Leeds arrested a gunman on Sunday after he shot a shopkeeper.');
    expect(found.map((i) => i.kind)).toContain('arrest');
  });
});

describe('an arrest for ordinary crime (incident/ordinary-crime-arrest)', () => {
  it('is no incident when its sentence names a drugs offence', () => {
    const text =
      'Customs officers at Dover arrested a lorry driver on Sunday after finding 40 kg of cannabis hidden in a ' +
      'load of tomatoes, officials said.';
    expect(incidents(text)).toEqual([]);
  });

  it('is no incident when the headline tells of thieves', () => {
    const text =
      'Thieves use a stolen ambulance to carry off televisions.\nLAGOS 2019-10-12\nPolice in Ibadan said on ' +
      'Saturday that two nurses had been arrested and the sets given back to the shop.';
    expect(incidents(text)).toEqual([]);
  });

  it('is no incident when the man held is deported', () => {
    const text =
      'Police in Lyon detained a Senegalese man in a raid on a hostel last week, and he was deported to Dakar on ' +
      'Monday after his appeal failed.';
    expect(incidents(text).map((i) => i.kind)).not.toContain('arrest');
  });

  it('is no incident when a street seller is held for trading without a permit', () => {
    const text = 'Police in Oslo detained a man dressed as a clown who sold balloons in the square without a permit.';
    expect(incidents(text)).toEqual([]);
  });

  it('leaves the arrest of a militant who was then deported an arrest', () => {
    const text = 'Police in Lyon arrested a suspected militant on Monday and said he would be deported to Algeria.';
    expect(incidents(text).map((i) => i.kind)).toContain('arrest');
  });

  it('leaves the arrest of militants an arrest even beside a word of ordinary crime', () => {
    const text = 'Police in Cairo arrested 12 suspected militants on Sunday who had paid for weapons with drug money.';
    expect(incidents(text).map((i) => i.kind)).toContain('arrest');
  });

  it('is no incident when a fishing boat is held for fishing offences', () => {
    const text =
      'Navy holds Spanish trawler .\nCORK 2019-10-12\nA Spanish trawler was under arrest on Saturday after the navy ' +
      'found it inside the fishing limits off the west coast , officials said .';
    expect(incidents(text).map((i) => i.kind)).not.toContain('arrest');
  });

  it('is no incident when a man is held for keeping a child labourer, however told after the headline', () => {
    const text =
      'Shopkeeper held for keeping child servant locked up .\nDHAKA 2019-10-12\nPolice arrested a shopkeeper on ' +
      'Friday after neighbours said he kept a girl of ten locked in a store room .\nThe man was detained at his ' +
      'home in the old city , police said .';
    expect(incidents(text)).toEqual([]);
  });

  it('leaves the arrest of pirates on a fishing boat an arrest', () => {
    const boat = (who: string) =>
      incidents(`Navy commandos arrested four ${who} on Saturday on a fishing boat off the coast of Mombasa .`);
    expect(boat('pirates').map((i) => i.kind)).toContain('arrest');
    expect(boat('men')).toEqual([]);
  });

  it('leaves an arrest for kidnapping an arrest under a headline of theft', () => {
    const text =
      'Car thief held over missing boy.\nBERLIN 2019-10-12\nPolice in Hamburg arrested a man on Saturday on ' +
      'suspicion of kidnapping a boy of six.';
    expect(incidents(text).map((i) => i.kind)).toContain('arrest');
  });
});

describe('a blast in a story that names no attack (incident/blast-story-without-attack)', () => {
  it('is no incident when nothing in the story names a bomb or an attacker', () => {
    const text =
      'Three die as guest house explodes.\nLEEDS 2019-10-12\nAn explosion flattened a guest house in Leeds on ' +
      'Saturday, killing three people, firefighters said. Gas engineers were checking the street.';
    expect(incidents(text).map((i) => i.kind)).not.toContain('explosion');
  });

  it('keeps a blast in a short story that tells of no mishap either', () => {
    const text =
      'Two explosions shook the centre of Cali overnight, wounding six people and damaging a bank, radio said.';
    expect(incidents(text).length).toBeGreaterThan(0);
  });

  it('keeps a blast whose story names the device', () => {
    const text =
      'An explosion wrecked a cafe in Leeds on Saturday, killing three people. Police said a bomb had been left ' +
      'under a table.';
    expect(incidents(text).length).toBeGreaterThan(0);
  });
});

describe('an act told only through the charges for it (dates/not-the-held-act, dates/charge-day-not-act-day)', () => {
  it('takes no day from the day the charges were dropped', () => {
    const text =
      'Charges dropped against former militia chief.\nKINGSTON 2019-10-11\nA former militia chief left a Kingston jail ' +
      'on Friday after charges of attempted murder were dropped, police said.\nA bar owner had accused him of ' +
      'trying to kill him during a quarrel.';
    const found = incidents(text);
    expect(found.length).toBe(1);
    expect(found[0]!.dateBasis).toBe('reported');
  });
});

describe('a crime named as a category in a list after a suspicion cue (incidents/charge-list)', () => {
  it('does not set the kind of the attack the article reports', () => {
    const text =
      'Armed men attacked an army patrol near Morelia on Friday, killing two soldiers, police said. A police chief ' +
      'said the attackers were criminals linked to cattle theft or kidnapping in the hills.';
    const found = incidents(text);
    expect(found.length).toBe(1);
    expect(found[0]!.kind).toBe('attack');
  });

  it('leaves a shooting a shooting when the gunmen are linked to a list of crimes', () => {
    const text =
      'Gunmen shot dead a shopkeeper in Leeds on Friday. Police said the gunmen were linked to drug trafficking and ' +
      'kidnapping.';
    expect(incidents(text).map((i) => i.kind)).toEqual(['shooting']);
  });
});

describe('an act the text asks about ("whether … had been kidnapped")', () => {
  it('is no incident', () => {
    const text =
      'Two students missing since Thursday were found unharmed in Liege on Saturday, police said. A police officer ' +
      'declined to say whether the students had been kidnapped or had left of their own accord.';
    expect(incidents(text)).toEqual([]);
  });
});

describe('an attack named as what a response answered (incidents/motive-phrase-place)', () => {
  it('is the attack the article told, not one where the response was', () => {
    const text =
      'NAIROBI 2019-10-12\nRebels attacked the town of Garissa on Saturday, killing four policemen, officials said.\n' +
      'The gunmen fled into the bush, a police spokesman said.\nThe government deployed two battalions in the port ' +
      'of Mombasa in response to the rebel attacks.';
    const found = incidents(text);
    expect(found.length).toBe(1);
    expect(found[0]!.place).toBe('Garissa');
  });

  it('takes no place of the response in the lede either', () => {
    const text =
      'NAIROBI 2019-10-12\nRebels attacked the town of Garissa on Saturday, killing four policemen, officials said.\n' +
      'The government moved two battalions to the port of Mombasa in response to the rebel attacks.';
    expect(incidents(text).map((i) => i.place)).not.toContain('Mombasa');
  });
});

describe('an arrest the lede sums up and a later sentence details (incidents/only-response-named-later)', () => {
  const lede =
    'LISBON 2019-10-15\nPortuguese police have arrested a German tourist for smuggling weapons, a police spokesman ' +
    'said on Tuesday.\n';

  it('is one arrest, with the day and town the detail gives', () => {
    const found = run({
      text: lede + 'Karl Weber, 41, was arrested on Sunday at a hotel in Faro, the spokesman said.',
      published: '2019-10-15',
    }).filter((e): e is IncidentEntity => e.type === 'incident');
    expect(found.length).toBe(1);
    expect(found[0]!.place).toBe('Faro');
    expect(found[0]!.date).toBe('2019-10-13');
  });

  it('stays two arrests when the text sets the second apart', () => {
    const found = run({
      text: lede + 'In a separate case, Karl Weber, 41, was arrested on Sunday at a hotel in Faro, the spokesman said.',
      published: '2019-10-15',
    }).filter((e): e is IncidentEntity => e.type === 'incident');
    expect(found.length).toBe(2);
  });
});

describe('cattle in a livestock market report', () => {
  it('is no mass killing', () => {
    expect(
      incidents(
        'Hide and offal prices for a typical slaughter steer rose five cents on Thursday in Omaha, the agriculture ' +
          'department said.',
      ),
    ).toEqual([]);
  });
});

describe('a soldier captured in a war (incident/prisoner-of-war)', () => {
  it('is no arrest', () => {
    expect(
      incidents('Chen, a former soldier, was captured during the Korean War and spent 30 years in a camp in Pusan.'),
    ).toEqual([]);
  });

  it('leaves a capture in the fighting of the day an arrest', () => {
    const found = incidents(
      'Two rebel commanders were captured during the fighting near Jaffna on Monday, the army said.',
    );
    expect(found.map((i) => i.kind)).toEqual(['arrest']);
  });
});

describe('an event its own phrase sets in a month (dates/own-period-over-lede-day)', () => {
  it('takes no day of the lede outside that month', () => {
    const text =
      'Jane Roe\nTRIPOLI 2019-10-11\nLibyans are decorating their capital Tripoli for celebrations on Sunday of the ' +
      'tenth anniversary of the revolution.\nBanners on the road to the airport praise the leader.\nAt least 20 ' +
      'people were killed in the capital in early September after guards fired on football fans.';
    const found = run({ text, published: undefined }).filter((e): e is IncidentEntity => e.type === 'incident');
    expect(found.length).toBe(1);
    expect(found[0]!.date).toBeNull();
    expect(found[0]!.datePeriod).toBe('2019-09');
  });
});
