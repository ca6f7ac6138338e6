// entities/party-plural-name reads "Social Democrats" as one party; entities/lone-name-acts-as-person reads a lone
// unknown name opening a sentence before a verb only people do as a person (entity-rules.ts).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res, withoutRules } from '../helpers/resources.js';

const mentions = (text: string, r = res) =>
  findEntities(makeDoc({ text }, r)).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('entities/party-plural-name', () => {
  it('a capitalised word before a plural party word is one party', () => {
    const m = mentions(
      "The vote went badly for the chancellor. Ms. Keller's Christian Democrats lost four seats, while the Liberal Democrats gained two.",
    );
    expect(m).toContain('organization:Christian Democrats');
    expect(m).toContain('organization:Liberal Democrats');
  });

  it('not at the start of a sentence, nor after a nationality, and the bare plural stays a group word', () => {
    const text =
      'Moderate Republicans say the bill will fail. Some Iraqi Socialists backed it, and Democrats in the chamber were split.';
    const m = mentions(text);
    expect(m).not.toContain('organization:Moderate Republicans');
    expect(m).not.toContain('organization:Iraqi Socialists');
    expect(m).not.toContain('organization:Democrats');
    expect(m).toEqual(mentions(text, withoutRules('entities/party-plural-name')));
  });

  it('switched off, the party is not found', () => {
    const text = 'After the count, the Social Democrats named a new general secretary for the party.';
    expect(mentions(text)).toContain('organization:Social Democrats');
    expect(mentions(text, withoutRules('entities/party-plural-name'))).not.toContain('organization:Social Democrats');
  });
});

describe('entities/lone-name-acts-as-person', () => {
  it('a lone unknown name before "met", "has admitted", "earlier visited" is a person', () => {
    const m = mentions(
      'The envoy arrived on Friday. Okonkwo also met the foreign minister on Saturday. Delacroix has admitted taking the money. Vasquez earlier visited the flooded village.',
    );
    expect(m).toContain('person:Okonkwo');
    expect(m).toContain('person:Delacroix');
    expect(m).toContain('person:Vasquez');
  });

  it('a word of English, a known place or a body before such a verb is no person', () => {
    const m = mentions(
      'Police met the marchers at the bridge. Kenya has refused the request. Doctors recalled the day. Reporters met the envoy.',
    );
    expect(m.filter((x) => x.startsWith('person:'))).toEqual([]);
  });

  it('switched off, the lone name is left untyped', () => {
    const text = 'The trial ended on Monday. Okonkwo has admitted the theft of the funds.';
    expect(mentions(text)).toContain('person:Okonkwo');
    expect(mentions(text, withoutRules('entities/lone-name-acts-as-person'))).not.toContain('person:Okonkwo');
  });
});
