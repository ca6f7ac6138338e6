// Conflict-event notes (ACLED-style one-paragraph notes, test/fixtures/conflict-notes/notes.json): incident recall
// and the fields of the incident found, scored as the event benchmarks do (family, place, country, date, casualties,
// perpetrator and victim by head noun). Prints the figures; VERBOSE=1 lists each note's misses. The floors below are
// the figures measured when the set was written, so a change that loses ground fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { incidentFamily, incidentKindInfo } from '../../src/ontology/index.js';
import { res } from '../helpers/resources.js';

interface Note {
  id: string;
  published: string;
  text: string;
  gold: {
    /** null for a note with no violent incident (a strategic development): any incident found counts against precision */
    family: string | null;
    place: string[];
    country: string;
    date: string;
    killed: number | null;
    injured: number | null;
    perpetrator: string[];
    victim: string[];
  };
  /** the helper session that wrote the note (absent for the first 56): figures are printed per batch too */
  batch?: string;
}

const notes = (
  JSON.parse(readFileSync(new URL('../fixtures/conflict-notes/notes.json', import.meta.url), 'utf8')) as {
    notes: Note[];
  }
).notes;

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** the head noun: the last word before a comma or "of", a plural "s" off (as the event scorers read roles) */
const head = (s: string) => {
  const w = norm(s.split(',')[0]!.replace(/\s+(?:of|in|from)\s.*$/i, '')).split(' ');
  const h = w[w.length - 1] ?? '';
  return h.length > 3 ? h.replace(/s$/, '') : h;
};
const samePlace = (a: string, b: string) => {
  const x = norm(a),
    y = norm(b);
  return !!x && !!y && (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
};

interface Tally {
  right: number;
  of: number;
}
const rate = (t: Tally) => (t.of ? t.right / t.of : 1);

function scoreNotes(notes: Note[], verbose: boolean) {
  let found = 0,
    quiet = 0,
    quietWithIncident = 0,
    predFam = 0,
    predFamOk = 0;
  const slots: Record<string, Tally> = {};
  const tally = (name: string, ok: boolean | null) => {
    if (ok === null) return;
    const t = (slots[name] ??= { right: 0, of: 0 });
    t.of++;
    if (ok) t.right++;
  };
  const roles = { perpetrator: { tp: 0, pred: 0, gold: 0 }, victim: { tp: 0, pred: 0, gold: 0 } };
  const rows: string[] = [];
  for (const note of notes) {
    const ents = extract({ id: note.id, text: note.text, published: note.published }, res).entities;
    const places = new Map(ents.filter((e): e is PlaceEntity => e.type === 'place').map((e) => [e.id, e]));
    // what the event scorers read of a participant: its own name, its entity's name and the entity's aliases
    const names = new Map(ents.map((e) => [e.id, [e.name, ...e.aliases]]));
    const incs = ents.filter(
      (e): e is IncidentEntity => e.type === 'incident' && incidentKindInfo(e.kind).violent && !e.reference,
    );
    const fams = [...new Set(incs.map((i) => incidentFamily(i.kind)))];
    predFam += fams.length;
    predFamOk += fams.filter((f) => f === note.gold.family).length;
    const g = note.gold;
    const wrong: string[] = [];
    if (g.family === null) {
      quiet++;
      if (incs.length) {
        quietWithIncident++;
        rows.push(`${note.id}: SPURIOUS ${JSON.stringify(incs.map((i) => i.kind))} (no violent incident in gold)`);
      }
      continue;
    }
    if (!incs.length) {
      rows.push(`${note.id}: MISSED (no violent incident)`);
      tally('kind', false);
    } else {
      found++;
      const inc = incs.find((i) => incidentFamily(i.kind) === g.family) ?? incs[0]!;
      const place = inc.placeId ? places.get(inc.placeId) : undefined;
      const check = (name: string, ok: boolean | null, got: unknown, want: unknown) => {
        tally(name, ok);
        if (ok === false) wrong.push(`${name} ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
      };
      check('kind', incidentFamily(inc.kind) === g.family, inc.kind, g.family);
      check(
        'place',
        g.place.some((p) => samePlace(p, inc.place ?? '')),
        inc.place,
        g.place,
      );
      check('country', (place?.country ?? '').toUpperCase() === g.country, place?.country ?? null, g.country);
      check('date', inc.date === g.date, inc.date, g.date);
      check('casualties', g.killed === null ? null : inc.killed === g.killed, inc.killed, g.killed);
      check('casualties', g.injured === null ? null : inc.injured === g.injured, inc.injured, g.injured);
    }
    // roles over all the note's incidents, each gold role matched once by head noun
    for (const role of ['perpetrator', 'victim'] as const) {
      const pred = [
        ...new Map(
          incs.flatMap((i) =>
            i.participants
              .filter((p) => p.role === role)
              .map((p) => {
                // keyed by the head of the name shown (the entity's, else the participant's), as before
                const alts = [...((p.entity && names.get(p.entity)) || []), p.name].filter(Boolean);
                return [head(alts[0]!), alts] as const;
              }),
          ),
        ).values(),
      ];
      const gold = new Set(g[role].map(head));
      // each gold head matched once, by any name a predicted participant goes by
      const matched = new Set<string>();
      for (const alts of pred) {
        const hit = alts.map(head).find((h) => gold.has(h) && !matched.has(h));
        if (hit) matched.add(hit);
      }
      const tp = matched.size;
      roles[role].tp += tp;
      roles[role].pred += pred.length;
      roles[role].gold += gold.size;
      if (tp < gold.size || tp < pred.length)
        wrong.push(`${role} ${JSON.stringify(pred.map((a) => a[0]))} want ${JSON.stringify(g[role])}`);
    }
    if (wrong.length) rows.push(`${note.id}: ${wrong.join('; ')}`);
  }
  const f1 = (r: { tp: number; pred: number; gold: number }) => {
    const p = r.pred ? r.tp / r.pred : 0,
      rc = r.gold ? r.tp / r.gold : 0;
    return p + rc ? (2 * p * rc) / (p + rc) : 0;
  };
  const recall = found / (notes.length - quiet),
    precision = predFam ? predFamOk / predFam : 0;
  const incidentF1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fields = Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, rate(v)]));
  const parts = [
    incidentF1,
    fields.kind!,
    fields.place!,
    fields.country!,
    fields.date!,
    fields.casualties!,
    f1(roles.perpetrator),
    f1(roles.victim),
  ];
  const eventScore = parts.reduce((a, b) => a + b, 0) / parts.length;
  if (verbose) console.log(rows.join('\n'));
  return {
    recall,
    precision,
    quiet,
    quietWithIncident,
    eventScore,
    fields,
    perpetratorF1: f1(roles.perpetrator),
    victimF1: f1(roles.victim),
  };
}

describe('conflict-event notes', () => {
  it('finds the incident of each note and reads its fields', () => {
    const s = scoreNotes(notes, !!process.env.VERBOSE);
    const f = (x: number) => x.toFixed(3);
    for (const batch of [...new Set(notes.map((n) => n.batch ?? 'first'))]) {
      const b = scoreNotes(
        notes.filter((n) => (n.batch ?? 'first') === batch),
        false,
      );
      console.log(
        `  batch ${batch}: event score ${f(b.eventScore)}; recall ${f(b.recall)}, precision ${f(b.precision)}; ` +
          Object.entries(b.fields)
            .map(([k, v]) => `${k} ${f(v)}`)
            .join(', ') +
          `; perpetrator F1 ${f(b.perpetratorF1)}, victim F1 ${f(b.victimF1)}; quiet with incident ${b.quietWithIncident}`,
      );
    }
    console.log(
      `conflict notes (${notes.length}): event score ${f(s.eventScore)}; incident recall ${f(s.recall)}, precision ${f(s.precision)}; ` +
        Object.entries(s.fields)
          .map(([k, v]) => `${k} ${f(v)}`)
          .join(', ') +
        `; perpetrator F1 ${f(s.perpetratorF1)}, victim F1 ${f(s.victimF1)}`,
    );
    console.log(`quiet notes (no violent incident): ${s.quiet}, with a spurious incident: ${s.quietWithIncident}`);
    // measured when the set was written: recall 1.000, event score 0.872 (targets: recall 0.85, event score 0.70)
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    // places below the region and their countries (notes22: place 1.000, country 1.000, event score 0.954)
    // notes25 added 31 harder notes (29 incidents, 2 strategic developments): 56 notes, event score 0.928, place 0.926
    // notes26 added 30 notes (27 incidents, 3 with none: a peaceful march, a demolition, looting) of riots, mob
    // violence, drones, front lines and tolls said to be none; the riot family took two first-batch notes (a mob
    // lynching, communal rioters' arson): first 56 0.934, new 30 0.891 (0.716 before), all 86 0.922, place 0.938
    expect(s.eventScore).toBeGreaterThanOrEqual(0.92);
    expect(s.fields.place).toBeGreaterThanOrEqual(0.92);
    expect(s.quietWithIncident).toBe(0);
    expect(s.fields.country).toBeGreaterThanOrEqual(0.96);
  });
});
