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
import { normalizeName, type NamedEntity } from './entities.js';
import { articleFacts } from '../news/conventions.js';
import { MentionIndex, type EntityMention } from './mention-index.js';
import type { RelationCues } from './relation-cues.js';
import { firstMatch, isOn } from '../rules/index.js';
import {
  CO_MENTION,
  INCIDENT_PARTICIPANT,
  INCIDENT_PLACE,
  KIN_OPENING,
  PAIR_RULES,
  PRONOUN_GOES_ON_SPEAKER,
  SPEAKER_ABOUT_INCIDENT,
  SPEAKER_AT_VENUE,
  SPEAKER_GOES_ON_AT_VENUE,
  span,
} from './rules/relation-rules.js';
import type { Evidence, IncidentEntity, Relation, RelationType, Sentence } from './types.js';
import { eachMatch } from '../reg-exp.js';
import { remarkLabel } from '../ontology/index.js';

/** at most this many entities of one sentence are linked by co-mention (so at most 6 pairs) */
export const CO_MENTION_MAX_ENTITIES = 4;

class RelationSet {
  private readonly byKey = new Map<string, Relation>();

  /** `rules`: the id of the rule that found it, or the ids where more than one rule made the link (a pronoun and a speech verb) */
  add(
    type: RelationType,
    from: string,
    to: string,
    evidence: Evidence,
    label?: string,
    rules?: string | readonly string[],
  ): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    const ids = typeof rules === 'string' ? [rules] : (rules ?? []);
    const r = this.byKey.get(key);
    if (r) {
      if (!r.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) r.evidence.push(evidence);
      for (const id of ids) if (!r.rules?.includes(id)) (r.rules ??= []).push(id);
      return;
    }
    this.byKey.set(key, {
      type,
      from,
      to,
      ...(label ? { label } : {}),
      evidence: [evidence],
      ...(ids.length ? { rules: [...ids] } : {}),
    });
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
  return ms.filter(
    (m) =>
      !ms.some(
        (o) =>
          o !== m &&
          o.mention.start <= m.mention.start &&
          m.mention.end <= o.mention.end &&
          o.mention.end - o.mention.start > m.mention.end - m.mention.start,
      ),
  );
}

const isPerson = (m: EntityMention) => m.entity.type === 'person';
const isOrg = (m: EntityMention) => m.entity.type === 'organization';
const isPlace = (m: EntityMention) => m.entity.type === 'place';

/** How far into a sentence its first mention may start and still be read as the subject ("On Tuesday, the Front"). */
const SUBJECT_WITHIN = 25;

function pairPatterns(doc: Doc, s: Sentence, ms: EntityMention[], cues: RelationCues, out: RelationSet): void {
  const text = doc.text;
  const first = ms[0];
  const subject = first && first.mention.start - s.start <= SUBJECT_WITHIN ? first.entity.id : null;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    for (let j = i + 1; j < Math.min(ms.length, i + 3); j++) {
      const b = ms[j]!;
      const gap = text.slice(a.mention.end, b.mention.start);
      if (gap.length > 90) break;
      const after = text.slice(b.mention.end, Math.min(s.end, b.mention.end + 60));
      const before = text.slice(Math.max(s.start, a.mention.start - 60), a.mention.start);
      const hit = firstMatch(
        PAIR_RULES,
        {
          a,
          b,
          gap,
          before,
          after,
          next: ms[j + 1],
          between: ms.slice(i + 1, j),
          subject,
          adjacent: j === i + 1,
          text,
          sentence: s.index,
          cues,
        },
        doc.res.rules,
      );
      for (const r of hit?.out ?? []) out.add(r.type, r.from, r.to, r.evidence, r.label, hit!.rule.id);
    }
  }
}

interface Speaker {
  id: string;
  venueKey: string | null;
}

interface Span {
  start: number;
  end: number;
}

/** inside a quotation: a name quoted is not the one speaking */
function quotedRanges(s: Sentence): Span[] {
  const out: Span[] = [];
  const re = /["“”]/g;
  let open: number | null = null;
  for (const m of eachMatch(re, s.text)) {
    const at = s.start + m.index;
    if (open === null && m[0] !== '”') open = at;
    else if (open !== null && m[0] !== '“') {
      out.push({ start: open, end: at + 1 });
      open = null;
    }
  }
  return out;
}

const inside = (m: Span, r: Span) => m.start >= r.start && m.end <= r.end;

/**
 * Who speaks in one sentence, with the cue: the grammatical subject of a speech verb. A closing attribution
 * ("…, the prosecutor's office said on Saturday.") makes its own subject the speaker and everyone before it part of
 * what was said; a name in quotes or after "said" inside a clause ("said Adebolajo had been") is not the speaker.
 * `content` is where what was said lies.
 */
export function findSpeaker(
  text: string,
  s: Sentence,
  persons: readonly EntityMention[],
  cues: RelationCues,
): { speaker: EntityMention | null; cue: Span; content: Span[] } | null {
  const quoted = quotedRanges(s);
  const closing = cues.closingAttribution.exec(s.text);
  // '"…," she said.': a pronoun closing the quote is the last speaker going on (the caller decides)
  if (closing && /^(?:he|she)$/i.test(closing[1]!.trim())) return null;
  if (closing) {
    const [subjectAt, verbAt] = [closing.indices![1]!, closing.indices![2]!];
    const subject = { start: s.start + subjectAt[0], end: s.start + subjectAt[1] };
    const cue = { start: s.start + verbAt[0], end: s.start + verbAt[1] };
    const speaker = persons.find((p) => inside(p.mention, subject)) ?? null;
    // what was said: the words before the attribution and any clause after it ("…, describing the attacks as …")
    return {
      speaker,
      cue: speaker ? { start: speaker.mention.start, end: cue.end } : cue,
      content: [
        { start: s.start, end: subject.start },
        { start: cue.end, end: s.end },
      ],
    };
  }
  const inverted = cues.closingInverted.exec(s.text);
  if (inverted) {
    const subject = { start: s.start + inverted.index + inverted[0].indexOf(inverted[1]!), end: 0 };
    subject.end = subject.start + inverted[1]!.length;
    const speaker = persons.find((p) => inside(p.mention, subject)) ?? null;
    if (speaker)
      return {
        speaker,
        cue: { start: s.start + inverted.index, end: subject.end },
        content: [{ start: s.start, end: s.start + inverted.index }],
      };
  }
  for (const p of persons) {
    if (quoted.some((q) => inside(p.mention, q))) continue;
    const after = text.slice(p.mention.end, Math.min(s.end, p.mention.end + 70));
    const m = cues.speechAfter.exec(after);
    if (m) {
      const lead = m[0].length - m[0].replace(/^[\s,]+/, '').length;
      const cue = { start: p.mention.end + m.index + lead, end: p.mention.end + m.index + m[0].length };
      return { speaker: p, cue, content: [{ start: cue.end, end: s.end }] };
    }
    // "according to Jane Roe", "…, said Jane Roe": the name closes its clause
    const beforeP = text.slice(Math.max(s.start, p.mention.start - 25), p.mention.start);
    const b = cues.speechBefore.exec(beforeP);
    if (b && /^\s*(?:[,.;:)!?]|$)/.test(text.slice(p.mention.end, Math.min(s.end, p.mention.end + 3)))) {
      return {
        speaker: p,
        cue: { start: p.mention.start - b[0].length, end: p.mention.start },
        content: [{ start: s.start, end: p.mention.start - b[0].length }],
      };
    }
  }
  return null;
}

/** speech relations: venues, media told, and speakers about incidents; pronoun "he said" continues the last speaker */
function speech(doc: Doc, idx: MentionIndex, incidents: IncidentEntity[], cues: RelationCues, out: RelationSet): void {
  const text = doc.text;
  let last: Speaker | null = null;
  for (const s of doc.sentences) {
    const ms = topLevel(idx.inSentence(s.index));
    const persons = ms.filter(isPerson);
    const found = findSpeaker(text, s, persons, cues);
    let speakerId = found?.speaker?.entity.id ?? null;
    let cueAt: Span | null = found?.speaker ? found.cue : null;
    let content: Span[] | null = found?.speaker ? found.content : null;
    let byPronoun = false;
    // "he said": the last speaker goes on, unless the sentence names them (then "he" is someone else) or gave the words to another
    if (
      !speakerId &&
      !found &&
      last &&
      !persons.some((p) => p.entity.id === last!.id) &&
      isOn(doc.res.rules, PRONOUN_GOES_ON_SPEAKER)
    ) {
      const m = cues.pronounSpeech.exec(s.text);
      if (m) {
        speakerId = last.id;
        const lead = m[0].length - m[0].replace(/^[^\p{L}]+/u, '').length;
        cueAt = { start: s.start + m.index + lead, end: s.start + m.index + m[0].length };
        content = [{ start: s.start, end: s.end }];
        byPronoun = true;
      }
    }
    const because = (rule: { id: string }) => (byPronoun ? [PRONOUN_GOES_ON_SPEAKER.id, rule.id] : rule.id);
    if (!speakerId || !cueAt || !content) {
      if (found && !found.speaker) last = null;
      continue;
    }

    // venue or audience: "Speaking at the Institute", "told the Gazette", "in a speech to Parliament"
    let venueFound = false;
    for (const v of isOn(doc.res.rules, SPEAKER_AT_VENUE) ? ms : []) {
      if (!(isOrg(v) || isPlace(v)) || v.entity.id === speakerId) continue;
      const beforeV = text.slice(Math.max(s.start, v.mention.start - 60), v.mention.start);
      const m = cues.venueBefore.exec(beforeV);
      if (!m) continue;
      // "in an interview with the U.S. government-funded television station": the venue only modifies the medium
      if (cues.venueModifierAfter.test(text.slice(v.mention.end, Math.min(s.end, v.mention.end + 40)))) continue;
      // "told a news conference in Rome": Rome is where they spoke, not whom they told
      const label = (m[2] ? `spoke ${m[2].toLowerCase()}` : m[1]!)
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^speaking /, 'spoke ')
        .replace(/^in a speech /, 'speech ');
      out.add('speech', speakerId, v.entity.id, span(cueAt, v.mention, s.index), label, because(SPEAKER_AT_VENUE));
      last = { id: speakerId, venueKey: v.entity.id };
      venueFound = true;
      break;
    }
    if (!venueFound) {
      // later quotes of the same speaker belong to the speech already placed at a venue
      if (last && last.id === speakerId && last.venueKey) {
        if (isOn(doc.res.rules, SPEAKER_GOES_ON_AT_VENUE))
          out.add(
            'speech',
            speakerId,
            last.venueKey,
            { start: cueAt.start, end: cueAt.end, sentence: s.index },
            undefined,
            because(SPEAKER_GOES_ON_AT_VENUE),
          );
      } else last = { id: speakerId, venueKey: null };
    }
    // a speaker talking about an incident named in what they said (not "during the siege, X told…")
    for (const inc of isOn(doc.res.rules, SPEAKER_ABOUT_INCIDENT) ? incidents : []) {
      const m = inc.mentions.find((x) => x.sentence === s.index && content!.some((c) => inside(x, c)));
      if (m)
        out.add(
          'speech',
          speakerId,
          inc.id,
          span(cueAt, m, s.index),
          remarkLabel('speech') ?? 'spoke about',
          because(SPEAKER_ABOUT_INCIDENT),
        );
    }
  }
}

function incidentLinks(doc: Doc, entities: NamedEntity[], incidents: IncidentEntity[], out: RelationSet): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const evidenceFor = (inc: IncidentEntity, other: NamedEntity): Evidence | null => {
    for (const m of inc.mentions) {
      const o = other.mentions
        .filter((x) => x.sentence === m.sentence)
        .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
      if (o) return span(m, o, m.sentence);
    }
    const first = inc.mentions[0];
    if (!first) return null;
    const o = [...other.mentions].sort((a, b) => Math.abs(a.start - first.start) - Math.abs(b.start - first.start))[0];
    return o
      ? { start: o.start, end: o.end, sentence: o.sentence }
      : { start: first.start, end: first.end, sentence: first.sentence };
  };
  for (const inc of incidents) {
    if (inc.placeId && isOn(doc.res.rules, INCIDENT_PLACE)) {
      const place = byId.get(inc.placeId);
      const ev = place && evidenceFor(inc, place);
      if (ev) out.add('location', inc.id, inc.placeId, ev, undefined, INCIDENT_PLACE.id);
    }
    for (const p of isOn(doc.res.rules, INCIDENT_PARTICIPANT) ? inc.participants : []) {
      if (!p.entity) continue;
      const ent = byId.get(p.entity);
      const ev = ent && evidenceFor(inc, ent);
      // the role rule that set the role, where known, beside the generic rule of the link
      if (ev)
        out.add('participation', p.entity, inc.id, ev, p.role, [INCIDENT_PARTICIPANT.id, ...(p.rule ? [p.rule] : [])]);
    }
  }
}

function coMentions(doc: Doc, idx: MentionIndex, out: RelationSet): void {
  if (!isOn(doc.res.rules, CO_MENTION)) return;
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
        // a symmetric link is stored once per pair across articles: ordered by the entities' keys, not the per-article ids
        const [a, b] = x.entity.key < y.entity.key ? [x, y] : [y, x];
        pairs.push({ a: a.entity.id, b: b.entity.id, ev: span(x.mention, y.mention, s.index) });
      }
    }
  }
  for (const p of pairs)
    if (!out.linked(p.a, p.b) || out.has('co_mention', p.a, p.b))
      out.add('co_mention', p.a, p.b, p.ev, undefined, CO_MENTION.id);
}

/** the article's own outlet and the agencies it credits, normalised: they belong to the Article, never linked */
function creditNames(doc: Doc): Set<string> {
  const facts = articleFacts(doc.res.words, doc.text, doc.input.source);
  return new Set([facts.outlet, ...facts.credits].filter((x): x is string => !!x).map((x) => normalizeName(x)));
}

export function findRelations(doc: Doc, all: NamedEntity[], incidents: IncidentEntity[]): Relation[] {
  const cues = doc.res.relationCues;
  const credits = creditNames(doc);
  const entities = credits.size ? all.filter((e) => !credits.has(normalizeName(e.name))) : all;
  const idx = new MentionIndex(entities);
  const out = new RelationSet();
  let before: EntityMention[] = [];
  for (const s of doc.sentences) {
    const ms = topLevel(idx.inSentence(s.index));
    if (ms.length > 1) pairPatterns(doc, s, ms, cues, out);
    const kin = ms[0];
    if (kin && before.length) {
      const opening = doc.text.slice(s.start, kin.mention.start);
      const hit = firstMatch([KIN_OPENING], { opening, kin, before, sentence: s.index, cues }, doc.res.rules);
      for (const r of hit?.out ?? []) out.add(r.type, r.from, r.to, r.evidence, r.label, hit!.rule.id);
    }
    before = ms;
  }
  incidentLinks(doc, entities, incidents, out);
  speech(doc, idx, incidents, cues, out);
  coMentions(doc, idx, out);
  return out.list();
}
