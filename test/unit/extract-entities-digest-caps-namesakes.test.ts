// Three things an analyst saw go wrong: a press digest's newspaper headings typed as places, a capitals headline
// read as one long junk "place", and every bare surname dropped when two relatives share it. Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity } from '../../src/extract/types.js';

const NAMED = new Set(['person', 'organization', 'place']);
const nodes = (text: string) => extract({ text }, res).entities.filter((e) => NAMED.has(e.type));
const find = (es: Entity[], name: string) =>
  es.filter((e) => e.type !== 'incident' && e.mentions.some((m) => m.text === name));

describe('press digest headings', () => {
  const digest = [
    'PRESS DIGEST - Morocco - Feb 3.',
    'RABAT 2031-02-03',
    'These are the leading stories in the Moroccan press on Monday.',
    'LE MATIN',
    '- The port of Tangier will add two container berths next year.',
    '- Farmers expect a better olive harvest after the rains.',
    'AL BAYANE',
    '- Parliament opens its spring session on Tuesday.',
  ].join('\n');

  it('each capitalised line heading dash-led stories is the newspaper, an organisation', () => {
    const es = nodes(digest);
    expect(find(es, 'LE MATIN').map((e) => e.type)).toEqual(['organization']);
    expect(find(es, 'AL BAYANE').map((e) => e.type)).toEqual(['organization']);
    expect(find(es, 'Tangier').map((e) => e.type)).toEqual(['place']);
  });

  it('one capitalised line before a dash list is not a digest', () => {
    const es = nodes(
      'The council met on Monday.\nNEW LIBRARY HOURS\n- The reading room opens at nine.\n- Loans last three weeks.',
    );
    expect(find(es, 'NEW LIBRARY HOURS').filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('a headline in capitals', () => {
  it('a span run over prepositions and verbs is cut there, keeping the known place', () => {
    const es = nodes(
      'OFFICIALS SAY GUNMAN SHOT TWO AT STATION IN DENVER.\nOfficers were called at noon, a spokesman said.',
    );
    const texts = es.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts.some((t) => /\b(?:SAY|AT|IN)\b/.test(t))).toBe(false);
    expect(find(es, 'DENVER').map((e) => e.type)).toEqual(['place']);
  });
});

describe('a surname two people in the article share', () => {
  it('alone, it is the namesake introduced with an office, not the relative named by given name', () => {
    const es = nodes(
      'Finnish President Aarno Kettunen visited his wife Liisa Kettunen in hospital on Sunday. ' +
        'Liisa Kettunen had surgery last week. Kettunen told reporters she was recovering well. ' +
        'Kettunen returns to Helsinki on Monday.',
    );
    const president = es.find((e) => e.type === 'person' && e.name === 'Aarno Kettunen');
    expect(president?.mentions.filter((m) => m.text === 'Kettunen').length).toBe(2);
    const wife = es.find((e) => e.type === 'person' && e.name === 'Liisa Kettunen');
    expect(wife?.mentions.some((m) => m.text === 'Kettunen')).toBe(false);
  });

  it('alone, it is the person the article is about, not the relative it introduces by a given name', () => {
    const es = nodes(
      'Investigators said Karim Haddad had bought the chemicals in March. The review also looked at how Haddad and ' +
        'his younger brother Samir were radicalised. Haddad flew to Tunis a week before the attack.',
    );
    const haddad = es.find((e) => e.type === 'person' && e.name === 'Karim Haddad');
    expect(haddad?.mentions.filter((m) => m.text === 'Haddad').length).toBe(2);
    const brother = es.find((e) => e.type === 'person' && e.name === 'Samir Haddad');
    expect(brother?.mentions.map((m) => m.text)).toEqual(['Samir']);
  });

  it('with no office to tell them apart, the bare surname still joins no one', () => {
    const es = nodes(
      'Brothers Tomas Varga and Pavel Varga were arrested in Brno on Friday. Varga was released on bail.',
    );
    const joined = es.filter((e) => e.type === 'person' && e.mentions.some((m) => m.text === 'Varga'));
    expect(joined).toEqual([]);
  });
});

describe('pieces of a person the tagger typed as something else', () => {
  it('a surname written again without its Arabic article is the same person', () => {
    const es = nodes(
      'Al-Qaida deputy Ayman al-Masri has threatened new attacks. The Egyptian-born Masri issued the threat in a ' +
        'videotaped message. Masri warned of new events. Masri stressed that Western leaders should be tried.',
    );
    const person = es.find((e) => e.type === 'person' && e.name === 'Ayman al-Masri');
    expect(person?.mentions.filter((m) => m.text === 'Masri').length).toBe(3);
    expect(find(es, 'Masri').map((e) => e.type)).toEqual(['person']);
  });

  it('a rank joined by a hyphen is a title, and the name after it a person', () => {
    const es = nodes('Brigadier-General Tevita Lomu says insurgents will use the holiday to attack.');
    expect(es.filter((e) => e.type !== 'person')).toEqual([]);
    expect(es.some((e) => e.type === 'person' && e.name === 'Tevita Lomu')).toBe(true);
  });

  it("a name after a news outlet's possessive is its reporter, unless it names a programme", () => {
    const es = nodes(
      "VOA's Jun Tanaka found camps that help children. The minister later told NBC's Today Show that talks would resume.",
    );
    expect(find(es, 'Jun Tanaka').map((e) => e.type)).toEqual(['person']);
    expect(find(es, 'Today Show').filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a given name, a quoted nickname and a surname are one person', () => {
    const es = nodes(
      'Boxer Ramon "The Hammer" Quintero defended his title on Saturday. Quintero won on points in Tijuana.',
    );
    const people = es.filter((e) => e.type === 'person');
    expect(people.length).toBe(1);
    expect(people[0]!.mentions.map((m) => m.text)).toContain('Quintero');
    expect(find(es, 'Ramon').filter((e) => e.type !== 'person')).toEqual([]);
  });
});

describe('bodies the tagger read as descriptors, and descriptors it read as names', () => {
  it('a name opening with a nationality and ending in a body head word, or ending in a company suffix, is a body', () => {
    const es = nodes(
      'A spokesman of the Iraqi National Congress said the shelling went on. The Dow Chemical Co will invest $4 billion.',
    );
    expect(find(es, 'Iraqi National Congress').map((e) => e.type)).toEqual(['organization']);
    expect(find(es, 'Dow Chemical Co').map((e) => e.type)).toEqual(['organization']);
  });

  it('a firm whose name ends in a regional adjective stays when an acronym opens it', () => {
    const es = nodes('CITIC Pacific is a major conglomerate. Central Asian migrants crossed the border.');
    expect(find(es, 'CITIC Pacific').map((e) => e.type)).toEqual(['organization']);
    expect(find(es, 'Central Asian')).toEqual([]);
  });

  it('a name hyphenated to a participle is an adjective, not a mention', () => {
    const es = nodes(
      'Talks resumed with U.S.-led forces on Monday. CITIC Pacific is a major Hong Kong-listed company. Kim Jong-il met envoys.',
    );
    const texts = es.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts).not.toContain('U.S.');
    expect(texts.some((t) => t.endsWith('-listed'))).toBe(false);
    expect(find(es, 'Kim Jong-il').map((e) => e.type)).toEqual(['person']);
  });
});

describe('a town named with its country', () => {
  it('a lone word before a comma and a country that ends the clause is a place, not a person or a body', () => {
    const es = nodes(
      'Two men are accused of the 1988 bombing of a passenger flight over Kirkmuir, Scotland. ' +
        "Walsh, England's captain, scored twice on Sunday.",
    );
    expect(find(es, 'Kirkmuir').map((e) => e.type)).toEqual(['place']);
    expect(find(es, 'Walsh').filter((e) => e.type === 'place')).toEqual([]);
  });
});
