// A death toll counted from victims listed one by one is marked on the incident (extraction), and on the graph a
// later reference's listed count does not raise the toll the event's own reports give (rule
// casualty/listed-victims-are-no-toll). Texts written for this test.
import { describe, expect, it } from 'vitest';
import { killedOf, type StoredFrame } from '../../src/graph/incident-frames.js';
import { incidentsOf } from '../helpers/incidents.js';

describe('listed victims', () => {
  it('marks a toll counted from a list of victims, and not a stated toll', () => {
    const listed = incidentsOf(
      '2022-05-10',
      'ORVEN — A gunman killed a night watchman and three customers at a bank in Orven on Monday, police said.',
    ).find((i) => i.killed !== null);
    expect(listed).toMatchObject({ killed: 4, killedByList: true });
    const stated = incidentsOf(
      '2022-05-10',
      'ORVEN — A gunman killed four people at a bank in Orven on Monday, police said.',
    ).find((i) => i.killed !== null);
    expect(stated?.killed).toBe(4);
    expect(stated?.killedByList).toBeUndefined();
  });
});

const frame = (over: Partial<StoredFrame>): StoredFrame =>
  ({ key: 'k', articleId: 'a', reference: false, killed: null, ...over }) as StoredFrame;

describe('casualty/listed-victims-are-no-toll', () => {
  it("keeps the reports' toll over a reference's longer list of victims", () => {
    const got = killedOf([
      frame({ key: 'a', articleId: 'a', killed: 3 }),
      frame({ key: 'b', articleId: 'b', killed: 4, reference: true, killedByList: true }),
    ]);
    expect(got.killed).toBe(3);
    expect(got.killedReason).toMatch(/^casualty\/listed-victims-are-no-toll: 4 killed .*\(b\).*\(3\)$/);
  });

  it("takes a reference's stated toll as the revised one, and a list where no report gives a toll", () => {
    expect(
      killedOf([
        frame({ key: 'a', articleId: 'a', killed: 3 }),
        frame({ key: 'b', articleId: 'b', killed: 5, reference: true }),
      ]),
    ).toEqual({ killed: 5, killedReason: null });
    expect(
      killedOf([
        frame({ key: 'a', articleId: 'a' }),
        frame({ key: 'b', articleId: 'b', killed: 4, reference: true, killedByList: true }),
      ]),
    ).toEqual({ killed: 4, killedReason: null });
  });
});
