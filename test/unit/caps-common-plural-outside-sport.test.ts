// Issue 11, text in capitals: a lone plural of a common noun is no body outside sport, where it would be a team.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const NAMED = new Set(['person', 'organization', 'place']);
const mentions = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => NAMED.has(e.type))
    .flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('entities/caps-common-plural-outside-sport (issue 11)', () => {
  it('"CHARTERS", "ZONES", "SENATORS" alone are no bodies in a story with no sport', () => {
    const t = mentions(
      'UNION LEADERS CONDEMNED CHARTERS OF SHAME THAT FLEW THE DEPORTEES HOME. PATROLS KEPT WATCH OVER THE BUFFER ZONES IN CYPRUS. SENATORS QUESTIONED THE MINISTER FOR FOUR HOURS.',
    );
    expect(t.filter((m) => /CHARTERS|ZONES|SENATORS/.test(m))).toEqual([]);
    expect(t).toContain('place:CYPRUS');
  });

  it('a town after a preposition of place stays', () => {
    const t = mentions('TWO FARMERS WERE SHOT DEAD IN BARBACOAS, A VILLAGE OF ANTIOQUIA, ON MONDAY.');
    expect(t.some((m) => m.endsWith(':BARBACOAS'))).toBe(true);
  });
});
