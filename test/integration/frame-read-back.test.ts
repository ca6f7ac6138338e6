// A frame a batch writes is given, as it is written, the form a later batch reads back (src/graph/incident-frames.ts
// identifyWritten, storedFrameRecord), so that the pairs scored with it are kept from batch to batch. Here, against a
// real Neo4j and the real extractor, the record predicted for each written frame is the record the store returns
// (numbers, dates, lists empty or not, properties left unset, strings), and the frame made from it is the frame
// written. Texts written for this test.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import {
  createFrames,
  frameProps,
  framesOf,
  incidentWriterStats,
  lockIncidents,
  readFrameRecords,
  storedFrameRecord,
  toFrame,
  type StoredFrame,
} from '../../src/graph/incident-frames.js';
import { extractedArticleWrite } from '../helpers/article-write.js';
import { useTestGraph } from '../helpers/neo4j.js';

const TEXTS = [
  {
    title: 'Car bomb kills four in Kirkuk market',
    published: '2024-05-20',
    text: 'KIRKUK, Iraq — A car bomb exploded near a crowded vegetable market in Kirkuk on Sunday, killing four people and wounding 17, police said. Police arrested two men near the market on Sunday evening.\n\nNo group claimed the attack.',
  },
  {
    title: 'Trial opens over Kirkuk market bombing',
    published: '2024-09-02',
    text: 'The trial of two men accused of the May 19 car bombing at a Kirkuk market that killed four people opened in Baghdad on Monday.\n\nProsecutors said the men bought the explosives a week before the attack.',
  },
  {
    title: 'Man stabbed outside nightclub',
    published: '2024-06-11',
    text: 'A man was stabbed to death outside a nightclub early on Tuesday, police said. Officers are looking for two suspects who fled on foot.',
  },
];

function framesOfTexts(): StoredFrame[] {
  return TEXTS.flatMap((t, item) => framesOf(extractedArticleWrite(t, 'frame-read-back', item)).frames);
}

let graph: Graph;
useTestGraph((g) => (graph = g), { reset: 'each' });

async function writeAndRead(frames: StoredFrame[]): Promise<Map<string, Record<string, unknown>>> {
  await graph.write(async (tx) => {
    await lockIncidents(tx);
    await createFrames(tx, frames);
  });
  const records = await graph.read((tx) =>
    readFrameRecords(
      tx,
      frames.map((f) => f.key),
    ),
  );
  return new Map(records.map((r) => [String(r.key), r]));
}

const withoutToldApart = ({ toldApart: _, ...facts }: StoredFrame) => facts;

describe('a frame as written and as read back', () => {
  it('is predicted exactly for real frames, and the frame read back is the frame written', async () => {
    const frames = framesOfTexts();
    // the shapes this test is about: a dated and placed report with counts, a response that follows it, a reference,
    // an unplaced report
    expect(frames.some((f) => f.killed !== null && f.place?.lat !== null && f.date)).toBe(true);
    expect(frames.some((f) => f.followUpOf.length > 0 && f.killed === null)).toBe(true);
    expect(frames.some((f) => f.reference)).toBe(true);
    expect(frames.some((f) => f.place === null)).toBe(true);
    const before = incidentWriterStats();
    const stored = await writeAndRead(frames);
    expect(stored.size).toBe(frames.length);
    for (const f of frames) {
      const record = stored.get(f.key)!;
      const predicted = storedFrameRecord(f.key, frameProps(f));
      // the same columns in the same order (readFrames hashes them in order) with the same values
      expect(Object.keys(predicted)).toEqual(Object.keys(record));
      expect(predicted).toStrictEqual(record);
      expect(toFrame(record)).toStrictEqual(withoutToldApart(f));
    }
    const after = incidentWriterStats();
    expect(after.writtenIdentified! - before.writtenIdentified!).toBe(frames.length);
    expect(after.writtenUnlike! - before.writtenUnlike!).toBe(0);
  }, 120_000);

  it("predicts Neo4j's values: doubles, integers, unset properties, empty lists, strings as UTF-8 holds them", async () => {
    const base = framesOfTexts().find((f) => f.place !== null && f.date !== null)!;
    const odd: StoredFrame = {
      ...base,
      key: `${base.articleId}#odd`,
      extractedKey: 'incident:odd',
      // whole-number coordinates are sent and stored as doubles; a count is read back as an integer
      place: { ...base.place!, lat: 36, lon: -0.5, admin1: null, placeKind: null },
      killed: 3,
      injured: 0,
      date: '2024-05',
      datePrecision: 'month',
      participants: [],
      described: [],
      followUpOf: ['x#incident:a', 'x#incident:b'],
      followUpCue: 'trial',
      placeReason: 'the court its article names',
      killedByList: true,
      byResponders: true,
      text: 'Kirkuk — “quoted” é 🚀',
    };
    const unplaced: StoredFrame = {
      ...base,
      key: `${base.articleId}#unplaced`,
      extractedKey: 'incident:unplaced',
      place: null,
      placeName: null,
      kind: null,
      date: null,
      killed: null,
      injured: null,
      names: [],
      source: null,
    };
    // a lone surrogate cannot be written as UTF-8: the store holds U+FFFD, so the frame read back differs from the
    // written one and is not given its read-back form
    const broken: StoredFrame = {
      ...base,
      key: `${base.articleId}#broken`,
      extractedKey: 'incident:broken',
      text: 'a \ud800 b',
    };
    const before = incidentWriterStats();
    const stored = await writeAndRead([odd, unplaced, broken]);
    for (const f of [odd, unplaced, broken]) {
      const record = stored.get(f.key)!;
      expect(Object.keys(storedFrameRecord(f.key, frameProps(f)))).toEqual(Object.keys(record));
      expect(storedFrameRecord(f.key, frameProps(f))).toStrictEqual(record);
    }
    expect(stored.get(odd.key)).toMatchObject({ lat: 36, lon: -0.5, killed: 3, injured: 0, participants: [] });
    expect(stored.get(unplaced.key)).toMatchObject({ lat: null, killed: null, placeKey: null, placeReason: null });
    expect(stored.get(broken.key)!.text).toBe('a \ufffd b');
    expect(toFrame(stored.get(odd.key))).toStrictEqual(odd);
    expect(toFrame(stored.get(unplaced.key))).toStrictEqual({ ...unplaced, placeReason: unplaced.placeReason ?? null });
    const after = incidentWriterStats();
    expect(after.writtenUnlike! - before.writtenUnlike!).toBe(1);
  }, 120_000);
});
