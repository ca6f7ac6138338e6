// Incident resolution computed faster, with the same results (issue 12): pairs of reports near in time found by a
// sweep, not by trying all pairs; the describing-text cosine from per-frame terms, bit for bit tfidfCosine's; the people
// of a neighbourhood search found in this process's index of the frames naming them (src/graph/person-frame-index.ts).
import { describe, expect, it } from 'vitest';
import {
  pairSimilarity,
  pairsNearInTime,
  REPORT_SPAN_SLACK_DAYS,
  timeSpan,
  type IncidentFrame,
} from '../../src/resolution/incident-clustering.js';
import { contentWords, tfidfCosine, wordWeight, COMMON_WORD_WEIGHT } from '../../src/resolution/incident-matcher.js';
import { PersonFrames, personKeysOf, personMatches, type PersonRanges } from '../../src/graph/person-frame-index.js';
import { frame, leeds } from '../helpers/incident-frames.js';

describe('pairsNearInTime', () => {
  const reports: IncidentFrame[] = [
    frame('a1', { date: '2025-03-02', published: '2025-03-02' }),
    frame('a2', { date: '2025-03-09', published: '2025-03-09' }),
    frame('a3', { date: null, published: '2025-03-12' }),
    frame('a4', { date: '2025', published: '2025-06-01' }),
    frame('a5', { date: '2025-05-20', published: '2025-05-21' }),
    frame('a6', { date: null, published: null }),
    frame('a7', { date: 'soon', published: null }),
    frame('a8', { date: '2025-03-05', published: '2025-03-05' }),
    frame('a9', { date: '2024-12-30', published: '2025-01-02' }),
  ];

  it('gives every pair whose time spans are within the slack, and only those, once each', () => {
    const near = (a: IncidentFrame, b: IncidentFrame) => {
      const sa = timeSpan(a),
        sb = timeSpan(b);
      if (!sa || !sb) return true;
      return !(sb[0] - sa[1] > REPORT_SPAN_SLACK_DAYS || sa[0] - sb[1] > REPORT_SPAN_SLACK_DAYS);
    };
    const expected: string[] = [];
    for (let i = 0; i < reports.length; i++)
      for (let j = i + 1; j < reports.length; j++) if (near(reports[i]!, reports[j]!)) expected.push(`${i},${j}`);
    const got = pairsNearInTime(reports).map(([i, j]) => `${i},${j}`);
    expect(got.length).toBe(new Set(got).size);
    expect(got.sort()).toEqual(expected.sort());
    // a report a week after another is not paired with one two months later
    expect(got).not.toContain('0,4');
  });
});

describe('pairSimilarity', () => {
  const texts = [
    'A gunman opened fire in a Leeds pub; the gunman fled. Police said the gunman was armed.',
    'Shots fired at a Leeds pub on Sunday night, police hunt the gunman.',
    'A shooting at a pub in Leeds left two men wounded; the shooting is under investigation.',
    '',
  ];
  it('gives tfidfCosine over the pair bit for bit, the place names weighed as common words when asked', () => {
    for (const apart of [false, true]) {
      const sim = pairSimilarity(apart);
      for (const ta of texts)
        for (const tb of texts) {
          const a = frame('a1', { text: ta }),
            b = frame('a2', { text: tb, place: { ...leeds, name: 'Leeds' } });
          const wa = contentWords(ta),
            wb = contentWords(tb);
          const sa = new Set(wa),
            sb = new Set(wb);
          const places = new Set(apart ? contentWords('Leeds') : []);
          const weight = (w: string) => (places.has(w) ? COMMON_WORD_WEIGHT : wordWeight(w));
          const idf = (w: string) => weight(w) * Math.log(1 + 2 / ((sa.has(w) ? 1 : 0) + (sb.has(w) ? 1 : 0)));
          const expected = wa.length && wb.length ? tfidfCosine(wa, wb, idf) : 0;
          expect(sim(a, b).cosine).toBe(expected);
        }
    }
  });

  it('names the shared words of most weight (then the longer, then in code-point order), at most four', () => {
    for (const apart of [false, true]) {
      const sim = pairSimilarity(apart);
      for (const ta of texts)
        for (const tb of texts) {
          const a = frame('a1', { text: ta, place: { ...leeds, name: 'Leeds' } }),
            b = frame('a2', { text: tb, place: { ...leeds, name: 'Leeds' } });
          const sb = new Set(contentWords(tb));
          const places = new Set(apart ? contentWords('Leeds') : []);
          const weight = (w: string) => (places.has(w) ? COMMON_WORD_WEIGHT : wordWeight(w));
          const expected = [...new Set(contentWords(ta))]
            .filter((w) => sb.has(w))
            .sort((x, y) => weight(y) - weight(x) || y.length - x.length || (x < y ? -1 : x > y ? 1 : 0))
            .slice(0, 4);
          expect(sim(a, b).shared).toEqual(expected);
        }
    }
    // two texts of the same event share more than four words: the four of most weight are named
    const shared = pairSimilarity()(frame('a1', { text: texts[0]! }), frame('a2', { text: texts[2]! })).shared;
    expect(shared.length).toBeLessThanOrEqual(4);
    expect(shared).toContain('leeds');
  });
});

describe('the people of a neighbourhood search', () => {
  const ranges = (person: string, over: Partial<PersonRanges>): PersonRanges => ({
    person,
    since: null,
    to: null,
    from: null,
    until: null,
    ...over,
  });

  it('finds incidents before an undated report, and later reports after an incident, by their anchors', () => {
    const incident = { key: 'f1', incident: null, rev: null, anchor: '2024-03-01', later: false };
    const later = { ...incident, key: 'f2', anchor: '2024-06-01', later: true };
    const before = ranges('person:a b', { since: '2023-03-01', to: '2024-03-05' });
    const after = ranges('person:a b', { from: '2024-02-25', until: '2025-03-01' });
    expect(personMatches(incident, before)).toBe(true);
    expect(personMatches(later, before)).toBe(false);
    expect(personMatches(incident, after)).toBe(false);
    expect(personMatches(later, after)).toBe(true);
  });

  it('finds the frames naming a person within its ranges, a frame stored again under its new names too', () => {
    const index = new PersonFrames();
    index.add({ key: 'f1', anchor: '2024-03-01', later: false }, personKeysOf('\tperson:a b\torg:x\t'));
    index.add({ key: 'f2', anchor: '2024-04-01', later: true }, ['person:a b', 'person:c d']);
    index.add({ key: 'f3', anchor: '2021-04-01', later: true }, ['person:a b']);
    expect(personKeysOf('\tperson:a b\torg:x\tperson:local:1\t')).toEqual(['person:a b', 'person:local:1']);
    const a = (over: Partial<PersonRanges>) => ranges('person:a b', over);
    expect(index.find([a({ since: '2023-03-10', to: '2024-03-10' })])).toEqual(['f1']);
    expect(index.find([a({ from: '2024-03-20', until: '2025-03-20' })])).toEqual(['f2']);
    expect(index.find([a({ since: '2023-03-10', to: '2024-03-10', from: '2020-01-01', until: '2025-03-20' })])).toEqual(
      ['f1', 'f2', 'f3'],
    );
    expect(index.find([ranges('person:e f', { since: '2000-01-01', to: '2030-01-01' })])).toEqual([]);
    // rekeyed: listed under its new person as well; its old one may still find it (a candidate, read and checked)
    index.add({ key: 'f1', anchor: '2024-03-01', later: false }, ['person:e f']);
    expect(index.find([ranges('person:e f', { since: '2024-01-01', to: '2024-12-31' })])).toEqual(['f1']);
    expect(index.size).toBe(3);
  });
});
