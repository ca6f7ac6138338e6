// A person's home town is not where the event happened (issue #10): "Kyle Markins of Findlay was killed", "a
// 19-year-old from Gary". Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ArticleInput, IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (input: Partial<ArticleInput> & { text: string }) =>
  extract({ published: '2019-10-14', source: 'wqrt.com', ...input }, res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );

describe('a place right after a person\'s name and "of"', () => {
  it('is the home of the person, so the article tells one shooting, not a second one in the home town', () => {
    const found = incidents({
      text:
        'The Marion County sheriff is looking into an accidental shooting that left a teen dead on Saturday.\n\n' +
        'The sheriff says 17 year old Tom Hale of Findlay was killed by a gun shot wound at a home nearby.',
    });
    expect(found.filter((i) => i.kind !== 'arrest')).toHaveLength(1);
    expect(found.map((i) => i.place)).not.toContain('Findlay');
  });

  it('is not the place of a suspect named by where he lives', () => {
    const found = incidents({
      text:
        'A woman was fatally shot in a hunting accident in Caledonia on Sunday, deputies said. ' +
        'The shooter was identified as John Lander of Rochester.',
    });
    expect(found.map((i) => i.place)).not.toContain('Rochester');
    expect(found.filter((i) => i.place === 'Caledonia')).toHaveLength(1);
  });

  it('still places an event written as happening in a town', () => {
    const [inc] = incidents({ text: 'A man was shot and killed in Findlay on Saturday, police said.' });
    expect(inc?.place).toBe('Findlay');
  });
});

describe('a place after "a 19-year-old from"', () => {
  it('is where the person comes from, not the place of the shooting', () => {
    const found = incidents({
      text: 'A 19-year-old from Gary was shot and wounded on Friday night. Hammond police are investigating.',
    });
    expect(found.map((i) => i.place)).not.toContain('Gary');
  });
});

describe('two phrases that name the same person as shot', () => {
  it('are one event told twice, even where one names a relative hurt beside the victim', () => {
    const found = incidents({
      text:
        'Chicago police said Amari Brown, 7, was shot and killed in the Humboldt Park neighborhood on Saturday night. ' +
        'Officers said the boy was standing with his father when shots rang out.\n\n' +
        'The shooting was one of many over the holiday weekend, police said.\n\n' +
        'Relatives said Amari Brown and his cousin Devon Hale were shot late Friday as they walked home.',
    }).filter((i) => i.kind !== 'arrest');
    expect(found).toHaveLength(1);
    expect(found[0]!.participants.map((p) => p.name)).toContain('Amari Brown');
  });

  it('stays two events when the days are further apart', () => {
    const found = incidents({
      text:
        'Amari Brown, 7, was shot and killed in the Humboldt Park neighborhood on Saturday night, police said. ' +
        'Officers said the boy was standing with his father when shots rang out.\n\n' +
        'Relatives said Amari Brown and his cousin Devon Hale were shot on Sept. 3 as they walked home.',
    }).filter((i) => i.kind !== 'arrest');
    expect(found.length).toBeGreaterThan(1);
  });
});

describe('the town a hospital is in', () => {
  it('is where the victim was treated, not a second place of the shooting', () => {
    const found = incidents({
      text:
        '(BROOKLYN) - Conservation officers are looking into an accidental shooting on Friday night near Brooklyn.\n' +
        'At about 8 p.m. officers were sent to Saint Francis Hospital in Mooresville after a boy was admitted with ' +
        'a gunshot wound to his foot suffered while hunting.',
    });
    expect(found.map((i) => i.place)).not.toContain('Mooresville');
    expect(found.filter((i) => i.kind === 'shooting')).toHaveLength(1);
  });
});
