// Relation rules: patterns over the text between two entity mentions of one sentence (how news writes these
// facts). Tried in order for each pair of nearby mentions; the first that applies gives the pair's relation.
import type { Rule } from '../../rules/index.js';
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

type PairRule = Rule<PairInput, FoundRelation[]>;
const rule = (name: string, reason: string, apply: PairRule['apply']): PairRule => ({
  id: `relation/${name}`,
  family: 'relation',
  reason,
  apply,
});

export const PAIR_RULES: readonly PairRule[] = [
  rule(
    'person-title-of-org',
    'Apposition names a position: "Jane Roe, the director of the Agency"; a member noun ("a fighter of") names membership instead.',
    (p) => {
      if (!isPerson(p.a) || !isOrg(p.b)) return null;
      const m = p.cues.personTitleOfOrg.exec(p.gap);
      return m
        ? one({
            type: p.cues.member.test(m[1]!) ? 'affiliation' : 'role',
            from: p.a.entity.id,
            to: p.b.entity.id,
            evidence: ev(p),
            label: m[1]!.trim(),
          })
        : null;
    },
  ),
  rule(
    'person-org-possessive-title',
    'A possessive title after the organisation: "Jane Roe, the Agency\'s chief executive".',
    (p) => {
      if (!isPerson(p.a) || !isOrg(p.b) || !/^\s*,\s*(?:the\s+)?$/.test(p.gap)) return null;
      const m = p.cues.possessiveTitle.exec(p.after);
      return m
        ? one({
            type: 'role',
            from: p.a.entity.id,
            to: p.b.entity.id,
            evidence: span(ev(p), { start: p.b.mention.end, end: p.b.mention.end + m[0].length }, p.sentence),
            label: m[1]!.trim(),
          })
        : null;
    },
  ),
  rule('person-who-heads-org', 'A relative clause with a verb of leading: "Jane Roe, who heads the Agency".', (p) => {
    if (!isPerson(p.a) || !isOrg(p.b)) return null;
    const m = p.cues.whoLeads.exec(p.gap);
    return m ? one({ type: 'role', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p), label: 'head' }) : null;
  }),
  rule('person-member-of-org', 'Apposition with a member noun: "John Doe, a member of the Front".', (p) => {
    if (!isPerson(p.a) || !isOrg(p.b)) return null;
    const m = p.cues.memberOf.exec(p.gap);
    return m
      ? one({ type: 'affiliation', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p), label: m[1]!.trim() })
      : null;
  }),
  rule(
    'person-org-noun-apposition',
    'Apposition whose head noun the organisation modifies: "John Doe, a senior Front fighter", "Jane Roe, 48, an Agency officer"; a member noun names membership, a title a position.',
    (p) => {
      if (!isPerson(p.a) || !isOrg(p.b) || !p.adjacent || !p.cues.appositionBeforeOrg.test(p.gap)) return null;
      const m = p.cues.nounAfterOrg.exec(p.after);
      if (!m) return null;
      const label = m[1]!.trim();
      return one({
        type: p.cues.member.test(label) && !p.cues.title.test(label) ? 'affiliation' : 'role',
        from: p.a.entity.id,
        to: p.b.entity.id,
        evidence: span(ev(p), { start: p.b.mention.end, end: p.b.mention.end + m[0].length }, p.sentence),
        label,
      });
    },
  ),
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
        type: p.cues.member.test(label) && !p.cues.title.test(label) ? 'affiliation' : 'role',
        from: p.b.entity.id,
        to: p.a.entity.id,
        evidence: ev(p),
        label,
      });
    },
  ),
  rule(
    'person-joined-org',
    'A verb of joining or allegiance: "John Doe joined the Front", "who pledged allegiance to".',
    (p) => {
      if (!isPerson(p.a) || !isOrg(p.b)) return null;
      const m = p.cues.memberVerb.exec(p.gap);
      return m
        ? one({ type: 'affiliation', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p), label: m[1]!.trim() })
        : null;
    },
  ),
  rule('person-of-org', 'A bare "of" between a person and an organisation: "John Doe of the Front".', (p) => {
    if (!isPerson(p.a) || !isOrg(p.b) || !/^\s+of\s+(?:the\s+)?$/i.test(p.gap)) return null;
    return one({ type: 'affiliation', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p), label: 'of' });
  }),
  rule(
    'org-title-person',
    'A title between organisation and name: "Agency Director Jane Roe", "the Agency\'s head, Jane Roe", "Front fighter John Doe".',
    (p) => {
      if (!isOrg(p.a) || !isPerson(p.b)) return null;
      const m = p.cues.orgTitlePerson.exec(p.gap);
      return m
        ? one({
            type: p.cues.member.test(m[1]!) && !p.cues.title.test(m[1]!) ? 'affiliation' : 'role',
            from: p.b.entity.id,
            to: p.a.entity.id,
            evidence: ev(p),
            label: m[1]!.trim(),
          })
        : null;
    },
  ),
  rule(
    'org-led-by-person',
    'A past participle of leading: "the Committee, chaired by Sir John Doe", "the Front, founded by Jane Roe".',
    (p) => {
      if (!isOrg(p.a) || !isPerson(p.b)) return null;
      const m = p.cues.ledBy.exec(p.gap);
      return m
        ? one({ type: 'role', from: p.b.entity.id, to: p.a.entity.id, evidence: ev(p), label: m[1]!.toLowerCase() })
        : null;
    },
  ),
  rule(
    'title-of-org-person',
    'A title of the organisation before it, then the name: "the Director of the Agency, Jane Roe".',
    (p) => {
      if (!isOrg(p.a) || !isPerson(p.b) || !/^\s*,?\s*$/.test(p.gap)) return null;
      const m = p.cues.titleOfBefore.exec(p.before);
      return m
        ? one({
            type: 'role',
            from: p.b.entity.id,
            to: p.a.entity.id,
            evidence: span(ev(p), { start: p.a.mention.start - m[0].length, end: p.a.mention.start }, p.sentence),
            label: m[1]!.trim(),
          })
        : null;
    },
  ),
  rule(
    'org-part-of-org',
    'Apposition naming a part of another body: "the Front, an offshoot of the Brigades".',
    (p) => {
      if (!isOrg(p.a) || !isOrg(p.b)) return null;
      const m = p.cues.partOf.exec(p.gap);
      return m
        ? one({ type: 'affiliation', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p), label: m[1]! })
        : null;
    },
  ),
  rule(
    'org-joined-org',
    'A verb of joining or allegiance between two bodies: "the Front pledged allegiance to the State".',
    (p) => {
      if (!isOrg(p.a) || !isOrg(p.b)) return null;
      const m = p.cues.memberVerb.exec(p.gap);
      return m
        ? one({ type: 'affiliation', from: p.a.entity.id, to: p.b.entity.id, evidence: ev(p), label: m[1]!.trim() })
        : null;
    },
  ),
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
  ),
  rule('place-based-org', 'A place-based body: "the Ruritania-based Front".', (p) => {
    if (!isPlace(p.a) || !isOrg(p.b) || !/^(?:-based|\s+based)\s+(?:the\s+)?$/i.test(p.gap)) return null;
    return one({ type: 'location', from: p.b.entity.id, to: p.a.entity.id, evidence: ev(p) });
  }),
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
  ),
];
