// A reference to a past event (or an undated report read as one) and a report whose dates rule them out are not
// scored (referenceDatesMayLink, issue 12): the screen only skips pairs the matcher's date evidence blocks, so the
// links, and the clusters, are those of scoring every pair.
import { describe, expect, it } from 'vitest';
import {
  frameLink,
  linked,
  mayLink,
  pairScorer,
  referenceDatesMayLink,
  referenceLinked,
  undatedReferenceScorer,
  UNDATED_REFERENCE_THRESHOLD,
  type IncidentFrame,
  type PairScorer,
} from '../../src/resolution/incident-clustering.js';
import { frame } from '../helpers/incident-frames.js';

const day = (d: number) => new Date(Date.UTC(2025, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);

function spy(real: PairScorer, calls: string[]): PairScorer {
  return (a, b) => {
    calls.push(`${a.key} ${b.key}`);
    return real(a, b);
  };
}

// dates of every precision, undated ones, unreadable ones; publications before, on and after them
const dates = [null, day(0), day(2), day(5), day(9), day(40), '2025-03', '2025-04', '2025', '2024', 'soon'];
const pubs = [null, day(0), day(1), day(3), day(6), day(10), day(45), 'n/a'];
const periods = [null, '2025-03', '2025', '2024'];

describe('reference date screen', () => {
  it('does not score a reference and a report made after its article', () => {
    const calls: string[] = [];
    const score = spy(pairScorer(), calls);
    const ref = frame('r_1', { reference: true, date: null, published: day(10) });
    const later = frame('a_1', { date: day(20), published: day(20) });
    expect(frameLink(score, ref, later)).toBe(false);
    expect(frameLink(score, later, ref)).toBe(false);
    expect(calls).toEqual([]);
    // the same reference and a report before its article are scored, and linked
    const earlier = frame('a_2', { date: day(2), published: day(2) });
    expect(frameLink(score, ref, earlier)).toBe(true);
    expect(calls.length).toBe(1);
  });

  it('does not score an undated report read as a reference against a report dated after it', () => {
    const calls: string[] = [];
    const asRefScore = spy(undatedReferenceScorer(), calls);
    const undated = frame('u_1', { date: null, published: day(10) });
    const later = frame('a_1', { date: day(30), published: day(30) });
    mayLink(pairScorer(), asRefScore, undated, later);
    expect(calls).toEqual([]);
    const earlier = frame('a_2', { date: day(0), published: day(0) });
    mayLink(pairScorer(), asRefScore, undated, earlier);
    expect(calls.length).toBe(1);
  });

  it('skips only pairs the matcher blocks on their dates', () => {
    const refs: IncidentFrame[] = [];
    for (const date of dates)
      for (const published of pubs)
        for (const datePeriod of date ? [null] : periods)
          refs.push(frame(`r_${refs.length}`, { reference: true, date, published, datePeriod }));
    const reports: IncidentFrame[] = [];
    for (const date of dates)
      for (const published of pubs) reports.push(frame(`a_${reports.length}`, { date, published }));
    const score = pairScorer();
    let skipped = 0,
      kept = 0;
    for (const r of refs)
      for (const f of reports) {
        const s = score(r, f);
        if (referenceDatesMayLink(r, f)) {
          if (referenceLinked(s)) kept++;
          continue;
        }
        skipped++;
        expect(s.blocked, `${r.date}/${r.datePeriod}/${r.published} vs ${f.date}/${f.published}`).not.toBeNull();
      }
    expect(skipped).toBeGreaterThan(500);
    // the frames agree on everything else: pairs the screen keeps do link
    expect(kept).toBeGreaterThan(100);
  });

  it('skips only undated reports, read as references, that the undated-reference scorer blocks', () => {
    const asRefScore = undatedReferenceScorer();
    let skipped = 0,
      kept = 0;
    let n = 0;
    for (const published of pubs)
      for (const datePeriod of periods) {
        const undated = frame(`u_${n++}`, { date: null, published, datePeriod });
        for (const date of dates)
          for (const pub of pubs) {
            const f = frame(`a_${n++}`, { date, published: pub });
            if (!date) continue;
            const s = asRefScore({ ...undated, reference: true }, f);
            if (referenceDatesMayLink(undated, f)) {
              if (linked(s, UNDATED_REFERENCE_THRESHOLD)) kept++;
              continue;
            }
            skipped++;
            expect(s.blocked, `${undated.datePeriod}/${published} vs ${f.date}/${f.published}`).not.toBeNull();
          }
      }
    expect(skipped).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(10);
  });
});
