// Reports far apart in time are not scored (frameLink's time-span screen): the screen only skips pairs the matcher's
// date evidence blocks, so the links, and the clusters, are those of scoring every pair.
import { describe, expect, it } from 'vitest';
import {
  frameLink,
  pairScorer,
  REPORT_SPAN_SLACK_DAYS,
  timeSpan,
  type IncidentFrame,
  type PairScorer,
} from '../../src/resolution/incident-clustering.js';
import { frame } from '../helpers/incident-frames.js';

const day = (d: number) => new Date(Date.UTC(2025, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);

describe('frameLink time-span screen', () => {
  it('does not score two reports dated weeks apart', () => {
    const calls: string[] = [];
    const real = pairScorer();
    const spy: PairScorer = (a, b) => {
      calls.push(`${a.key} ${b.key}`);
      return real(a, b);
    };
    const a = frame('a_1', { date: day(0), published: day(0) });
    const b = frame('a_2', { date: day(30), published: day(30) });
    expect(frameLink(spy, a, b)).toBe(false);
    expect(calls).toEqual([]);
    // the same pair a day apart is scored, and linked
    const c = frame('a_3', { date: day(1), published: day(1) });
    expect(frameLink(spy, a, c)).toBe(true);
    expect(calls.length).toBe(1);
  });

  it('skips only pairs the matcher blocks on their dates', () => {
    // dates of every precision, undated reports, dates on and off their publication day, unreadable dates
    const dates = [null, day(0), day(2), day(4), day(5), day(6), day(9), day(40), '2025-03', '2025-04', '2025', 'soon'];
    const pubs = [null, day(0), day(1), day(3), day(5), day(6), day(7), day(10), day(11), day(45), 'n/a'];
    const frames: IncidentFrame[] = [];
    for (const date of dates)
      for (const published of pubs) frames.push(frame(`a_${frames.length}`, { date, published }));
    const score = pairScorer();
    let skipped = 0;
    for (const a of frames)
      for (const b of frames) {
        if (a === b) continue;
        const sa = timeSpan(a),
          sb = timeSpan(b);
        const apart =
          !!sa && !!sb && (sb[0] - sa[1] > REPORT_SPAN_SLACK_DAYS || sa[0] - sb[1] > REPORT_SPAN_SLACK_DAYS);
        if (!apart) continue;
        skipped++;
        expect(score(a, b).blocked, `${a.date}/${a.published} vs ${b.date}/${b.published}`).not.toBeNull();
      }
    expect(skipped).toBeGreaterThan(1000);
  });
});
