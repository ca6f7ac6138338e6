// Which follow-up an article reports and where its court sits (src/ingest/follow-ups.ts), on sentences written for
// this test.
import { describe, expect, it } from 'vitest';
import { courtPlaceOf, loadCourtCues, loadFollowUpKinds } from '../../src/ingest/follow-ups.js';
import { followUpKind } from '../../src/extract/incident-references.js';
import type { ArticleWrite, PlaceRow } from '../../src/graph/rows.js';

const kinds = loadFollowUpKinds();
const cues = loadCourtCues();

const place = (key: string, name: string, placeKind = 'city', country = 'FR'): PlaceRow => ({
  type: 'place',
  key,
  name,
  aliases: [],
  placeKind,
  country,
  lat: 1,
  lon: 1,
  ambiguous: false,
});

/** an article of the given sentences naming the given places (every occurrence of each name is a mention) */
function article(
  texts: string[],
  places: PlaceRow[],
): Pick<ArticleWrite, 'sentences' | 'sentenceMentions' | 'entities'> {
  let at = 0;
  const sentences = texts.map((text, index) => {
    const s = { id: `a:${index}`, index, start: at, end: at + text.length, text, textHash: String(index) };
    at += text.length + 1;
    return s;
  });
  const sentenceMentions = sentences.flatMap((s) =>
    places.flatMap((p) =>
      [...s.text.matchAll(new RegExp(p.name, 'g'))].map((m) => ({
        sentenceId: s.id,
        key: p.key,
        start: s.start + m.index,
        end: s.start + m.index + p.name.length,
        text: p.name,
      })),
    ),
  );
  return {
    sentences,
    sentenceMentions,
    entities: { person: [], organization: [], place: places, incident: [] },
  };
}

describe('follow-up kind', () => {
  it('takes the kind the title names before a cue of another kind in the lede (follow-up/title-first)', () => {
    const got = followUpKind(
      kinds,
      'Jury returns its verdict on the harbour bombing',
      'One of the accused is already serving a life sentence for an earlier robbery.',
    );
    expect(got).toEqual({ kind: 'trial', cue: 'verdict' });
  });

  it('reads an inquiry that reaches a verdict as an inquiry, and pre-trial custody as no trial', () => {
    expect(followUpKind(kinds, "The rail inquiry's verdict on the signal staff", '')?.kind).toBe('inquest');
    expect(
      followUpKind(kinds, 'Three men charged over the depot blast', 'A judge ordered them held in pre-trial custody.'),
    ).toBeNull();
  });
});

describe('court place of a follow-up', () => {
  const lyon = place('place:geo:lyon', 'Lyon');
  const grenoble = place('place:geo:grenoble', 'Grenoble');
  it('places proceedings in the city named with the court, after or before the court word', () => {
    const after = article(
      ['A criminal court in Lyon on Monday convicted the two men of the Grenoble attack.'],
      [lyon, grenoble],
    );
    expect(courtPlaceOf(cues, 'trial', after)).toMatchObject({ key: 'place:geo:lyon', sentenceId: 'a:0' });
    const before = article(["The accused appeared before Lyon's Regional Court on Tuesday."], [lyon]);
    expect(courtPlaceOf(cues, 'sentencing', before)?.key).toBe('place:geo:lyon');
    expect(courtPlaceOf(cues, 'sentencing', before)?.reason).toMatch(/^follow-up-place\/court-in-city/);
  });

  it('does not take a place that is only near a court word, a country, or an anniversary', () => {
    const loose = article(
      ['The men who attacked the bank in Grenoble last year told the court they regretted it.'],
      [grenoble],
    );
    expect(courtPlaceOf(cues, 'trial', loose)).toBeNull();
    const france = place('place:country:FR', 'France', 'country');
    expect(courtPlaceOf(cues, 'trial', article(['The highest court in France ruled on Friday.'], [france]))).toBeNull();
    expect(courtPlaceOf(cues, 'anniversary', article(['A court in Lyon was closed for the day.'], [lyon]))).toBeNull();
  });

  it('places a court known by its own name in its city when the article names that city', () => {
    const london = place('place:geo:london', 'London', 'city', 'GB');
    const w = article(
      ['London (Wire) - A man was jailed on Friday.', 'The judge at the Old Bailey called it cowardly.'],
      [london],
    );
    expect(courtPlaceOf(cues, 'sentencing', w)).toMatchObject({ key: 'place:geo:london', sentenceId: 'a:0' });
    // the city unnamed: nothing to place it at
    expect(
      courtPlaceOf(cues, 'sentencing', article(['The judge at the Old Bailey called it cowardly.'], [])),
    ).toBeNull();
  });
});
