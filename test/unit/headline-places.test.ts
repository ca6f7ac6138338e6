// Rule headline/places-as-context: the headline's known places are country context for the text's unknown towns;
// rule headline/country-in-title: a country only the title names is a place of the article.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Resources } from '../../src/extract/resources.js';
import type { Entity, PlaceEntity } from '../../src/extract/types.js';
import { prepareArticleWrite } from '../../src/ingest/prepare.js';
import { res, withoutRules } from '../helpers/resources.js';

const placeOf = (title: string | undefined, text: string, name: string) => {
  const out = extract({ text, ...(title ? { title } : {}) }, res);
  const e = out.entities.find((x: Entity) => x.type === 'place' && x.name === name);
  return e && e.type === 'place' ? e.country : undefined;
};

describe('headline/places-as-context', () => {
  const body = 'Gunmen killed five villagers in Kassoumbara on Sunday, officials said.';
  it('places an unknown town of the text in the country the headline names (sentence case)', () => {
    expect(placeOf(undefined, body, 'Kassoumbara')).toBeNull();
    expect(placeOf('Gunmen kill five in central Mali', body, 'Kassoumbara')).toBe('ML');
  });
  it('reads a Title Case headline and a region written with its country', () => {
    expect(placeOf('Gunmen Kill Five In Central Mali', body, 'Kassoumbara')).toBe('ML');
    const text = 'A roadside bomb killed four policemen near Darazinda on Tuesday, police said.';
    expect(placeOf("Bomb blast kills four in Pakistan's Khyber Pakhtunkhwa", text, 'Darazinda')).toBe('PK');
  });
  it('gives nothing for a headline of unknown capitalised words', () => {
    expect(placeOf('Gunmen Kill Five In Kessaba Raid', body, 'Kassoumbara')).toBeNull();
  });
  it('takes no name with namesakes abroad or inside a longer name', () => {
    const text = 'A student was shot in Wendlebury Heights on Friday, police said.';
    expect(placeOf('Georgia Southern student shot on campus', text, 'Wendlebury Heights')).not.toBe('GE');
  });
  it('is one vote: the text naming another country keeps it', () => {
    const text = 'In Nigeria, gunmen killed five villagers in Kassoumbara on Sunday, officials in Abuja said.';
    expect(placeOf('Gunmen kill five in central Mali', text, 'Kassoumbara')).toBe('NG');
  });
});

describe('headline/country-in-title: a country only the title names is a place of the article', () => {
  const body = 'Gunmen on motorbikes killed twenty people in raids on two villages near the border on Sunday.';
  const places = (title: string, text: string, r: Resources = res) =>
    extract({ title, text, published: '2025-03-02' }, r).entities.filter((e): e is PlaceEntity => e.type === 'place');

  it('the country, with the title span as its evidence and no mention in the text', () => {
    const title = 'Mali: gunmen kill 20 in raid on villages - Wire';
    const [mali, ...rest] = places(title, body);
    expect(rest).toEqual([]);
    expect(mali).toMatchObject({ key: 'place:country:ML', name: 'Mali', placeKind: 'country', country: 'ML' });
    expect(mali?.mentions).toEqual([]);
    expect(mali?.titleMentions).toEqual([{ field: 'title', start: 0, end: 4, text: 'Mali' }]);
    expect(title.slice(0, 4)).toBe('Mali');
  });

  it('the ingest keeps it: the title span is its provenance', () => {
    const title = 'Mali: gunmen kill 20 in raid on villages';
    const result = extract({ title, text: body, published: '2025-03-02' }, res);
    const w = prepareArticleWrite(
      { title, text: body, published: '2025-03-02', source: 'Wire', url: null, origin: { file: 'f.txt', item: 0 } },
      { id: 'a_mali', text: body, contentHash: 'h' },
      result,
    );
    expect(w.entities.place.map((p) => p.key)).toContain('place:country:ML');
    expect(w.articleMentions).toContainEqual({ key: 'place:country:ML', count: 0, title: [0, 4] });
  });

  it('a country the text writes keeps its own entity, with the title mention added', () => {
    const mali = places('Mali: gunmen kill 20 in raid on villages', `In Mali, ${body.toLowerCase()}`);
    expect(mali.filter((p) => p.key === 'place:country:ML')).toHaveLength(1);
    expect(mali[0]?.mentions.length).toBe(1);
  });

  it('no other reading: a town, a region or a name that is also something else is no country from the title', () => {
    expect(places('Gunmen kill five in central Mali', body).map((p) => p.name)).toEqual(['Mali']);
    expect(places('Georgia Southern student shot on campus', body)).toEqual([]);
    expect(places('Gunmen Kill Five In Kessaba Raid', body)).toEqual([]);
  });

  it('switched off (KG_DISABLE_RULES=headline/country-in-title), the title gives no entity', () => {
    expect(places('Mali: gunmen kill 20 in raid on villages', body, withoutRules('headline/country-in-title'))).toEqual(
      [],
    );
  });
});

describe('headline/city-in-title: a well-known city or province only the title names is a place of the article', () => {
  const body = 'Three police officers were shot dead at a checkpoint on Monday, officials said.';
  const read = (title: string, r: Resources = res) => extract({ title, text: body, published: '2025-03-03' }, r);
  const placesOf = (out: ReturnType<typeof extract>) =>
    out.entities.filter((e): e is PlaceEntity => e.type === 'place');
  const incidentOf = (out: ReturnType<typeof extract>) => out.entities.find((e) => e.type === 'incident');

  it('the city, located in its country, with the title span as evidence; the unplaced incident takes it', () => {
    const out = read('Gunmen kill three police officers in Peshawar');
    const [city, ...rest] = placesOf(out);
    expect(rest).toEqual([]);
    expect(city).toMatchObject({ name: 'Peshawar', country: 'PK', ambiguous: false });
    expect(city?.lat).not.toBeNull();
    expect(city?.mentions).toEqual([]);
    expect(city?.titleMentions?.map((m) => m.text)).toEqual(['Peshawar']);
    const incident = incidentOf(out);
    expect(incident && incident.type === 'incident' && incident.placeId).toBe(city?.id);
    expect(incident?.name).toContain('Peshawar');
  });

  it('no name with a namesake abroad, no unknown word, nothing when switched off', () => {
    expect(placesOf(read('Gunmen kill three police officers in Birmingham'))).toEqual([]);
    expect(placesOf(read('Gunmen kill three police officers in Kessaba'))).toEqual([]);
    const off = withoutRules('headline/city-in-title');
    expect(placesOf(read('Gunmen kill three police officers in Peshawar', off))).toEqual([]);
  });
});

describe('mentions/title-without-capitals-read-in-capitals', () => {
  const body = 'Three police officers were shot dead at a checkpoint on Monday, officials said.';
  const title = 'gunmen kill three police officers in peshawar';

  it('reads a title typed without capitals as capitals, and shows its mentions as written', () => {
    const out = extract({ title, text: body, published: '2025-03-03' }, res);
    const city = out.entities.find((e) => e.type === 'place');
    expect(city).toMatchObject({ name: 'Peshawar', country: 'PK' });
    expect(city?.titleMentions).toEqual([{ field: 'title', start: 37, end: 45, text: 'peshawar' }]);
    expect(title.slice(37, 45)).toBe('peshawar');
    expect(out.warnings?.join(' ')).toMatch(/title.*without capital letters/u);
  });

  it('switched off, the title without capitals names nothing', () => {
    const off = withoutRules('mentions/title-without-capitals-read-in-capitals');
    expect(
      extract({ title, text: body, published: '2025-03-03' }, off).entities.filter((e) => e.type === 'place'),
    ).toEqual([]);
  });
});
