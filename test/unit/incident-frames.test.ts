// An article's incidents as frames (pure part of src/graph/incident-frames.ts): the write keeps no incident, each
// frame carries the article's rows for it with the incident's key left out, and a follow-up article with a
// reference gets a follow-up frame that points at it.
import { describe, expect, it } from 'vitest';
import {
  followUpNodeNames,
  followUpRows,
  followsNames,
  frameProps,
  framesOf,
  incidentProperties,
  storedFrameRecord,
  toFrame,
  SERIES_PART_CUE,
} from '../../src/graph/incident-frames.js';
import type { ArticleWrite, IncidentRow } from '../../src/graph/rows.js';

const incident = (key: string, over: Partial<IncidentRow> = {}): IncidentRow => ({
  key,
  name: `Bombing ${key}`,
  aliases: [],
  type: 'incident',
  kind: 'bombing',
  date: '2024-02-28',
  placeName: 'Lyon',
  placeKey: 'place:geo:lyon',
  lat: 45.76,
  lon: 4.83,
  killed: 2,
  injured: null,
  reference: false,
  ...over,
});

function write(rows: IncidentRow[], followUp: ArticleWrite['followUp'] = null): ArticleWrite {
  return {
    article: {
      id: 'art',
      title: 'Verdict in Lyon bombing trial',
      url: null,
      source: 'Alpha',
      published: '2024-03-01',
      publishedAt: null,
      text: 'x y',
      textTruncatedFrom: null,
      contentHash: 'h',
      wordCount: 2,
      outlet: null,
      credits: [],
    },
    sentences: [
      { id: 'art:0', index: 0, start: 0, end: 1, text: 'x', textHash: 'x' },
      { id: 'art:1', index: 1, start: 2, end: 3, text: 'y', textHash: 'y' },
    ],
    entities: {
      person: [{ type: 'person', key: 'person:ann lee', name: 'Ann Lee', aliases: [] }],
      organization: [],
      place: [
        {
          type: 'place',
          key: 'place:geo:lyon',
          name: 'Lyon',
          aliases: [],
          placeKind: 'city',
          country: 'FR',
          lat: 45.76,
          lon: 4.83,
          ambiguous: false,
        },
      ],
      incident: rows,
    },
    sentenceMentions: rows.map((r) => ({ sentenceId: 'art:1', key: r.key, start: 2, end: 3, text: 'y' })),
    articleMentions: rows.map((r) => ({ key: r.key, count: 1 })),
    covers: rows.map((r) => r.key),
    relations: {
      PARTICIPATED_IN: rows.map((r) => ({
        from: 'person:ann lee',
        to: r.key,
        sentenceIds: ['art:1'],
        evidence: [2, 3],
        label: 'victim',
      })),
      LOCATED_IN: rows.map((r) => ({
        from: r.key,
        to: 'place:geo:lyon',
        sentenceIds: ['art:1'],
        evidence: [2, 3],
        label: null,
      })),
    },
    warnings: [],
    followUp,
  };
}

describe('framesOf', () => {
  it('makes the defendants the lede names participants of the trial, under the key their mention has', () => {
    const ref = incident('incident:art:1', { date: null, reference: true });
    const w = write([ref], {
      kind: 'trial',
      cue: 'verdict',
      defendants: [{ sentenceId: 'art:0', start: 0, end: 1, evidence: [0, 1] }],
    });
    // identity resolution gave the person a stored key: the mention carries it
    w.entities.person = [{ type: 'person', key: 'person:ann lee#gb', name: 'Ann Lee', aliases: [] }];
    w.sentenceMentions.push({ sentenceId: 'art:0', key: 'person:ann lee#gb', start: 0, end: 1, text: 'x' });
    const follow = framesOf(w).frames.find((f) => f.followUpOf.length)!;
    expect(follow.participants).toEqual([{ key: 'person:ann lee#gb', name: 'Ann Lee', role: 'defendant' }]);
    expect(follow.rows.relations.filter((r) => r.type === 'PARTICIPATED_IN')).toEqual([
      {
        type: 'PARTICIPATED_IN',
        from: 'person:ann lee#gb',
        to: '',
        sentenceIds: ['art:0'],
        evidence: [0, 1],
        label: 'defendant',
      },
    ]);
  });
  it('gives a follow-up the sentence of its cue as evidence when the title does not say it', () => {
    const ref = incident('incident:art:1', { date: null, reference: true });
    const w = write([ref], { kind: 'trial', cue: 'sentenced' });
    const lede = 'A court sentenced two men over the bombing.';
    w.article = { ...w.article, title: 'Two men jailed' };
    w.sentences = [
      { id: 'art:0', index: 0, start: 10, end: 10 + lede.length, text: lede, textHash: 'l' },
      w.sentences[1]!,
    ];
    const follow = framesOf(w).frames.find((f) => f.followUpOf.length)!;
    expect(follow.rows.count).toBe(1);
    expect(follow.rows.title).toBeUndefined();
    expect(follow.rows.mentions).toEqual([{ sentenceId: 'art:0', start: 18, end: 27, text: 'sentenced' }]);
  });

  it('makes frames that read back as they were written (storedFrameRecord, toFrame)', () => {
    const attack = incident('incident:bombing:place:geo:lyon:2024-02-28', { killedByList: true, toldApart: true });
    const unplaced = incident('incident:art:2', {
      placeKey: null,
      placeName: null,
      lat: null,
      lon: null,
      killed: null,
    });
    const ref = incident('incident:art:1', { date: null, reference: true });
    const frames = [
      ...framesOf(write([attack, unplaced])).frames,
      ...framesOf(write([ref], { kind: 'trial', cue: 'verdict' })).frames,
    ];
    expect(frames.some((f) => f.followUpOf.length)).toBe(true);
    for (const { toldApart: _, ...f } of frames)
      expect(toFrame(storedFrameRecord(f.key, frameProps(f)))).toStrictEqual(f);
  });

  it("reads a stored frame's record as the store returns it: no property for a null, integers, UTF-8 strings", () => {
    const f = framesOf(write([incident('incident:bombing:place:geo:lyon:2024-02-28')])).frames[0]!;
    const props = frameProps({ ...f, killed: 2.7, text: 'a \ud800 b', placeReason: null });
    const record = storedFrameRecord(f.key, props);
    expect(record).toMatchObject({ key: f.key, killed: 2, injured: null, text: 'a \ufffd b', placeReason: null });
    expect(record.incident).toBeNull();
    expect(record.rev).toBe(props.rev);
  });

  it('takes the incidents out of the write and keeps their rows on the frames', () => {
    const { frames, write: w } = framesOf(write([incident('incident:bombing:place:geo:lyon:2024-02-28')]));
    expect(w.entities.incident).toEqual([]);
    expect(w.covers).toEqual([]);
    expect(w.sentenceMentions).toEqual([]);
    expect(w.relations.PARTICIPATED_IN).toEqual([]);
    expect(frames).toHaveLength(1);
    const f = frames[0]!;
    expect(f.key).toBe('art|incident:bombing:place:geo:lyon:2024-02-28');
    expect(f.participants).toEqual([{ key: 'person:ann lee', name: 'Ann Lee', role: 'victim' }]);
    expect(f.place).toMatchObject({ key: 'place:geo:lyon', country: 'FR', placeKind: 'city' });
    expect(f.rows.mentions).toEqual([{ sentenceId: 'art:1', start: 2, end: 3, text: 'y' }]);
    expect(f.rows.relations.map((r) => [r.type, r.from, r.to])).toEqual([
      ['LOCATED_IN', '', 'place:geo:lyon'],
      ['PARTICIPATED_IN', 'person:ann lee', ''],
    ]);
    // the main incident is also described by the lede
    expect(f.text.split('\n')).toEqual(['Verdict in Lyon bombing trial', 'x', 'y']);
  });

  it('adds a follow-up frame for a follow-up article with a reference, and none without one', () => {
    const ref = incident('incident:art:1', { date: null, reference: true });
    const { frames } = framesOf(write([ref], { kind: 'trial', cue: 'verdict' }));
    const follow = frames.find((f) => f.followUpOf.length);
    expect(follow).toMatchObject({
      kind: 'trial',
      date: '2024-03-01',
      reference: false,
      followUpOf: ['art|incident:art:1'],
      followUpCue: 'verdict',
    });
    expect(follow!.name).toBe('Trial: Bombing incident:art:1 (2024-03-01)');
    // its evidence is the cue where the article says it: here the title ("Verdict in …")
    expect(follow!.rows).toMatchObject({ count: 0, mentions: [], title: [0, 7] });
    expect(
      framesOf(write([incident('incident:x')], { kind: 'trial', cue: 'verdict' })).frames.some(
        (f) => f.followUpOf.length,
      ),
    ).toBe(false);
  });

  it('places a follow-up at its court when the article names one, else where the incident it follows happened', () => {
    // the referred incident at a site in Lyon: the hearing is placed in the city, not at the scene
    const site = {
      type: 'place' as const,
      key: 'place:name:lyon-station',
      name: 'Lyon Station',
      aliases: [],
      placeKind: 'site',
      country: 'FR',
      lat: 45.761,
      lon: 4.831,
      ambiguous: false,
    };
    const ref = incident('incident:art:1', {
      date: null,
      reference: true,
      placeKey: site.key,
      placeName: site.name,
    });
    const w = write([ref], { kind: 'inquest', cue: 'inquest' });
    w.entities.place.push(site);
    w.relations.LOCATED_IN = [{ ...w.relations.LOCATED_IN![0]!, to: site.key }];
    const follow = framesOf(w).frames.find((f) => f.followUpOf.length)!;
    expect(follow.place).toMatchObject({ key: 'place:geo:lyon', country: 'FR' });
    expect(follow.placeReason).toMatch(/^follow-up-place\/incident-followed: .*Lyon \(the city of Lyon Station\)/);
    expect(follow.rows.relations.map((r) => [r.type, r.from, r.to])).toEqual([['LOCATED_IN', '', 'place:geo:lyon']]);
    // the court the article names wins over the incident's place
    const paris = { ...site, key: 'place:geo:paris', name: 'Paris', placeKind: 'city', lat: 48.85, lon: 2.35 };
    const tried = write([incident('incident:art:1', { date: null, reference: true })], {
      kind: 'trial',
      cue: 'trial',
      place: { key: paris.key, sentenceId: 'art:0', start: 0, end: 1, reason: 'follow-up-place/court-in-city: Paris' },
    });
    tried.entities.place.push(paris);
    const atCourt = framesOf(tried).frames.find((f) => f.followUpOf.length)!;
    expect(atCourt).toMatchObject({ placeName: 'Paris', placeReason: 'follow-up-place/court-in-city: Paris' });
    const props = incidentProperties(
      { key: 'T', members: [atCourt.key], merges: [] },
      new Map([[atCourt.key, atCourt]]),
    );
    expect(props).toMatchObject({ placeName: 'Paris', placeReason: 'follow-up-place/court-in-city: Paris' });
    // an unplaced incident followed, no court: unplaced
    const bare = framesOf(
      write([incident('incident:art:1', { date: null, reference: true, placeKey: null })], {
        kind: 'anniversary',
        cue: 'years on',
      }),
    ).frames.find((f) => f.followUpOf.length)!;
    expect(bare.place).toBeNull();
  });

  it('follows the past event the article names first, not one named as background further down', () => {
    const tried = incident('incident:art:tried', { date: '2016-03-22', reference: true });
    const background = incident('incident:art:background', { date: '2015-11-13', reference: true });
    const w = write([tried, background], { kind: 'trial', cue: 'verdict' });
    const at = (key: string, sentenceId: string) => ({ sentenceId, key, start: 0, end: 1, text: 'x' });
    w.sentenceMentions = [at(tried.key, 'art:0'), at(tried.key, 'art:1'), at(background.key, 'art:1')];
    const follow = framesOf(w).frames.find((f) => f.followUpOf.length)!;
    expect(follow.followUpOf).toEqual(['art|incident:art:tried']);
    // named together where the article first names a past event: both are followed
    w.sentenceMentions = [at(tried.key, 'art:0'), at(background.key, 'art:0')];
    expect(framesOf(w).frames.find((f) => f.followUpOf.length)!.followUpOf).toEqual([
      'art|incident:art:background',
      'art|incident:art:tried',
    ]);
  });

  it("links an article's arrest to the violent incident it reports, unless the arrest came before it", () => {
    const attack = incident('incident:bombing:place:geo:lyon:2024-02-28');
    const arrest = incident('incident:art:2', { kind: 'arrest', date: null, killed: null });
    const { frames } = framesOf(write([attack, arrest]));
    const a = frames.find((f) => f.kind === 'arrest')!;
    const b = frames.find((f) => f.kind === 'bombing')!;
    expect(a.followUpOf).toEqual([b.key]);
    expect(b.followedUp).toBe(true);
    expect(b.followUpOf).toEqual([]);
    // an arrest of years before is background, not a follow-up
    const earlier = incident('incident:art:3', { kind: 'arrest', date: null, datePeriod: '2019', killed: null });
    const old = framesOf(write([attack, earlier])).frames.find((f) => f.kind === 'arrest')!;
    expect(old.followUpOf).toEqual([]);
    // an article with no violent incident links nothing
    expect(framesOf(write([arrest])).frames[0]!.followUpOf).toEqual([]);
  });

  it('links an arrest told with another violent incident of the article to that one (rule follow-up/response-of-its-own-telling)', () => {
    // the article is mostly about a shooting (sentences 0 and 1); a siege of days before is told in sentence 2, whose
    // attackers "police … held" there, and the arrest is told again in sentence 3
    const shooting = incident('incident:shooting', { kind: 'shooting', killed: 1 });
    const siege = incident('incident:siege', { kind: 'hostage-taking', date: '2024-02-20', killed: null });
    const arrest = incident('incident:arrest', { kind: 'arrest', date: null, killed: null });
    const mention = (key: string, n: number) => ({ sentenceId: `art:${n}`, key, start: 0, end: 1, text: 'x' });
    const base = write([shooting, siege, arrest]);
    const w: ArticleWrite = {
      ...base,
      sentenceMentions: [
        mention(shooting.key, 0),
        mention(shooting.key, 1),
        mention(siege.key, 2),
        mention(arrest.key, 2),
        mention(arrest.key, 3),
      ],
      relations: {
        PARTICIPATED_IN: [
          { from: 'person:ann lee', to: shooting.key, sentenceIds: ['art:0'], evidence: [0, 1], label: 'victim' },
        ],
      },
    };
    const byKind = (ws: ArticleWrite, kind: string) => framesOf(ws).frames.find((f) => f.kind === kind)!;
    const frames = framesOf(w).frames;
    const a = frames.find((f) => f.kind === 'arrest')!;
    expect(a.followUpOf).toEqual([frames.find((f) => f.kind === 'hostage-taking')!.key]);
    expect(frames.find((f) => f.kind === 'hostage-taking')!.followedUp).toBe(true);
    expect(frames.find((f) => f.kind === 'shooting')!.followedUp).toBe(false);
    // told in sentences of its own, it follows the incident the article is mostly about
    const apart = { ...w, sentenceMentions: [...w.sentenceMentions.slice(0, 3), mention(arrest.key, 3)] };
    expect(byKind(apart, 'arrest').followUpOf).toEqual([byKind(apart, 'shooting').key]);
    // the participants the article links to the main incident in the arrest's sentence count for it as well: a tie
    // keeps the main incident
    const tie: ArticleWrite = {
      ...w,
      relations: {
        PARTICIPATED_IN: [
          { from: 'person:ann lee', to: shooting.key, sentenceIds: ['art:2'], evidence: [0, 1], label: 'victim' },
        ],
      },
    };
    expect(byKind(tie, 'arrest').followUpOf).toEqual([byKind(tie, 'shooting').key]);
  });

  it('links a violent act of the police (a suspect shot by police) to the incident the article reports', () => {
    const attack = incident('incident:bombing:place:geo:lyon:2024-02-28', { kind: 'vehicle attack' });
    const shot = incident('incident:art:2', { kind: 'shooting', date: null, killed: 1 });
    const { frames } = framesOf(write([attack, { ...shot, byResponders: true }]));
    const s = frames.find((f) => f.kind === 'shooting')!;
    expect(s.followUpOf).toEqual([frames.find((f) => f.kind === 'vehicle attack')!.key]);
    // a shooting the police did not do is another incident, not a follow-up (it is part of the series the attack
    // began: rule part-of/same-article-series)
    expect(framesOf(write([attack, shot])).frames.find((f) => f.kind === 'shooting')!.followUpCue).toBe(
      SERIES_PART_CUE,
    );
  });

  it('links no response to an incident that came after the response, dated by the reports of its Incident', () => {
    const inArticle = (id: string, rows: IncidentRow[]) => {
      const w = write(rows);
      return framesOf({ ...w, article: { ...w.article, id } }).frames;
    };
    // an arrest reported on its day, after an attack of months before
    const first = inArticle('a', [
      incident('incident:attack', { date: '2015-11-13' }),
      incident('incident:arrest', { kind: 'arrest', date: '2016-03-18', killed: null }),
    ]);
    // a later bombing whose report recalls the same arrest, undated there ("four days after the arrest")
    const second = inArticle('b', [
      incident('incident:bombing', { date: '2016-03-22' }),
      incident('incident:arrest', { kind: 'arrest', date: null, killed: null }),
    ]);
    const frames = new Map([...first, ...second].map((f) => [f.key, f]));
    const assignment = new Map<string, string | null>([
      ['a|incident:attack', 'inc:attack'],
      ['a|incident:arrest', 'inc:arrest'],
      ['b|incident:bombing', 'inc:bombing'],
      ['b|incident:arrest', 'inc:arrest'],
    ]);
    const { rows } = followUpRows(frames, assignment, new Map());
    expect(rows.map((r) => [r.from, r.to])).toEqual([['inc:arrest', 'inc:attack']]);
    // the link keeps the rule that made it, for the edge panel's reason
    expect(rows.map((r) => r.rules)).toEqual([['follow-up/response-of-its-own-telling']]);
  });

  it('links no act the article tells apart ("In a separate incident") to a series', () => {
    const w = write([
      incident('incident:ambush', { kind: 'ambush', date: '2024-02-27' }),
      incident('incident:market', { kind: 'bombing', date: '2024-02-28', toldApart: true }),
      incident('incident:bridge', { kind: 'bombing', date: '2024-02-28' }),
    ]);
    const byKey = new Map(framesOf(w).frames.map((f) => [f.key, f]));
    expect(byKey.get('art|incident:market')!.followUpOf).toEqual([]);
    expect(byKey.get('art|incident:bridge')!.followUpCue).toBe(SERIES_PART_CUE);
    expect(byKey.get('art|incident:bridge')!.followUpOf).toEqual(['art|incident:ambush']);
  });

  it('links the further attacks an article reports within days to the attack that began the series (PART_OF)', () => {
    const inArticle = (id: string, published: string, rows: IncidentRow[]) => {
      const w = write(rows);
      return framesOf({ ...w, article: { ...w.article, id, published } }).frames;
    };
    // the first report of a bank robbery that left two guards dead in Arles
    const report = inArticle('a', '2021-05-04', [
      incident('incident:robbery', { kind: 'shooting', date: '2021-05-03' }),
    ]);
    // two days later: the robbers, named as the men behind the Arles raid (a reference), stabbed a farmer in Nîmes on
    // Tuesday and set fire to a barn in Uzès; an undated car theft at gunpoint on the way; a riot of 2012 as background
    const later = inArticle('b', '2021-05-06', [
      incident('incident:robbery', { kind: 'shooting', date: null, reference: true }),
      incident('incident:farmer', { kind: 'stabbing', date: '2021-05-04' }),
      incident('incident:barn', { kind: 'arson', date: '2021-05-05' }),
      incident('incident:car', { kind: 'hijacking', date: null }),
      incident('incident:old', { kind: 'bombing', date: null, reference: true }),
      incident('incident:arrest', { kind: 'arrest', date: '2021-05-05', killed: null }),
    ]);
    const key = (id: string) => `b|incident:${id}`;
    const byKey = new Map(later.map((f) => [f.key, f]));
    expect(byKey.get(key('farmer'))!.followUpCue).toBe(SERIES_PART_CUE);
    expect(byKey.get(key('robbery'))!.followUpOf).toEqual([]);
    // the arrest is a response, a follow-up, not part of the series
    expect(byKey.get(key('arrest'))!.followUpCue).not.toBe(SERIES_PART_CUE);
    const frames = new Map([...report, ...later].map((f) => [f.key, f]));
    const assignment = new Map<string, string | null>([
      ['a|incident:robbery', 'inc:robbery'],
      [key('robbery'), 'inc:robbery'],
      [key('farmer'), 'inc:farmer'],
      [key('barn'), 'inc:barn'],
      [key('car'), 'inc:car'],
      [key('old'), 'inc:old'],
      [key('arrest'), 'inc:arrest'],
    ]);
    // the old bombing is dated by a report of its own, years before
    const old = inArticle('c', '2012-07-01', [incident('incident:old', { date: '2012-06-30' })]);
    for (const f of old) frames.set(f.key, f);
    assignment.set('c|incident:old', 'inc:old');
    const partRows = followUpRows(frames, assignment, new Map()).rows.filter((r) => r.type === 'PART_OF');
    expect(partRows.every((r) => r.rules.join() === 'part-of/same-article-series')).toBe(true);
    const parts = partRows.map((r) => [r.from, r.to, r.label]);
    expect(parts).toEqual([
      ['inc:barn', 'inc:robbery', SERIES_PART_CUE],
      ['inc:car', 'inc:robbery', SERIES_PART_CUE],
      ['inc:farmer', 'inc:robbery', SERIES_PART_CUE],
    ]);
    // a PART_OF link names no follow-up
    expect(
      followsNames(
        followUpRows(frames, assignment, new Map()).rows,
        new Map([['inc:robbery', { name: 'Shooting in Arles (2021-05-03)', date: '2021-05-03' }]]),
      ).size,
    ).toBe(0);
  });

  it('begins no series with a past attack named as background, nor makes part of one an act of days before it', () => {
    const w = write([
      incident('incident:old', { kind: 'bombing', date: null, reference: true }),
      incident('incident:new', { kind: 'vehicle attack', date: '2024-02-28' }),
      incident('incident:next', { kind: 'stabbing', date: '2024-02-29' }),
      incident('incident:recalled', { kind: 'shooting', date: null }),
    ]);
    const frames = new Map(framesOf(w).frames.map((f) => [f.key, f]));
    const assignment = new Map<string, string | null>([
      ['art|incident:old', 'inc:old'],
      ['art|incident:new', 'inc:new'],
      ['art|incident:next', 'inc:next'],
      ['art|incident:recalled', 'inc:recalled'],
    ]);
    const dates: Array<[string, string]> = [
      ['inc:old', '2019-01-01'],
      ['inc:recalled', '2024-01-10'],
    ];
    for (const [inc, date] of dates) {
      const f = framesOf({ ...write([incident(`incident:${inc}`, { date })]), article: { ...w.article, id: inc } })
        .frames[0]!;
      frames.set(f.key, f);
      assignment.set(f.key, inc);
    }
    const parts = followUpRows(frames, assignment, new Map())
      .rows.filter((r) => r.type === 'PART_OF')
      .map((r) => [r.from, r.to]);
    // the stabbing of the next day is part of the new attack, not of the bombing of 2019; the shooting the article
    // recalls was reported weeks before, so it is part of nothing
    expect(parts).toEqual([['inc:next', 'inc:new']]);
  });

  it('names on a follow-up node the incidents it follows, earliest first', () => {
    const incidents = new Map([
      ['inc:paris', { name: 'Bombing in Paris (2015-11-13)', date: '2015-11-13' }],
      ['inc:brussels', { name: 'Bombing at Brussels Airport (2016-03-22)', date: '2016-03-22' }],
      ['inc:trial', { name: 'Sentencing: Attack in Paris (2022-06-29)', date: '2022-06-29' }],
    ]);
    const names = followsNames(
      [
        { from: 'inc:trial', to: 'inc:brussels' },
        { from: 'inc:trial', to: 'inc:paris' },
        { from: 'inc:trial', to: 'inc:gone' },
      ],
      incidents,
    );
    expect([...names]).toEqual([
      ['inc:trial', 'Bombing in Paris (2015-11-13); Bombing at Brussels Airport (2016-03-22)'],
    ]);
  });

  it('names a follow-up node after the node it follows, keeping its own day, and no other node', () => {
    const props: Array<Record<string, unknown>> = [
      {
        key: 'inc:attack',
        name: 'Vehicle attack in Lyon (2021-05-02)',
        kind: 'vehicle attack',
        date: '2021-05-02',
        aliases: [],
      },
      { key: 'inc:trial', name: 'Trial: Attack (2022-10-04)', kind: 'trial', date: '2022-10-04', aliases: [] },
      { key: 'inc:arrest', name: 'Arrest in Lyon (2021-05-03)', kind: 'arrest', date: '2021-05-03', aliases: [] },
      { key: 'inc:alone', name: 'Inquest: Fire (2022-01-01)', kind: 'inquest', date: '2022-01-01', aliases: [] },
    ];
    followUpNodeNames(props, [
      { from: 'inc:trial', to: 'inc:attack' },
      { from: 'inc:arrest', to: 'inc:attack' },
    ]);
    expect(props.map((p) => p['name'])).toEqual([
      'Vehicle attack in Lyon (2021-05-02)',
      'Trial: Vehicle attack in Lyon (2022-10-04)',
      'Arrest in Lyon (2021-05-03)',
      'Inquest: Fire (2022-01-01)',
    ]);
    expect(props[1]).toMatchObject({
      aliases: ['Trial: Attack (2022-10-04)'],
      searchText: 'Trial: Vehicle attack in Lyon (2022-10-04) Trial: Attack (2022-10-04)',
    });
  });

  it('derives node properties from what most members say, whichever order they are listed in', () => {
    const a = framesOf(write([incident('incident:bombing:place:geo:lyon:2024-02-28')])).frames[0]!;
    const b = {
      ...a,
      key: 'b|k',
      articleId: 'b',
      extractedKey: 'incident:b:1',
      kind: 'explosion',
      killed: 3,
      published: '2024-02-29',
    };
    const c = {
      ...a,
      key: 'c|k',
      articleId: 'c',
      extractedKey: 'incident:c:1',
      kind: 'bombing',
      date: '2024-02-27',
      published: '2024-02-28',
    };
    const frames = new Map([a, b, c].map((f) => [f.key, f]));
    const p1 = incidentProperties({ key: 'K', members: [a.key, b.key, c.key], merges: [] }, frames);
    const p2 = incidentProperties({ key: 'K', members: [c.key, a.key, b.key], merges: [] }, frames);
    expect(p2).toEqual(p1);
    expect(p1).toMatchObject({ kind: 'bombing', killed: 3, firstReported: '2024-02-28', name: a.name, frames: 3 });
  });

  it('names the node from what its reports agree on, so the name never contradicts its date or place', () => {
    const lyon = 'place:geo:lyon';
    const villeurbanne = 'place:geo:villeurbanne';
    const at = (id: string, over: Partial<IncidentRow>) =>
      framesOf({ ...write([incident(`incident:${id}:1`, over)]), article: { ...write([]).article, id } }).frames[0]!;
    // the first report misplaces and misdates it; two others agree on Lyon, the 28th
    const a = at('a', {
      name: 'Bombing in Villeurbanne (2024-02-27)',
      placeName: 'Villeurbanne',
      placeKey: villeurbanne,
      date: '2024-02-27',
    });
    const b = at('b', { name: 'Bombing in Lyon (2024-02-28)', placeKey: lyon });
    const c = at('c', { name: 'Bombing in Lyon (2024-02-28)', placeKey: lyon });
    const frames = new Map([a, b, c].map((f) => [f.key, f]));
    const p = incidentProperties({ key: 'K', members: [a.key, b.key, c.key], merges: [] }, frames);
    expect(p).toMatchObject({ date: '2024-02-28', placeName: 'Lyon', name: 'Bombing in Lyon (2024-02-28)' });
    expect(p['aliases']).toEqual(['Bombing in Villeurbanne (2024-02-27)']);
    // a name of another shape (a follow-up's) is kept as its report gave it
    const trial = at('t', { name: 'Trial: Bombing in Lyon (2024-06-01)', kind: 'trial', date: '2024-06-01' });
    const q = incidentProperties({ key: 'T', members: [trial.key], merges: [] }, new Map([[trial.key, trial]]));
    expect(q['name']).toBe('Trial: Bombing in Lyon (2024-06-01)');
  });
});
