// Relations between entities, each with the evidence offsets that support it.
//
// Patterns over the text between two entity mentions of one sentence (how news writes these facts):
//   role         "Jane Roe, the director of the Agency" / "Agency Director Jane Roe" / "the Agency's head, Jane Roe"
//   affiliation  "John Doe, a member of the Front" / "Front fighter John Doe" / "John Doe joined the Front"
//   location     incident in its place; "the Front, based in Ruritania" / "Front militants in Ruritania"; "Springfield, Ruritania"
//   participation  incident participants, evidenced where both are mentioned
//   speech       "Speaking at the Institute, Jane Roe said" / "Jane Roe told the Gazette"; a speaker talking about an incident
//   co_mention   the weakest link: a few named entities of one sentence, only where no stronger relation exists
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import { MentionIndex, type EntityMention } from './mention-index.js';
import type { RelationCues } from './relation-cues.js';
import { firstMatch } from '../rules/index.js';
import { PAIR_RULES, span } from './rules/relation-rules.js';
import type { Evidence, IncidentEntity, Relation, RelationType, Sentence } from './types.js';

/** at most this many entities of one sentence are linked by co-mention (so at most 6 pairs) */
export const CO_MENTION_MAX_ENTITIES = 4;

class RelationSet {
  private readonly byKey = new Map<string, Relation>();

  add(type: RelationType, from: string, to: string, evidence: Evidence, label?: string, rule?: string): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    const r = this.byKey.get(key);
    if (r) {
      if (!r.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) r.evidence.push(evidence);
      if (rule && !r.rules?.includes(rule)) (r.rules ??= []).push(rule);
      return;
    }
    this.byKey.set(key, { type, from, to, ...(label ? { label } : {}), evidence: [evidence], ...(rule ? { rules: [rule] } : {}) });
  }

  has(type: RelationType, from: string, to: string): boolean {
    return this.byKey.has(`${type}|${from}|${to}`);
  }

  linked(a: string, b: string): boolean {
    for (const r of this.byKey.values()) if ((r.from === a && r.to === b) || (r.from === b && r.to === a)) return true;
    return false;
  }

  list(): Relation[] {
    const out = [...this.byKey.values()];
    for (const r of out) r.evidence.sort((a, b) => a.start - b.start);
    return out;
  }
}


/** outermost mentions of a sentence, in text order */
function topLevel(ms: EntityMention[]): EntityMention[] {
  return ms.filter((m) => !ms.some((o) => o !== m && o.mention.start <= m.mention.start && m.mention.end <= o.mention.end && o.mention.end - o.mention.start > m.mention.end - m.mention.start));
}

const isPerson = (m: EntityMention) => m.entity.type === 'person';
const isOrg = (m: EntityMention) => m.entity.type === 'organization';
const isPlace = (m: EntityMention) => m.entity.type === 'place';

function pairPatterns(doc: Doc, s: Sentence, ms: EntityMention[], cues: RelationCues, out: RelationSet): void {
  const text = doc.text;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    for (let j = i + 1; j < Math.min(ms.length, i + 3); j++) {
      const b = ms[j]!;
      const gap = text.slice(a.mention.end, b.mention.start);
      if (gap.length > 90) break;
      const after = text.slice(b.mention.end, Math.min(s.end, b.mention.end + 60));
      const before = text.slice(Math.max(s.start, a.mention.start - 60), a.mention.start);
      const hit = firstMatch(PAIR_RULES, { a, b, gap, before, after, next: ms[j + 1], adjacent: j === i + 1, text, sentence: s.index, cues }, doc.res.rules);
      for (const r of hit?.out ?? []) out.add(r.type, r.from, r.to, r.evidence, r.label, hit!.rule.id);
    }
  }
}

interface Speaker {
  id: string;
  venueKey: string | null;
}

/** speech relations: venues, media told, and speakers about incidents; pronoun "he said" continues the last speaker */
function speech(doc: Doc, idx: MentionIndex, incidents: IncidentEntity[], cues: RelationCues, out: RelationSet): void {
  const text = doc.text;
  let last: Speaker | null = null;
  for (const s of doc.sentences) {
    const ms = topLevel(idx.inSentence(s.index));
    const persons = ms.filter(isPerson);
    // who speaks in this sentence
    let speaker: EntityMention | undefined;
    let cueAt: { start: number; end: number } | null = null;
    for (const p of persons) {
      const after = text.slice(p.mention.end, Math.min(s.end, p.mention.end + 70));
      const beforeP = text.slice(Math.max(s.start, p.mention.start - 25), p.mention.start);
      const m = cues.speechAfter.exec(after) ?? null;
      if (m) {
        const lead = m[0].length - m[0].replace(/^[\s,]+/, '').length;
        speaker = p;
        cueAt = { start: p.mention.end + m.index + lead, end: p.mention.end + m.index + m[0].length };
        break;
      }
      const b = cues.speechBefore.exec(beforeP);
      if (b) { speaker = p; cueAt = { start: p.mention.start - b[0].length, end: p.mention.start }; break; }
    }
    let speakerId = speaker?.entity.id ?? null;
    if (!speakerId && last && /(?:^|[\s“"”,])(?:he|she)\s+(?:\w+\s+)?(?:said|says|told|warned|added|argued|explained|insisted|noted|stressed|urged)\b|\b(?:said|says|added|warned)\s+(?:he|she)\b/i.test(s.text)) {
      speakerId = last.id;
      const m = /\b(?:he|she)\s+(?:\w+\s+)?(?:said|says|told|warned|added|argued|explained|insisted|noted|stressed|urged)\b|\b(?:said|says|added|warned)\s+(?:he|she)\b/i.exec(s.text)!;
      cueAt = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    }
    if (!speakerId || !cueAt) continue;

    // venue or audience: "Speaking at the Institute", "told the Gazette", "in a speech to Parliament"
    let venueFound = false;
    for (const v of ms) {
      if (!(isOrg(v) || isPlace(v)) || v.entity.id === speakerId) continue;
      const beforeV = text.slice(Math.max(s.start, v.mention.start - 60), v.mention.start);
      const m = cues.venueBefore.exec(beforeV);
      if (!m) continue;
      const label = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/^speaking /, 'spoke ').replace(/^in a speech /, 'speech ');
      out.add('speech', speakerId, v.entity.id, span(cueAt, v.mention, s.index), label);
      last = { id: speakerId, venueKey: v.entity.id };
      venueFound = true;
      break;
    }
    if (!venueFound) {
      // later quotes of the same speaker belong to the speech already placed at a venue
      if (last && last.id === speakerId && last.venueKey) out.add('speech', speakerId, last.venueKey, { start: cueAt.start, end: cueAt.end, sentence: s.index });
      else last = { id: speakerId, venueKey: null };
    }
    // a speaker talking about an incident mentioned in the same sentence
    for (const inc of incidents) {
      const m = inc.mentions.find((x) => x.sentence === s.index);
      if (m) out.add('speech', speakerId, inc.id, span(cueAt, m, s.index), 'spoke about');
    }
  }
}

function incidentLinks(doc: Doc, entities: NamedEntity[], incidents: IncidentEntity[], out: RelationSet): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const evidenceFor = (inc: IncidentEntity, other: NamedEntity): Evidence | null => {
    for (const m of inc.mentions) {
      const o = other.mentions.filter((x) => x.sentence === m.sentence).sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
      if (o) return span(m, o, m.sentence);
    }
    const first = inc.mentions[0];
    if (!first) return null;
    const o = [...other.mentions].sort((a, b) => Math.abs(a.start - first.start) - Math.abs(b.start - first.start))[0];
    return o ? { start: o.start, end: o.end, sentence: o.sentence } : { start: first.start, end: first.end, sentence: first.sentence };
  };
  for (const inc of incidents) {
    if (inc.placeId) {
      const place = byId.get(inc.placeId);
      const ev = place && evidenceFor(inc, place);
      if (ev) out.add('location', inc.id, inc.placeId, ev);
    }
    for (const p of inc.participants) {
      const ent = byId.get(p.entity);
      const ev = ent && evidenceFor(inc, ent);
      if (ev) out.add('participation', p.entity, inc.id, ev, p.role);
    }
  }
}

function coMentions(doc: Doc, idx: MentionIndex, out: RelationSet): void {
  const pairs: { a: string; b: string; ev: Evidence }[] = [];
  for (const s of doc.sentences) {
    const seen: EntityMention[] = [];
    for (const m of topLevel(idx.inSentence(s.index))) {
      if (!seen.some((x) => x.entity.id === m.entity.id)) seen.push(m);
      if (seen.length === CO_MENTION_MAX_ENTITIES) break;
    }
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const [x, y] = [seen[i]!, seen[j]!];
        const [a, b] = x.entity.id < y.entity.id ? [x, y] : [y, x];
        pairs.push({ a: a.entity.id, b: b.entity.id, ev: span(x.mention, y.mention, s.index) });
      }
    }
  }
  for (const p of pairs) if (!out.linked(p.a, p.b) || out.has('co_mention', p.a, p.b)) out.add('co_mention', p.a, p.b, p.ev);
}

export function findRelations(doc: Doc, entities: NamedEntity[], incidents: IncidentEntity[]): Relation[] {
  const cues = doc.res.relationCues;
  const idx = new MentionIndex(entities);
  const out = new RelationSet();
  for (const s of doc.sentences) {
    const ms = topLevel(idx.inSentence(s.index));
    if (ms.length > 1) pairPatterns(doc, s, ms, cues, out);
  }
  incidentLinks(doc, entities, incidents, out);
  speech(doc, idx, incidents, cues, out);
  coMentions(doc, idx, out);
  return out.list();
}
