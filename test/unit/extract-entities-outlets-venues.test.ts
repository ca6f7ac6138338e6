import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Entity } from '../../src/extract/types.js';
import { bylineRange, outletNames } from '../../src/news/conventions.js';
import { res } from '../helpers/resources.js';

const named = (es: Entity[], name: string) =>
  es.filter((e) => e.type !== 'incident' && (e.name === name || e.aliases.includes(name)));

describe('outlets', () => {
  it('a name in brackets after a dateline is the article outlet, never an entity; the dateline place is a place', () => {
    const r = extract(
      { text: 'LEEDS, England (Riverside Gazette) - Two men were arrested after a car hit a crowd outside a pub.' },
      res,
    );
    expect(named(r.entities, 'Riverside Gazette')).toHaveLength(0);
    expect(r.article).toMatchObject({ outlet: 'Riverside Gazette', dateline: 'LEEDS' });
    expect(named(r.entities, 'Leeds')[0]?.type ?? named(r.entities, 'LEEDS')[0]?.type).toBe('place');
    expect(r.entities.some((e) => e.type === 'person' || e.type === 'organization')).toBe(false);
  });

  it('a dated dateline with notes after the outlet keeps only the outlet name', () => {
    expect(outletNames('OSLO, 3 March 2021 (Fjord Telegraph, from wire reports) - Police said...')).toEqual([
      'Fjord Telegraph',
    ]);
  });

  it('the article source is the outlet wherever it is named in the text, and no entity; a credited agency is kept as a credit', () => {
    const r = extract(
      {
        text: 'Officers told the Lakeside Beacon that the suspect had been watched. A Lakeside Beacon reporter saw the arrest.',
        source: 'The Lakeside Beacon',
      },
      res,
    );
    expect(named(r.entities, 'Lakeside Beacon')).toHaveLength(0);
    expect(r.article?.outlet).toBe('Lakeside Beacon');
    const credited = extract(
      { text: 'OSLO (Fjord Telegraph, from wire reports) - Police said two men were held.', source: 'Harbour Daily' },
      res,
    );
    expect(credited.article).toMatchObject({ outlet: 'Harbour Daily', credits: ['Fjord Telegraph', 'wire reports'] });
    expect(named(credited.entities, 'Fjord Telegraph')).toHaveLength(0);
  });

  it('a byline author is not an entity; a sentence opening with "By" is not a byline', () => {
    const text = 'By Henrietta Villanueva, Security Correspondent\nPolice in Glasgow arrested two men on Friday.';
    expect(bylineRange(res.words, text)).toEqual({ start: 0, end: text.indexOf('\n') });
    const r = extract({ text }, res);
    expect(named(r.entities, 'Henrietta Villanueva')).toHaveLength(0);
    expect(bylineRange(res.words, 'By Friday evening hundreds of people had gathered in the square.')).toBeNull();
  });

  it('a staff byline ("By our Asia staff") is the byline: its region is no mention of the article', () => {
    const text = 'By our Asia staff · 3 May 2021\n\nPolice in Jakarta arrested two men on Friday.';
    expect(bylineRange(res.words, text)).toEqual({ start: 0, end: text.indexOf('\n') });
    const r = extract({ text }, res);
    expect(named(r.entities, 'Asia')).toHaveLength(0);
    expect(named(r.entities, 'Jakarta')).toHaveLength(1);
  });
});

describe('venues', () => {
  const placeKindOf = (text: string, name: string) => {
    const e = named(extract({ text }, res).entities, name);
    expect(e).toHaveLength(1);
    return e[0]!.type === 'place' ? e[0]!.placeKind : e[0]!.type;
  };

  it('names ending in a venue head word are sites', () => {
    expect(placeKindOf('A device went off at Kingsmead Arena late on Sunday.', 'Kingsmead Arena')).toBe('site');
    expect(placeKindOf('Witnesses ran across Harbourside Bridge as the van drove on.', 'Harbourside Bridge')).toBe(
      'site',
    );
    expect(placeKindOf('Stalls at Corn Exchange Market were closed for the day.', 'Corn Exchange Market')).toBe('site');
    expect(placeKindOf('Worshippers left Al Huda Mosque after the shots.', 'Al Huda Mosque')).toBe('site');
    expect(placeKindOf('Soldiers were confined to Redhill Barracks.', 'Redhill Barracks')).toBe('site');
  });

  it('one venue name gets one type in an article', () => {
    const r = extract(
      { text: 'The concert at Saltmarsh Arena ended early. Saltmarsh Arena said all staff were safe.' },
      res,
    );
    const e = named(r.entities, 'Saltmarsh Arena');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ type: 'place', placeKind: 'site' });
    expect(e[0]!.mentions).toHaveLength(2);
  });

  it('a person whose surname is a venue word stays a person', () => {
    const e = named(extract({ text: 'Robert Church said the gates were locked.' }, res).entities, 'Robert Church');
    expect(e[0]?.type).toBe('person');
  });
});
