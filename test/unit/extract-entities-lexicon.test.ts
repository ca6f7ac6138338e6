import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const typed = (text: string) =>
  extract({ id: 't', text }, res)
    .entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place')
    .map((e) => `${e.type}:${e.name}`);

describe('given names from many cultures make a person', () => {
  it('reads Central Asian, Pashto and English given names the tagger doubted as people', () => {
    expect(typed('Nursultan Nazarbayev won again.')).toContain('person:Nursultan Nazarbayev');
    expect(typed('Asfandyar Wali Khan condemned the attack.')).toContain('person:Asfandyar Wali Khan');
    expect(typed('Critics of Wesley Moodie were silent.')).toContain('person:Wesley Moodie');
  });

  it('does not turn a known body or place that shares a name into a person', () => {
    expect(typed('Officials in Khartoum said the talks failed.')).toContain('place:Khartoum');
    expect(typed('The FBI said it was investigating.')).toContain('organization:FBI');
  });
});

describe('well-known companies, parties, armed groups, international bodies and media', () => {
  const kindOf = (text: string, name: string) =>
    extract({ id: 't', text }, res).entities.find(
      (e): e is OrganizationEntity => e.type === 'organization' && e.name === name,
    )?.kind;

  it('names them as organisations of the right kind', () => {
    expect(kindOf('Workers at a Caterpillar plant in Illinois went on strike.', 'Caterpillar')).toBe('company');
    expect(kindOf('Police detained three members of Lashkar-e-Jhangvi in Karachi.', 'Lashkar-e-Jhangvi')).toBe(
      'armed_group',
    );
    expect(kindOf("Turkey's Hurriyet daily reported the arrests.", 'Hurriyet')).toBe('media');
    expect(kindOf('The U.S. Geological Survey measured the quake.', 'U.S. Geological Survey')).toBe('agency');
  });

  it('merges an alias with the full name', () => {
    const es = extract(
      { id: 't', text: 'The Food and Agriculture Organization warned of famine. FAO experts visited Niger.' },
      res,
    ).entities;
    const fao = es.filter((e) => e.type === 'organization');
    expect(fao.map((e) => e.name)).toEqual(['Food and Agriculture Organization']);
    expect(fao[0]!.mentions.length).toBe(2);
  });
});

describe('regions, tribal areas, rivers, mountains and named sites', () => {
  it('are places, not people or bodies', () => {
    expect(typed('Jets struck militant hideouts in the Orakzai tribal region.')).toContain('place:Orakzai');
    expect(typed('Troops patrolled the Euphrates River valley.')).toContain('place:Euphrates');
    expect(typed("A rocket landed inside Baghdad's Green Zone.")).toEqual(['place:Baghdad', 'place:Green Zone']);
    expect(typed('Fighting spread to the Hindu Kush mountains.')).toContain('place:Hindu Kush');
  });
});

describe('a known given name the tagger missed starts a person', () => {
  it('takes a hyphenated or Arabic-article surname with it', () => {
    expect(typed('Ayman al-Zawahiri made the statement in a video.')).toContain('person:Ayman al-Zawahiri');
    expect(typed('U.S. Embassy spokeswoman Sharon Hudson-Dean said the embassy was closed.')).toContain(
      'person:Sharon Hudson-Dean',
    );
  });

  it('stops before a body head word, a weekday or a party word', () => {
    expect(typed('The Nelson Mandela Foundation said it was shocked.')).not.toContain(
      'person:Nelson Mandela Foundation',
    );
    expect(typed('Analysts expect Sharon Friday to decide.').some((n) => n.includes('Friday'))).toBe(false);
  });
});

describe('gazetteer matching prefers a longer name that starts inside a shorter match', () => {
  it('reads "the Gulf of Aden" as one place, and "the Gulf" alone still as the Gulf', () => {
    expect(typed('Pirates operate in the Gulf of Aden.')).toEqual(['place:Gulf of Aden']);
    expect(typed('A storm formed in the Gulf of Mexico.')).toEqual(['place:Gulf of Mexico']);
    expect(typed('Iran threatened shipping in the Gulf.')).toContain('place:Gulf');
  });
});

describe('a body head word joined by "for", "on" or "to" to a capitalised name', () => {
  it('is one organisation', () => {
    expect(typed('Funds were taken from the Center for a Free Cuba.')).toEqual(['organization:Center for a Free Cuba']);
    expect(typed('Members of the Campaign for Nuclear Disarmament marched.')).toEqual([
      'organization:Campaign for Nuclear Disarmament',
    ]);
    expect(typed('The Commission on Human Security reported.')).toEqual(['organization:Commission on Human Security']);
  });

  it('leaves a weekday, or a place the body travels to, outside the name', () => {
    expect(typed('The Council on Monday approved the plan.').join()).not.toMatch(/Monday/);
    expect(typed('The Commission to Iraq arrived.')).toContain('place:Iraq');
  });
});

describe('more head words that only bodies have', () => {
  it('make a name ending in project, fund, alliance or airways an organisation, not a person', () => {
    expect(typed('James Gilchrist founded the Minuteman Project.')).toContain('organization:Minuteman Project');
    expect(typed('The Maria Lopez Fund donated money.')).toEqual(['organization:Maria Lopez Fund']);
  });
});
