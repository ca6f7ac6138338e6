// Relation rules: patterns over the text between two entity mentions of one sentence (how news writes these
// facts). Tried in order for each pair of nearby mentions; the first that applies gives the pair's relation.
import { inlineRule, type Rule } from '../../rules/index.js';
import type { NamedEntity } from '../entities.js';
import type { EntityMention } from '../mention-index.js';
import type { RelationCues } from '../relation-cues.js';
import type { Evidence, RelationType } from '../types.js';

export interface PairInput {
  a: EntityMention;
  b: EntityMention;
  /** text between a and b */
  gap: string;
  /** up to 60 characters of the sentence before a */
  before: string;
  /** up to 60 characters of the sentence after b */
  after: string;
  /** the mention after b in the sentence, if any */
  next: EntityMention | undefined;
  /** the mentions between a and b */
  between: EntityMention[];
  /** the entity the sentence opens with (its subject, as news writes it), if any */
  subject: string | null;
  /** b directly follows a (no mention between them) */
  adjacent: boolean;
  text: string;
  sentence: number;
  cues: RelationCues;
}

export interface FoundRelation {
  type: RelationType;
  from: string;
  to: string;
  evidence: Evidence;
  label?: string;
}

export const span = (
  a: { start: number; end: number },
  b: { start: number; end: number },
  sentence: number,
): Evidence => ({
  start: Math.min(a.start, b.start),
  end: Math.max(a.end, b.end),
  sentence,
});

const isPerson = (m: EntityMention) => m.entity.type === 'person';
const isOrg = (m: EntityMention) => m.entity.type === 'organization';
const isPlace = (m: EntityMention) => m.entity.type === 'place';
const ev = (p: PairInput) => span(p.a.mention, p.b.mention, p.sentence);
const one = (r: FoundRelation): FoundRelation[] => [r];

/** A label names membership ("fighter") unless it is also a title ("chief fighter" reads as a position). */
const roleOrAffiliation = (cues: RelationCues, label: string): RelationType =>
  cues.member.test(label) && !cues.title.test(label) ? 'affiliation' : 'role';

type PairRule = Rule<PairInput, FoundRelation[]>;
const rule = (name: string, reason: string, apply: PairRule['apply'], why?: string): PairRule => ({
  id: `relation/${name}`,
  family: 'relation',
  reason,
  ...(why ? { why } : {}),
  apply,
});

/** What a cue rule is made of: the shape most relation rules share, as data. */
interface CueRuleSpec {
  name: string;
  reason: string;
  /** one line for an analyst: why a link it found holds (Rule.why) */
  why: string;
  /** the entity types of the first and the second mention, in text order */
  types: readonly [NamedEntity['type'], NamedEntity['type']];
  /**
   * what the words between them must match: a compiled cue of relation-cues.ts (built from the lists of
   * data/lexicons/relation-cues.json; its group 1 is the label), or a pattern of grammar words alone
   */
  gap: keyof RelationCues | RegExp;
  /**
   * the cue stands beside the pair instead, in the words after the second mention or before the first ("Jane Roe,
   * the Agency's chief executive"): its group 1 is the label, the evidence takes it in, and the gap only has to match
   */
  beside?: { side: 'before' | 'after'; cue: keyof RelationCues };
  /** no other mention stands between the two */
  adjacent?: boolean;
  /** the relation; 'by-label': an affiliation when the label is a member noun, else a role (roleOrAffiliation) */
  relation: RelationType | 'by-label';
  /** the relation runs from the second mention to the first ("the Committee, chaired by X": X → the Committee) */
  reversed?: boolean;
  /** a fixed label in place of the cue's words; null: no label */
  label?: string | null;
}

/** Where a cue found beside the pair stands in the text: in the words after the second mention or before the first. */
function besideSpan(p: PairInput, side: 'before' | 'after', m: RegExpExecArray): { start: number; end: number } {
  const start = side === 'after' ? p.b.mention.end + m.index : p.a.mention.start - p.before.length + m.index;
  return { start, end: start + m[0].length };
}

/** A rule of one cue between (or beside) two mentions of given types, giving one relation with its evidence. */
const cueRule = (spec: CueRuleSpec): PairRule =>
  rule(
    spec.name,
    spec.reason,
    (p) => {
      if (p.a.entity.type !== spec.types[0] || p.b.entity.type !== spec.types[1]) return null;
      if (spec.adjacent && !p.adjacent) return null;
      const gap = (typeof spec.gap === 'string' ? p.cues[spec.gap] : spec.gap).exec(p.gap);
      if (!gap) return null;
      let m = gap;
      let evidence = ev(p);
      if (spec.beside) {
        const { side, cue } = spec.beside;
        const found = p.cues[cue].exec(side === 'after' ? p.after : p.before);
        if (!found) return null;
        m = found;
        evidence = span(evidence, besideSpan(p, side, m), p.sentence);
      }
      const label = spec.label === undefined ? m[1]!.trim() : spec.label;
      const [from, to] = spec.reversed ? [p.b, p.a] : [p.a, p.b];
      return one({
        type: spec.relation === 'by-label' ? roleOrAffiliation(p.cues, label!) : spec.relation,
        from: from.entity.id,
        to: to.entity.id,
        evidence,
        ...(label === null ? {} : { label }),
      });
    },
    spec.why,
  );

export const PAIR_RULES: readonly PairRule[] = [
  rule(
    'org-name-is-title-fragment',
    'A capitalised word of a title taken for an organisation ("Interim President Jane Roe", "Coast Guard Vice Admiral John Doe"): a body\'s name never ends in "Interim", "Prime" or "Vice", so the mention is a fragment of the title, not the body the person serves; no role or affiliation from it.',
    (p) => {
      const org = isOrg(p.a) && isPerson(p.b) ? p.a : isPerson(p.a) && isOrg(p.b) ? p.b : null;
      if (!org) return null;
      const last = p.text.slice(org.mention.start, org.mention.end).trim().split(/\s+/).pop() ?? '';
      return p.cues.titleWord.test(last) ? [] : null;
    },
  ),
  cueRule({
    name: 'person-title-of-org',
    reason:
      'Apposition names a position: "Jane Roe, the director of the Agency"; a member noun ("a fighter of") names membership instead.',
    why: 'a title or a member noun in apposition to the name: "X, the director of Y"',
    types: ['person', 'organization'],
    gap: 'personTitleOfOrg',
    relation: 'by-label',
  }),
  cueRule({
    name: 'person-org-possessive-title',
    reason: 'A possessive title after the organisation: "Jane Roe, the Agency\'s chief executive".',
    why: 'a possessive title after the name: "X, Y\'s chief executive"',
    types: ['person', 'organization'],
    gap: /^\s*,\s*(?:the\s+)?$/,
    beside: { side: 'after', cue: 'possessiveTitle' },
    relation: 'role',
  }),
  cueRule({
    name: 'person-who-heads-org',
    reason: 'A relative clause with a verb of leading: "Jane Roe, who heads the Agency".',
    why: 'a clause of leading after the name: "X, who heads Y"',
    types: ['person', 'organization'],
    gap: 'whoLeads',
    relation: 'role',
    label: 'head',
  }),
  cueRule({
    name: 'person-member-of-org',
    reason: 'Apposition with a member noun: "John Doe, a member of the Front".',
    why: 'apposition naming membership: "X, a member of Y"',
    types: ['person', 'organization'],
    gap: 'memberOf',
    relation: 'affiliation',
  }),
  cueRule({
    name: 'person-org-noun-apposition',
    reason:
      'Apposition whose head noun the organisation modifies: "John Doe, a senior Front fighter", "Jane Roe, 48, an Agency officer"; a member noun names membership, a title a position.',
    why: 'apposition whose noun the organisation qualifies: "X, a senior Y officer"',
    types: ['person', 'organization'],
    adjacent: true,
    gap: 'appositionBeforeOrg',
    beside: { side: 'after', cue: 'nounAfterOrg' },
    relation: 'by-label',
  }),
  rule(
    'subject-org-its-title-person',
    '"its leader, John Doe" in a sentence whose subject is the organisation ("The Front … its leader, John Doe"): "its" takes the subject when no other body or place comes between.',
    (p) => {
      if (!isOrg(p.a) || !isPerson(p.b) || p.a.entity.id !== p.subject) return null;
      if (p.between.some((m) => !isPerson(m) && m.entity.id !== p.a.entity.id)) return null;
      const m = p.cues.itsTitleBefore.exec(p.gap);
      if (!m) return null;
      const label = m[1]!.trim();
      return one({
        type: roleOrAffiliation(p.cues, label),
        from: p.b.entity.id,
        to: p.a.entity.id,
        evidence: ev(p),
        label,
      });
    },
    '"its leader, X" in a sentence whose subject is the organisation Y',
  ),
  cueRule({
    name: 'person-joined-org',
    reason: 'A verb of joining or allegiance: "John Doe joined the Front", "who pledged allegiance to".',
    why: 'a verb of joining or allegiance: "X joined Y", "X pledged allegiance to Y"',
    types: ['person', 'organization'],
    gap: 'memberVerb',
    relation: 'affiliation',
  }),
  cueRule({
    name: 'title-person-of-org',
    reason:
      'A title right before the name and a bare "of" after it: "Chief Constable John Doe of the County Police" holds that position in that body, a role, not just "of" it.',
    why: 'a title before the name and "of" after it: "Chief Constable X of Y"',
    types: ['person', 'organization'],
    gap: /^\s+of\s+(?:the\s+)?$/i,
    beside: { side: 'before', cue: 'titleRightBefore' },
    relation: 'by-label',
  }),
  cueRule({
    name: 'person-of-org',
    reason: 'A bare "of" between a person and an organisation: "John Doe of the Front".',
    why: 'only "of" between the name and the organisation: "X of Y" (no title or member noun)',
    types: ['person', 'organization'],
    gap: /^\s+of\s+(?:the\s+)?$/i,
    relation: 'affiliation',
    label: 'of',
  }),
  cueRule({
    name: 'org-title-person',
    reason:
      'A title between organisation and name: "Agency Director Jane Roe", "the Agency\'s head, Jane Roe", "Front fighter John Doe".',
    why: 'a title between the organisation and the name: "Y Director X", "Y\'s head, X"',
    types: ['organization', 'person'],
    gap: 'orgTitlePerson',
    relation: 'by-label',
    reversed: true,
  }),
  cueRule({
    name: 'org-led-by-person',
    reason: 'A past participle of leading: "the Committee, chaired by Sir John Doe", "the Front, founded by Jane Roe".',
    why: 'a verb of leading or founding: "Y, chaired by X", "Y, founded by X"',
    types: ['organization', 'person'],
    gap: 'ledBy',
    relation: 'role',
    reversed: true,
  }),
  cueRule({
    name: 'title-of-org-person',
    reason: 'A title of the organisation before it, then the name: "the Director of the Agency, Jane Roe".',
    why: 'a title of the organisation right before the name: "the Director of Y, X"',
    types: ['organization', 'person'],
    gap: /^\s*,?\s*$/,
    beside: { side: 'before', cue: 'titleOfBefore' },
    relation: 'role',
    reversed: true,
  }),
  cueRule({
    name: 'org-part-of-org',
    reason: 'Apposition naming a part of another body: "the Front, an offshoot of the Brigades".',
    why: 'apposition naming a part of another body: "X, an offshoot of Y"',
    types: ['organization', 'organization'],
    gap: 'partOf',
    relation: 'affiliation',
  }),
  cueRule({
    name: 'org-joined-org',
    reason: 'A verb of joining or allegiance between two bodies: "the Front pledged allegiance to the State".',
    why: 'a verb of joining or allegiance between two bodies: "X pledged allegiance to Y"',
    types: ['organization', 'organization'],
    gap: 'memberVerb',
    relation: 'affiliation',
  }),
  rule(
    'org-in-place',
    'Where a body is based or operates: "the Front, based in Ruritania", "Front militants in Ruritania", an armed group "in" a place; "in Syria and Iraq" gives both.',
    (p) => {
      if (!isOrg(p.a) || !isPlace(p.b)) return null;
      const armed = p.a.entity.type === 'organization' && p.a.entity.kind === 'armed_group';
      if (!(p.cues.orgInPlace.test(p.gap) || (armed && p.cues.armedGroupInPlace.test(p.gap)))) return null;
      const found: FoundRelation[] = [{ type: 'location', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p) }];
      const next = p.next;
      if (
        next &&
        isPlace(next) &&
        /^\s*(?:,|and|or|,\s*and)\s*$/.test(p.text.slice(p.b.mention.end, next.mention.start))
      ) {
        found.push({
          type: 'location',
          from: p.a.entity.id,
          to: next.entity.id,
          evidence: span(p.a.mention, next.mention, p.sentence),
        });
      }
      return found;
    },
    'where the body is based or operates: "Y, based in Z", "Y militants in Z"',
  ),
  cueRule({
    name: 'place-based-org',
    reason: 'A place-based body: "the Ruritania-based Front".',
    why: 'a place-based body: "the Y-based X"',
    types: ['place', 'organization'],
    gap: /^(?:-based|\s+based)\s+(?:the\s+)?$/i,
    relation: 'location',
    reversed: true,
    label: null,
  }),
  cueRule({
    name: 'kin-possessive',
    reason:
      'A possessive kin noun between two names: "Jane Roe\'s husband, John Roe", "John Doe\'s younger brother Jim": the second is that relative of the first.',
    why: 'a possessive kin noun: "X\'s husband, Y"',
    types: ['person', 'person'],
    adjacent: true,
    gap: 'kinPossessive',
    relation: 'kinship',
    reversed: true,
  }),
  cueRule({
    name: 'kin-possessive-apposition',
    reason:
      'An apposition of a possessive kin noun: "John Roe, Jane Roe\'s husband": the first named is that relative of the second.',
    why: 'apposition of a possessive kin noun: "Y, X\'s husband"',
    types: ['person', 'person'],
    adjacent: true,
    gap: /^\s*,\s*(?:\d{1,3}\s*,\s*)?$/,
    beside: { side: 'after', cue: 'kinPossessiveAfter' },
    relation: 'kinship',
  }),
  rule(
    'kin-his-her',
    '"his" or "her" and a kin noun right before a name, with no other name between it and the name before: "Jim Doe and his older brother John", "Jane Roe was joined by her sister, Ann": the name before owns the pronoun.',
    (p) => {
      if (!isPerson(p.a) || !isPerson(p.b) || !p.adjacent || p.a.entity.id === p.b.entity.id) return null;
      const m = p.cues.kinPronounBefore.exec(p.gap);
      if (!m) return null;
      return one({ type: 'kinship', from: p.b.entity.id, to: p.a.entity.id, evidence: ev(p), label: m[1]!.trim() });
    },
    '"his" or "her" and a kin noun right before the name: "X and his brother Y"',
  ),
  rule(
    'kin-plural-pair',
    'A plural kin noun before two names joined by "and": "the sisters, Ann and Jane Roe", "two brothers, Jim and John Doe": each is that relative of the other.',
    (p) => {
      if (!isPerson(p.a) || !isPerson(p.b) || !p.adjacent || p.a.entity.id === p.b.entity.id) return null;
      if (!/^\s*(?:,\s*)?and\s+$/.test(p.gap)) return null;
      const m = p.cues.kinPluralBefore.exec(p.before);
      if (!m || !/(?:s|ren)$/i.test(m[1]!)) return null;
      const label = m[1]!.trim().replace(/ren$|s$/i, '');
      return [
        {
          type: 'kinship',
          from: p.a.entity.id,
          to: p.b.entity.id,
          evidence: span(ev(p), { start: p.a.mention.start - m[0].length, end: p.a.mention.start }, p.sentence),
          label,
        },
        {
          type: 'kinship',
          from: p.b.entity.id,
          to: p.a.entity.id,
          evidence: span(ev(p), { start: p.a.mention.start - m[0].length, end: p.a.mention.start }, p.sentence),
          label,
        },
      ];
    },
    'a plural kin noun before the two names: "the brothers, X and Y"',
  ),
  rule(
    'place-comma-country',
    'A place, a comma and its country: "Springfield, Ruritania" (not a country before, and the gazetteer country must agree).',
    (p) => {
      if (!isPlace(p.a) || !isPlace(p.b) || !p.adjacent) return null;
      const pa = p.a.entity,
        pb = p.b.entity;
      if (
        pa.type !== 'place' ||
        pb.type !== 'place' ||
        !/^\s*,\s*$/.test(p.gap) ||
        pb.placeKind !== 'country' ||
        pa.placeKind === 'country' ||
        (pa.country && pa.country !== pb.country)
      )
        return null;
      return one({ type: 'location', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p) });
    },
    'a place, a comma and its country: "Springfield, Ruritania"',
  ),
];

export interface OpeningKinInput {
  /** the words of a sentence before its first mention */
  opening: string;
  /** the sentence's first mention */
  kin: EntityMention;
  /** the mentions of the sentence before */
  before: EntityMention[];
  sentence: number;
  cues: RelationCues;
}

/** A sentence that opens with "His brother, NAME": the one person the sentence before names owns the pronoun. */
export const KIN_OPENING: Rule<OpeningKinInput, FoundRelation[]> = {
  id: 'relation/kin-opening-pronoun',
  why: 'a sentence that opens "His brother, Y" right after one that names X alone',
  family: 'relation',
  reason:
    'A sentence that opens "His younger brother, John Doe, …" or "Her husband, Jim Roe, …" names a relative of the person the sentence before is about; only where that sentence names one person, so the pronoun has one antecedent.',
  apply: (p) => {
    if (!isPerson(p.kin)) return null;
    const m = p.cues.kinPronounOpening.exec(p.opening);
    if (!m) return null;
    const owners = [...new Set(p.before.filter(isPerson).map((x) => x.entity.id))].filter(
      (id) => id !== p.kin.entity.id,
    );
    if (owners.length !== 1) return null;
    const cue = { start: p.kin.mention.start - m[0].length, end: p.kin.mention.start };
    return one({
      type: 'kinship',
      from: p.kin.entity.id,
      to: owners[0]!,
      evidence: span(cue, p.kin.mention, p.sentence),
      label: m[1]!.trim(),
    });
  },
};

// Links found by the passes of relations.ts rather than by a pair rule: declared here so each link names the rule
// that found it (Relation.rules) and KG_DISABLE_RULES can switch it off.

/** (speech) a speaker and where or to whom they spoke */
export const SPEAKER_AT_VENUE = inlineRule(
  'relation/speaker-at-venue',
  'A speech verb whose subject is the person and a venue or audience in the same sentence ("Speaking at the Institute, Jane Roe said", "Jane Roe told the Gazette", "in a speech to Parliament"): where or to whom they spoke; a body that only qualifies the medium ("an interview with the Ruritania-funded station") is not one.',
  'a speech verb with the person as its subject, and where or to whom they spoke: "X told Y", "speaking at Y, X said"',
);

/** (speech) a later quote of a speaker already placed at a venue */
export const SPEAKER_GOES_ON_AT_VENUE = inlineRule(
  'relation/speaker-goes-on-at-venue',
  'A later quote of the same speaker ("…, she said." after "Speaking at the Institute, Jane Roe said …") belongs to the speech already placed at its venue, until another speaker is named.',
  'a later quote of the same speaker, after a sentence that placed their speech at Y',
);

/** (speech) a speaker talking about an incident named in what they said */
export const SPEAKER_ABOUT_INCIDENT = inlineRule(
  'relation/speaker-about-incident',
  'A person who is the subject of a speech verb and names an incident in what they said ("Jane Roe said the bombing was planned for months") spoke about it; an incident named outside what was said ("during the siege, Jane Roe told …") is not.',
  'the person, as the subject of a speech verb, names the incident in what they said',
);

/** (speech) "he said" goes on with the last speaker */
export const PRONOUN_GOES_ON_SPEAKER = inlineRule(
  'relation/pronoun-continues-speaker',
  'A sentence whose speech verb has "he" or "she" as its subject ("He said the plan had failed") goes on with the last named speaker, unless the sentence names them (then the pronoun is someone else) or gave the last words to no one named.',
  '"he said" or "she said" goes on with X, the speaker named just before',
);

/** an incident and its place */
export const INCIDENT_PLACE = inlineRule(
  'relation/incident-place',
  'The place the incident rules read for an incident ("a bomb exploded in a market in Springfield") is where it happened; the evidence is the sentence that names both, else the nearest mention of the place.',
  'the place the text gives for the incident ("a bomb exploded in Y")',
);

/** an incident and a participant the role rules found */
export const INCIDENT_PARTICIPANT = inlineRule(
  'relation/incident-participant',
  'A person or body the incident rules gave a role in the incident (perpetrator, victim, target, responder, suspect), each from a cue in the sentence ("X was killed", "X claimed responsibility", "X was arrested"); the evidence is the sentence that names both, else the nearest mention.',
  'the incident rules gave X a role in the incident from a cue in the sentence ("X was killed", "X claimed the attack", "X was arrested")',
);

/** the weakest link */
export const CO_MENTION = inlineRule(
  'relation/co-mention',
  'A few named entities (at most four) of one sentence are linked by being named together, only where no stronger link between them exists: a hint to read the sentence, not a claim about how they are related.',
  'named in the same sentence, with no cue for a closer link: read the sentence',
);

/** Every relation rule, in the order `kg rules` lists them: the pair rules, then the rules of the passes. */
export const RELATION_RULES: readonly Rule<never, unknown>[] = [
  ...PAIR_RULES,
  KIN_OPENING,
  SPEAKER_AT_VENUE,
  SPEAKER_GOES_ON_AT_VENUE,
  SPEAKER_ABOUT_INCIDENT,
  PRONOUN_GOES_ON_SPEAKER,
  INCIDENT_PLACE,
  INCIDENT_PARTICIPANT,
  CO_MENTION,
];
