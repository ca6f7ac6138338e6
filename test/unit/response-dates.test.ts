// Rules dates/response-on-the-news-day and dates/response-closes-the-act: an arrest or raid the text gives no day of
// takes the day of the act it followed where nothing else is possible. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const incidents = (text: string, published = '2021-09-11') =>
  extract({ text, published }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const attack = 'A gunman opened fire in a crowded shopping arcade in Leeds on Saturday, killing two people. ';

describe('a response on the day of an incident reported that day (dates/response-on-the-news-day)', () => {
  it('takes the incident day when the report is of that day', () => {
    const incs = incidents(
      attack +
        'Guards wrestled the man to the ground. Police named him as Tom Grady, 30. He was arrested on suspicion of murder.',
    );
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(incs.find((e) => e.kind === 'shooting')?.date).toBe('2021-09-11');
    expect(arrest?.date).toBe('2021-09-11');
    expect(arrest?.dateBasis).toBeUndefined();
    expect(arrest?.merges?.join(' ')).toMatch(/dates\/response-on-the-news-day/);
  });

  it('gives no day when the report came out days after the incident', () => {
    const incs = incidents(
      attack +
        'Guards wrestled the man to the ground. Police named him as Tom Grady, 30. He was arrested on suspicion of murder.',
      '2021-09-13',
    );
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(arrest?.dateBasis).toBe('reported');
  });

  it('gives no day to an arrest told in the pluperfect, before the incident', () => {
    const incs = incidents(
      attack + 'Police named him as Tom Grady, 30. He had been arrested for making threats against a neighbour.',
    );
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(arrest?.merges?.join(' ') ?? '').not.toMatch(/response-on-the-news-day/);
  });

  it('can be switched off', () => {
    const text =
      attack +
      'Guards wrestled the man to the ground. Police named him as Tom Grady, 30. He was arrested on suspicion of murder.';
    const incs = extract({ text, published: '2021-09-11' }, withoutRules('dates/response-on-the-news-day')).entities;
    expect(incs.find((e): e is IncidentEntity => e.type === 'incident' && e.kind === 'arrest')?.dateBasis).toBe(
      'reported',
    );
  });
});

describe('a response told as the close of a dated act (dates/response-closes-the-act)', () => {
  const story =
    'A judge was shot dead in Leeds on Wednesday, police said. She had been handling the case of the armed men who ' +
    'stormed a radio station in Leeds on 2 March, taking the presenters hostage';
  it('takes the day of the act it closes', () => {
    const incs = incidents(story + ', before police broke in and arrested Tom Grady and seven others.', '2021-03-12');
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(arrest?.date).toBe('2021-03-02');
    expect(arrest?.dateBasis).toBeUndefined();
    expect(arrest?.merges?.join(' ')).toMatch(/dates\/response-closes-the-act/);
  });

  it('gives no day where a time passes between', () => {
    const incs = incidents(story + '; police arrested Tom Grady and seven others two weeks later.', '2021-03-30');
    const arrest = incs.find((e) => e.kind === 'arrest');
    expect(arrest?.dateBasis).toBe('reported');
  });
});
