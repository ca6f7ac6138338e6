import { describe, expect, it } from 'vitest';
import { makeDoc, splitSentences } from '../../src/extract/document.js';
import { findEntities, type NamedEntity } from '../../src/extract/entities.js';
import { tokenize } from '../../src/extract/tokens.js';
import type { OrganizationEntity, PersonEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const run = (text: string) => findEntities(makeDoc({ text }, res));
const byName = (es: NamedEntity[], name: string) => es.find((e) => e.name === name || e.aliases.includes(name));

function expectOffsetsValid(text: string, es: NamedEntity[]) {
  const sentences = splitSentences(res.words, text);
  for (const e of es) {
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const s = sentences[m.sentence]!;
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
  }
}

describe('tokenize', () => {
  it('keeps abbreviations and initials whole and splits possessives, with offsets', () => {
    const text = "Mr. Parker's U.S. visit (P. Simmons) ended.";
    const toks = tokenize(res.words, text);
    expect(toks.map((t) => t.text)).toEqual([
      'Mr.',
      'Parker',
      "'s",
      'U.S.',
      'visit',
      '(',
      'P.',
      'Simmons',
      ')',
      'ended',
      '.',
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it('does not split after titles or acronyms, and treats a dateline line as its own sentence', () => {
    const text = 'LONDON 1996-08-30\nMr. Smith met Dr. Jones in the U.S. capital. He left on Friday.';
    const s = splitSentences(res.words, text);
    expect(s.map((x) => x.text)).toEqual([
      'LONDON 1996-08-30',
      'Mr. Smith met Dr. Jones in the U.S. capital.',
      'He left on Friday.',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('cuts a run with no sentence ends into bounded pieces', () => {
    const text = 'word '.repeat(3000);
    const s = splitSentences(res.words, text);
    expect(s.length).toBeGreaterThan(5);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(2000);
  });
});

describe('findEntities', () => {
  const article = [
    'Speaking at the Royal United Services Institute (RUSI), Andrew Parker, the Director General of MI5, said the Security Service had stopped three plots.',
    'Mr Parker said the Islamic State of Iraq and the Levant (ISIL) was recruiting in Britain and across the UK.',
    'Fighters of Islamic State, also known as Daesh, travelled to Syria, he told the BBC.',
  ].join('\n\n');
  const es = run(article);

  it('gives mentions whose offsets slice the input', () => {
    expectOffsetsValid(article, es);
  });

  it('merges an honorific surname into the full name and strips titles into roles', () => {
    const people = es.filter((e): e is PersonEntity => e.type === 'person');
    expect(people).toHaveLength(1);
    const p = people[0]!;
    expect(p.name).toBe('Andrew Parker');
    expect(p.key).toBe('person:andrew parker');
    expect(p.mentions.map((m) => m.text)).toEqual(['Andrew Parker', 'Parker']);
    expect(p.roles).toEqual(expect.arrayContaining(['Director General', 'Mr']));
    expect(p.merges?.join(' ')).toMatch(/Parker/);
  });

  it('resolves aliases of known organisations to one keyed entity each', () => {
    const isil = es.filter((e) => e.key === 'org:known:isil') as OrganizationEntity[];
    expect(isil).toHaveLength(1);
    expect(isil[0]!.kind).toBe('armed_group');
    expect(isil[0]!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['ISIL', 'Islamic State', 'Daesh']));
    const mi5 = es.find((e) => e.key === 'org:known:mi5') as OrganizationEntity;
    expect(mi5.kind).toBe('agency');
    expect(mi5.country).toBe('GB');
    expect(mi5.aliases).toContain('Security Service');
    const rusi = es.filter((e) => e.key === 'org:known:rusi');
    expect(rusi).toHaveLength(1);
    expect(rusi[0]!.mentions.map((m) => m.text)).toEqual(['Royal United Services Institute', 'RUSI']);
    expect((byName(es, 'BBC') as OrganizationEntity).kind).toBe('media');
  });

  it('makes Britain and the UK one place with a country code and coordinates', () => {
    const gb = es.filter((e) => e.key === 'place:country:GB') as PlaceEntity[];
    expect(gb).toHaveLength(1);
    expect(gb[0]!.name).toBe('United Kingdom');
    expect(gb[0]!.aliases).toEqual(expect.arrayContaining(['Britain', 'UK']));
    expect(gb[0]!.merges?.length).toBeGreaterThan(0);
    expect(gb[0]!.lat).not.toBeNull();
    expect((byName(es, 'Syria') as PlaceEntity).country).toBe('SY');
  });

  it('merges an acronym given in brackets into an unknown organisation', () => {
    const text =
      'The Kenya Wildlife Protection Agency (KWPA) said on Monday it had arrested two men. A KWPA spokesman declined to comment.';
    const orgs = run(text).filter((e) => e.type === 'organization');
    const kwpa = orgs.find((o) => o.aliases.includes('KWPA') || o.name === 'KWPA');
    expect(kwpa).toBeDefined();
    expect(kwpa!.mentions.length).toBe(3);
    expect(kwpa!.merges?.some((m) => m.includes('brackets'))).toBe(true);
  });

  it('does not treat nationalities as places', () => {
    const es2 = run('Iraqi officials said British troops had left Basra.');
    expect(es2.some((e) => e.type === 'place' && /Iraqi|British/.test(e.name))).toBe(false);
    expect(es2.find((e) => e.type === 'place' && e.name === 'Basra')).toBeDefined();
  });

  it('geocodes a city from the countries the article mentions, else flags it ambiguous', () => {
    const inEngland = run('Police in Birmingham, England, arrested a man.').find(
      (e) => e.type === 'place' && e.name === 'Birmingham',
    ) as PlaceEntity;
    expect(inEngland.country).toBe('GB');
    expect(inEngland.ambiguous).toBe(false);
    expect(inEngland.key).toMatch(/^place:geo:\d+$/);
    const alone = run('Police in Birmingham arrested a man on Friday.').find(
      (e) => e.type === 'place' && e.name === 'Birmingham',
    ) as PlaceEntity;
    expect(alone.ambiguous).toBe(true);
    const inUS = run('Police in Birmingham arrested a man, United States officials said.').find(
      (e) => e.type === 'place' && e.name === 'Birmingham',
    ) as PlaceEntity;
    expect(inUS.country).toBe('US');
  });

  it('finds and geocodes states and provinces from the subdivision list, but a city of the same name stays the city', () => {
    const es4 = run('Floods hit southern Karnataka on Monday, and police in Baghdad said two people died.');
    const ka = es4.find((e) => e.type === 'place' && e.name === 'Karnataka') as PlaceEntity;
    expect(ka.country).toBe('IN');
    expect(ka.key).toBe('place:region:sub-IN-KA');
    expect(ka.lat).not.toBeNull();
    const bg = es4.find((e) => e.type === 'place' && e.name === 'Baghdad') as PlaceEntity;
    expect(bg.key).toMatch(/^place:geo:\d+$/);
    // a state named like its big city ("New York" / New York City) is the city
    const ny = run('Police in New York said a man was held.').find(
      (e) => e.type === 'place' && e.name === 'New York',
    ) as PlaceEntity;
    expect(ny.placeKind).toBe('city');
  });

  it('keeps a small town the text calls a town as that town, not a part of the dateline city', () => {
    const place = (text: string) => run(text).find((e) => e.name === 'Aberystwyth') as PlaceEntity;
    const called = place('LONDON — Police were called to a flat in the town of Aberystwyth on Friday.');
    expect(called).toMatchObject({ placeKind: 'city', country: 'GB', admin1: 'Wales' });
    expect(called.lat).toBeCloseTo(52.4, 0);
    // bare under a provincial city's dateline too: a bureau there writes its region's towns bare, and a town the
    // gazetteer places far beyond the city's metropolitan radius is that town, no quarter of the city
    expect(place('MANCHESTER — Police were called to a flat in Aberystwyth on Friday.')).toMatchObject({
      placeKind: 'city',
      admin1: 'Wales',
    });
    // a capital's dateline is a national wire's, which writes the country's towns bare (entities/capital-wire-names-towns)
    expect(place('LONDON — Police were called to a flat in Aberystwyth on Friday.')).toMatchObject({
      placeKind: 'city',
      admin1: 'Wales',
    });
    // listed beside cities, it is their peer: a town of its own
    const listed = place('LONDON — Police raided flats in London and Aberystwyth on Friday.');
    expect(listed).toMatchObject({ placeKind: 'city', admin1: 'Wales' });
    expect(listed.lat).toBeCloseTo(52.4, 0);
  });

  it('reads two towns joined by "and" as two places, not one body', () => {
    const es = run('LONDON — Police were called to flats in Cardiff, Aberystwyth and Swansea on Friday.');
    expect(es.filter((e) => e.type === 'organization')).toEqual([]);
    const places = es.filter((e): e is PlaceEntity => e.type === 'place');
    expect(places.map((p) => [p.name, p.admin1])).toEqual(
      expect.arrayContaining([
        ['Aberystwyth', 'Wales'],
        ['Swansea', 'Wales'],
      ]),
    );
  });

  it('locates a part of a city written as "the X area of" the city', () => {
    const es = run('A car bomb went off in the Karrada district of Baghdad on Sunday.');
    const part = es.find((e) => e.name === 'Karrada') as PlaceEntity;
    expect(part).toMatchObject({ country: 'IQ' });
    expect(part.merges?.some((m) => m.includes('Baghdad'))).toBe(true);
  });

  it('locates a part of "the capital" in the capital of the article\'s country (entities/part-of-the-capital)', () => {
    const es = run(
      'Police in Kenya said a grenade was thrown at a bus stop in Nairobi on Monday. A second blast hit a house in the Kivaru district of the capital.',
    );
    const part = es.find((e) => e.name === 'Kivaru') as PlaceEntity;
    expect(part).toMatchObject({ country: 'KE' });
    expect(part.merges?.some((m) => m.includes('Nairobi'))).toBe(true);
  });

  it('with no country in the article, "the capital" locates nothing', () => {
    const es = run('A second blast hit a house in the Kivaru district of the capital.');
    const part = es.find((e) => e.name === 'Kivaru') as PlaceEntity | undefined;
    expect(part?.merges?.some((m) => m.startsWith('located')) ?? false).toBe(false);
  });

  it('locates a place the gazetteer does not know by the known place written after it, but not inside a list', () => {
    const es5 = run(
      'A soldier was attacked on a street in Plumstead Common, south-east London, on Wednesday. Troops left Qalqiliya, Nablus and Jenin.',
    );
    const pc = es5.find((e) => e.type === 'place' && e.name === 'Plumstead Common') as PlaceEntity;
    expect(pc.country).toBe('GB');
    expect(pc.lat).not.toBeNull();
    expect(pc.merges?.some((m) => m.includes('London'))).toBe(true);
    const arena = run('A bomb went off at Leeds Arena late on Friday.').find(
      (e) => e.type === 'place' && e.name === 'Leeds Arena',
    ) as PlaceEntity;
    expect(arena.placeKind).toBe('site');
    expect(arena.country).toBe('GB');
    expect(arena.merges?.some((m) => m.includes('named after the city'))).toBe(true);
    const q = es5.find((e) => e.type === 'place' && e.name === 'Qalqiliya') as PlaceEntity | undefined;
    if (q) expect(q.merges?.some((m) => m.startsWith('located')) ?? false).toBe(false);
  });

  it('prefers a same-named city in a neighbour of a country the article mentions over a larger one far away', () => {
    const es6 = run('Soldiers from Israel entered Bethlehem overnight.');
    const b = es6.find((e) => e.type === 'place' && e.name === 'Bethlehem') as PlaceEntity;
    expect(b.country).toBe('PS');
    // a capital beats a namesake in a neighbour of the country the article is about
    const l = run('LONDON — Officials in the United States said the suspect had travelled widely.').find(
      (e) => e.type === 'place' && e.name === 'London',
    ) as PlaceEntity;
    expect(l.country).toBe('GB');
  });

  it('never keys a person by a bare surname', () => {
    const p = run('Smith said the attack was planned.').find((e) => e.type === 'person');
    if (p) expect(p.key).not.toBe('person:smith');
    const a = run('Smith said it was over.').find((e) => e.type === 'person');
    const b = run('Smith denied everything yesterday.').find((e) => e.type === 'person');
    if (a && b) expect(a.key).not.toBe(b.key);
  });

  it('reads an all-caps headline and a Reuters dateline', () => {
    const text =
      'NATO WARNS TALIBAN AFTER KABUL BLAST\nKABUL 1996-08-30\nA bomb exploded near the Interior Ministry in Kabul on Friday, police said.';
    const es3 = run(text);
    expectOffsetsValid(text, es3);
    const kabul = es3.find((e) => e.type === 'place' && e.name === 'Kabul') as PlaceEntity;
    expect(kabul.country).toBe('AF');
    expect(kabul.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['KABUL', 'Kabul']));
    expect(es3.find((e) => e.key === 'org:known:taliban')).toBeDefined();
  });

  it('finds "the West" as a place but not the West Bank as it', () => {
    const es4 = run('The group wants attacks in the West. Settlers in the West Bank protested.');
    const west = es4.find((e) => e.key === 'place:region:the-west');
    expect(west?.mentions).toHaveLength(1);
    expect(es4.find((e) => e.key === 'place:region:west-bank')).toBeDefined();
  });

  it('returns nothing for empty or blank text', () => {
    expect(run('')).toEqual([]);
    expect(run('  \n\t ')).toEqual([]);
  });
});

describe('findEntities: names and titles', () => {
  it('splits "Body Title Name" into an organisation and a person with the role', () => {
    const text = 'Federal Reserve Chairman Paul Volcker said rates would stay high.';
    const es = run(text);
    expectOffsetsValid(text, es);
    const p = es.find((e) => e.type === 'person') as PersonEntity;
    expect(p.name).toBe('Paul Volcker');
    expect(p.roles).toContain('Chairman');
    expect(es.find((e) => e.type === 'organization' && e.mentions[0]!.text === 'Federal Reserve')).toBeDefined();
  });

  it('keeps a title word inside a full name after a given name as part of the name (rule body-role-person)', () => {
    const text = 'Former president Sharif Sheikh Ahmed met elders in Baidoa, and Hassan Sheikh Mohamud spoke later.';
    const es = run(text);
    expectOffsetsValid(text, es);
    const people = es.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Sharif Sheikh Ahmed', 'Hassan Sheikh Mohamud']));
    expect(es.filter((e) => e.type === 'organization').map((e) => e.name)).not.toContain('Sharif');
  });

  it('reads a name after an honorific as a person and keeps the common English spelling of a city', () => {
    const es = run('Mr. Bush met British commanders who had left Basra on Monday.');
    const bush = es.find((e) => e.mentions.some((m) => m.text === 'Bush'));
    expect(bush?.type).toBe('person');
    const basra = es.find((e) => e.type === 'place' && e.name === 'Basra') as PlaceEntity;
    expect(basra.country).toBe('IQ');
    expect(basra.key).toMatch(/^place:geo:/);
  });
});

describe('findEntities: person or place', () => {
  it('keeps a place that is not part of a person name, and a surname that is', () => {
    const a = run('Police in Greater Manchester said the blast in Manchester killed 22.');
    expect(a.every((e) => e.type === 'place')).toBe(true);
    expect((a.find((e) => e.name === 'Manchester') as PlaceEntity).country).toBe('GB');
    const b = run('Michael Jordan played well. Jordan scored 30 points.');
    const jordan = b.filter((e) => e.mentions.some((m) => m.text === 'Jordan'));
    expect(jordan).toHaveLength(1);
    expect(jordan[0]!.type).toBe('person');
    expect(jordan[0]!.key).toBe('person:michael jordan');
  });
});
