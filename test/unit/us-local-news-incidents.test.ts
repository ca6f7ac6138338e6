// US local crime news (issue #10): the outlet's call sign tells which namesake a town is, a county is a place on
// the map, the title names the town, "overnight" dates an event, a coroner speaks in first-day reports. Texts
// written for these tests.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import { hostLabels, outletCountries } from '../../src/extract/outlet-country.js';
import type { ArticleInput, IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const run = (input: Partial<ArticleInput> & { text: string }) =>
  extract({ published: '2019-10-14', ...input }, res).entities;
const place = (input: Partial<ArticleInput> & { text: string }, name: string) =>
  run(input).find((e): e is PlaceEntity => e.type === 'place' && e.name === name);
const incidents = (input: Partial<ArticleInput> & { text: string }) =>
  run(input).filter((e): e is IncidentEntity => e.type === 'incident');

describe("the outlet's country", () => {
  it('reads a US call sign or network affiliate from the source host or the dateline bracket', () => {
    expect(hostLabels('https://www.wxyz.com/news/story')).toEqual(['wxyz']);
    expect(hostLabels('abc.net.au')).toEqual([]);
    expect(outletCountries(res.words, res.gazetteer, 'A story.', 'kfvs12.com')).toEqual(['US']);
    expect(outletCountries(res.words, res.gazetteer, 'A story.', 'fox9now.com')).toEqual(['US']);
    expect(outletCountries(res.words, res.gazetteer, 'MILLBROOK, Ga. (WQRT) -- A man was hurt.', undefined)).toEqual([
      'US',
    ]);
    expect(outletCountries(res.words, res.gazetteer, 'A story.', 'abc.net.au')).toEqual([]);
    expect(outletCountries(res.words, res.gazetteer, 'A story.', 'theguardian.com')).toEqual([]);
  });

  it('places a town with a namesake abroad in the US when a US broadcaster reports it', () => {
    const text = 'A girl was hurt when a house in Salisbury was hit by gunfire on Sunday, police said.';
    expect(place({ text, source: 'wqrt.com' }, 'Salisbury')?.country).toBe('US');
    expect(place({ text, source: 'example.co.uk' }, 'Salisbury')?.country).not.toBe('US');
  });
});

describe("a city of the outlet's country before its police", () => {
  it('is the place the police serve on a US broadcaster, and stays a name elsewhere', () => {
    const text = 'Milwaukee police are investigating a fatal shooting.';
    expect(place({ text, source: 'kqrt.com' }, 'Milwaukee')?.country).toBe('US');
    expect(place({ text, source: 'example.org' }, 'Milwaukee')).toBeUndefined();
    // "Metro police": no US city of that name
    expect(place({ text: 'Metro police said a man was shot on Friday.', source: 'kqrt.com' }, 'Metro')).toBeUndefined();
  });
});

describe('a county', () => {
  it('is located in the state the article names, and left unlocated among namesakes of unnamed states', () => {
    const inState = place(
      { text: 'Deputies in Marion County, Texas, said a boy was shot on Friday. Texas rangers joined them.' },
      'Marion County',
    );
    expect(inState?.country).toBe('US');
    expect(inState?.lat).not.toBeNull();
    const unnamed = place({ text: 'Deputies in Marion County said a boy was shot on Friday.' }, 'Marion County');
    expect(unnamed?.lat ?? null).toBeNull();
  });

  it('is the place of an incident that no phrase places, when it is what the lede names', () => {
    const [inc] = incidents({
      text: 'A man was found shot dead in a parked truck on Friday. Iredell County deputies are investigating.',
      source: 'wqrt.com',
    });
    expect(inc?.place).toBe('Iredell County');
  });
});

describe('the title', () => {
  it('names the town of an incident that no phrase of the text places, before the town the text names most', () => {
    const text =
      'A teenager was wounded by gunfire late on Saturday at a house party. The boy was driven to a hospital in ' +
      'Tulsa. Doctors in Tulsa said he would recover. Norman neighbors said the party had been loud.';
    const [untitled] = incidents({ text, source: 'kqrt.com' });
    expect(untitled?.place).toBe('Tulsa');
    // the furniture after " - " (the outlet and its city) is no part of the headline
    const [titled] = incidents({ text, title: 'Teen shot in Norman - KQRT Tulsa | News', source: 'kqrt.com' });
    expect(titled?.place).toBe('Norman');
    expect(titled?.merges?.some((m) => m.includes('the title names'))).toBe(true);
  });

  it('does not take a place the title names as where a victim is from', () => {
    const text =
      'A woman was shot dead on a hiking trail in Tarzana on Sunday. She lived in Reseda, her family said. ' +
      'Reseda neighbours held a vigil. Reseda friends described her as kind.';
    const [inc] = incidents({ text, title: 'Woman from Reseda killed on hike', source: 'wqrt.com' });
    expect(inc?.place).not.toBe('Reseda');
  });
});

describe('the day of a first report', () => {
  it('reads "overnight" as the day of publication', () => {
    const d = datesIn(
      'A man was shot and killed overnight.',
      0,
      new Date('2019-10-14T12:00:00Z'),
      undefined,
      res.words,
    );
    expect(d.map((x) => x.iso)).toEqual(['2019-10-14']);
  });

  it('keeps the date of a report in which the coroner names the victim (no inquest)', () => {
    const [inc] = incidents({
      text: 'A 15-year-old boy was shot and killed tonight in a backyard, the county coroner said.',
    });
    expect(inc?.date).toBe('2019-10-14');
    expect(inc?.reference ?? false).toBe(false);
  });
});

describe('how local news writes a shooting', () => {
  it('reads "shot his wife", "shot a 4-year-old boy", "found shot" and "shots were fired" as shootings', () => {
    for (const text of [
      'Deputies say a man shot his wife and then himself at their farmhouse on Sunday.',
      'A 6-year-old shot a 4-year-old boy with a pistol he found in a truck on Friday.',
      'Two men were found shot in a stairwell on Thursday.',
      'Nobody was hurt when shots were fired outside a bowling alley on Saturday.',
    ])
      expect(incidents({ text }).map((i) => i.kind)).toContain('shooting');
  });

  it('does not read shooting a film or a photo as a shooting', () => {
    expect(incidents({ text: 'The director shot a short film in the harbour town on Sunday.' })).toEqual([]);
  });
});
