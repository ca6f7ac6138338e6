// A sentence that opens with a mark of the past tells an earlier event the article refers to (rule
// reference/past-opening), and a mark of the past after the phrase reaches past a quoted word. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const incidents = (text: string, ...off: string[]) =>
  extract({ text, published: '2024-03-12' }, off.length ? withoutRules(...off) : res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );

describe('a sentence opening with a mark of the past (reference/past-opening)', () => {
  const texts = [
    'The minister spoke at the court on Monday. Last year, gunmen shot dead a judge outside the building.',
    'The minister spoke at the court on Monday. In March 2019, during an earlier siege of the garrison, rebels ambushed a convoy.',
    'The minister spoke at the court on Monday. Over 20 months ago, a guard was killed by a bomb at the gate.',
  ];

  it('makes its events references to earlier ones', () => {
    for (const t of texts) {
      const found = incidents(t);
      expect(found.length, t).toBeGreaterThan(0);
      expect(
        found.every((i) => i.reference),
        t,
      ).toBe(true);
    }
  });

  it('switched off, the events are news of the article again', () => {
    for (const t of texts)
      expect(
        incidents(t, 'reference/past-opening').some((i) => !i.reference),
        t,
      ).toBe(true);
  });

  it("leaves a year of the article's own, and a month with no year", () => {
    for (const t of [
      'The minister spoke on Monday. In 2024, gunmen shot dead a judge outside the court.',
      'The minister spoke on Monday. In March, gunmen shot dead a judge outside the court.',
    ])
      expect(
        incidents(t).some((i) => !i.reference),
        t,
      ).toBe(true);
  });
});

describe('a mark of the past after the phrase, past a quoted word', () => {
  it('makes the event a reference', () => {
    const found = incidents(
      'Officials flew to Tarvik on Monday to negotiate the release of 40 farmers who were kidnapped by the "militia" more than five years ago.',
    );
    expect(found.map((i) => i.reference)).toEqual([true]);
    const news = incidents(
      'Officials flew to Tarvik on Monday to negotiate the release of 40 farmers who were kidnapped by the "militia" in the border area.',
    );
    expect(news.map((i) => i.reference ?? false)).toEqual([false]);
  });
});
