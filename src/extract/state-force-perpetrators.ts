// Rule org/state-force-perpetrator: the stage that applies it (its reason: STATE_FORCE_PERPETRATOR below).
import { isViolentKind } from '../ontology/index.js';
import { titleCase } from '../title-case.js';
import type { Doc } from './document.js';
import { normalizeName, type NamedEntity } from './entities.js';
import { articleCountry, countryCode, slug, type ArticleCountry } from './identity.js';
import type { Resources } from './resources.js';
import type { IncidentEntity, OrganizationEntity } from './types.js';
import { inlineRule, isOn } from '../rules/index.js';

/** What a perpetrator phrase names as a state force: the body (lower case, as in the list) and the country it writes. */
export interface StateForceReading {
  body: string;
  country: string | null;
}

interface ForceWords {
  bodies: readonly string[][];
  tails: ReadonlySet<string>;
  members: ReadonlyMap<string, string>;
  count: RegExp;
}

function forceWords(res: Resources): ForceWords {
  const w = res.words;
  return w.memo('state-force-perpetrators', () => ({
    // the longest body first: "national police" before "police"
    bodies: w
      .list('incident-roles.stateForceBodies')
      .map((b) => b.split(' '))
      .sort((a, b) => b.length - a.length),
    tails: w.set('incident-roles.stateForceBodyTails'),
    members: new Map(
      w.list('incident-roles.stateForceMemberBodies').map((x) => {
        const [noun, body] = x.split(':') as [string, string];
        return [noun, body];
      }),
    ),
    count: new RegExp(`^(?:${w.alt('incident-cues.countWords')})$`, 'iu'),
  }));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'several']);

/** The state force a perpetrator phrase names ("the Salvadoran Army", "HONDURAN TROOPS", "army troops"), or null. */
export function readStateForce(res: Resources, phrase: string): StateForceReading | null {
  const W = forceWords(res);
  const words = phrase
    .replace(/[’]/gu, "'")
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((x) => x.toLowerCase());
  let i = 0;
  while (i < words.length && (DETERMINERS.has(words[i]!) || W.count.test(words[i]!))) i++;
  // a country of one to three words, written as its demonym or its name ("Salvadoran", "U.S.", "El Salvador's")
  let country: string | null = null;
  for (let n = Math.min(3, words.length - i - 1); n >= 1 && !country; n--) {
    const written = words
      .slice(i, i + n)
      .join(' ')
      .replace(/'s$/u, '');
    const cc = countryCode(res, written);
    if (cc) {
      country = cc;
      i += n;
    }
  }
  // "the government army", "the government's air force": the state's own force
  if (words[i] === 'government' || words[i] === "government's") i++;
  const rest = words.slice(i);
  if (!rest.length) return null;
  const member = W.members.get(rest.join(' '));
  if (member) return { body: member, country };
  for (const body of W.bodies) {
    if (rest.length < body.length || body.some((b, k) => rest[k] !== b)) continue;
    return rest.slice(body.length).every((t) => W.tails.has(t)) ? { body: body.join(' '), country } : null;
  }
  return null;
}

/** "Salvadoran Army" for the army of SV; "Army" with no country (or none with a demonym). */
export function stateForceName(res: Resources, body: string, country: string | null): string {
  // a country's first demonym in the gazetteer ("Salvadoran" before "Salvadorans")
  const first = res.words.memo('state-force-demonyms', () => {
    const m = new Map<string, string>();
    for (const [d, cc] of res.gazetteer.demonyms) if (!m.has(cc)) m.set(cc, titleCase(d));
    return m;
  });
  const demonym = country ? first.get(country) : undefined;
  return demonym ? `${demonym} ${titleCase(body)}` : titleCase(body);
}

export const STATE_FORCE_PERPETRATOR = inlineRule(
  'org/state-force-perpetrator',
  'A perpetrator the text only describes as a state\'s armed force or police ("the army", "THE AIR FORCE", "Honduran troops", "armed forces members", "soldiers") is that force: an organisation, not words. The phrase may open with a determiner, a count, a country ("Salvadoran", "U.S.") or "government" ("the government\'s air force"); then a body of incident-roles.stateForceBodies with only nouns of its men or machines after it (stateForceBodyTails: "army troops", "air force helicopters"), or only a noun of a force\'s men (stateForceMemberBodies: "soldiers" serve in the army). The organisation is named "<demonym> <Body>" ("Salvadoran Army", "Honduran Air Force") with the country the phrase gives, else the country of the incident\'s place, else the article\'s (identity.ts articleCountry), else just "<Body>"; it is keyed as identity.ts keys a generic institution of that country, so an entity the names already made of the same body ("the army" resolved as an agency) is the one linked, and other articles\' meet it. Only for violent incidents, where the syntax already made the force the perpetrator (incident-roles.ts); a phrase that names a person\'s troops ("Duarte\'s troops"), a unit ("the 6th military detachment") or anything else before the body is left as words. Runs after the incidents stage has settled sides; the reason goes on the organisation\'s `merges`.',
);

export function nameStateForcePerpetrators(
  doc: Doc,
  entities: NamedEntity[],
  incidents: readonly IncidentEntity[],
): void {
  if (!isOn(doc.res.rules, STATE_FORCE_PERPETRATOR)) return;
  const res = doc.res;
  let home: ArticleCountry | null | undefined;
  let next = entities.reduce((n, e) => Math.max(n, Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0)), 0);
  /** the forces this rule named as new organisations */
  const made = new Set<string>();
  for (const inc of incidents) {
    if (!isViolentKind(inc.kind)) continue;
    for (const p of inc.participants) {
      if (p.role !== 'perpetrator' || p.entity || p.sentence === undefined) continue;
      const force = readStateForce(res, p.name);
      if (!force) continue;
      // the country of the place the incident happened in, before the article's: a dateline abroad ("HAVANA, …")
      // often reports what a force did at home
      const at = inc.placeId ? entities.find((e) => e.id === inc.placeId) : undefined;
      const where = at?.type === 'place' ? at.country : null;
      if (!force.country && !where && home === undefined) home = articleCountry(doc, entities);
      const country = force.country ?? where ?? home?.code ?? null;
      const why = force.country
        ? `"${p.name}" names its country`
        : where
          ? `the country of the incident's place, ${at!.name}`
          : country
            ? `the article's country (${home!.why})`
            : 'no country the article gives';
      const key = country
        ? `org:generic:${slug(force.body)}:${country}`
        : `org:generic:${slug(force.body)}:perpetrator:${inc.key}`;
      let org = entities.find((e): e is OrganizationEntity => e.type === 'organization' && e.key === key);
      if (!org) {
        const s = doc.sentences[p.sentence];
        const at = s ? s.text.indexOf(p.name) : -1;
        if (!s || at < 0) continue;
        const start = s.start + at;
        const name = stateForceName(res, force.body, country);
        const written = p.name.replace(/^the\s+/iu, '');
        org = {
          id: `e${++next}`,
          key,
          type: 'organization',
          name,
          aliases: normalizeName(written) === force.body && written !== name ? [written] : [],
          mentions: [{ start, end: start + p.name.length, text: p.name, sentence: s.index }],
          kind: 'agency',
          country,
          merges: [],
        };
        entities.push(org);
        made.add(org.id);
      }
      p.entity = org.id;
      (org.merges ??= []).push(
        `rule org/state-force-perpetrator: "${p.name}", the perpetrator of "${inc.name}", is a state force: ${org.name}${country ? ` (${country}: ${why})` : ''}`,
      );
    }
  }
  if (!isOn(res.rules, FORCE_BRANCH_OVER_WHOLE)) return;
  for (const inc of incidents) keepBranchOverWhole(res, entities, inc);
  // a force this rule named only for perpetrators the branch has replaced is no node of its own
  const linked = new Set(incidents.flatMap((i) => i.participants.map((p) => p.entity)));
  for (let i = entities.length - 1; i >= 0; i--)
    if (made.has(entities[i]!.id) && !linked.has(entities[i]!.id)) entities.splice(i, 1);
}

export const FORCE_BRANCH_OVER_WHOLE = inlineRule(
  'org/force-branch-over-whole',
  'One incident\'s perpetrators that hold both a country\'s armed forces as a whole ("a military drone strike", "the armed forces": incident-roles.stateForceWholes) and one of their branches of the same country ("the army said its drone had struck": stateForceBranches) name one doer twice, the whole less exactly: the incident keeps the branch, and the whole is no perpetrator of it (a force named only for that is dropped). Keys tell the bodies apart (org:generic:<body>:<country>), so across articles the army and the military stay the different nodes they are; a branch of another country, or a police force, does not replace the whole.',
);

/** Rule org/force-branch-over-whole (its reason: FORCE_BRANCH_OVER_WHOLE above). */
function keepBranchOverWhole(res: Resources, entities: readonly NamedEntity[], inc: IncidentEntity): void {
  const bodyOf = (slugs: readonly string[]) => new Set(slugs.map((b) => slug(b)));
  const wholes = bodyOf(res.words.list('incident-roles.stateForceWholes'));
  const branches = bodyOf(res.words.list('incident-roles.stateForceBranches'));
  const forceOf = (p: IncidentEntity['participants'][number]) => {
    if (p.role !== 'perpetrator' || !p.entity) return null;
    const key = entities.find((e) => e.id === p.entity)?.key ?? '';
    const m = /^org:generic:([^:]+):([A-Z]{2})$/u.exec(key);
    return m ? { body: m[1]!, country: m[2]! } : null;
  };
  const branchOf = new Map<string, string>();
  for (const p of inc.participants) {
    const f = forceOf(p);
    if (f && branches.has(f.body) && !branchOf.has(f.country)) branchOf.set(f.country, p.name);
  }
  if (!branchOf.size) return;
  inc.participants = inc.participants.filter((p) => {
    const f = forceOf(p);
    const branch = f && wholes.has(f.body) ? branchOf.get(f.country) : undefined;
    if (branch === undefined) return true;
    (inc.merges ??= []).push(
      `rule org/force-branch-over-whole: perpetrator "${p.name}" (the armed forces of ${f!.country} as a whole) is the same doer as "${branch}", one of their branches: the incident keeps the branch`,
    );
    return false;
  });
}

export const NAMED_STATE_FORCE = inlineRule(
  'org/named-state-force',
  'A body named only by a country and one of its state forces ("the Nigerian Army", "Chadian Air Force", "the Kenyan Police": a demonym or country name, then a body of incident-roles.stateForceBodies and nothing else) is that country\'s force, the one org/state-force-perpetrator names from "the army" or "Nigerian troops": it gets the same key (org:generic:<body>:<country>), so the named and the described force are one node across articles. Different bodies stay apart: the army, the air force and the military (a country\'s armed forces as a whole) are different nodes, as the army is one part of the military. Not for a body the gazetteer knows (its key is already shared).',
);

/** Rule org/named-state-force (its reason: NAMED_STATE_FORCE above): rekeys the organisation in place. */
export function keyNamedStateForce(res: Resources, org: OrganizationEntity): void {
  if (!isOn(res.rules, NAMED_STATE_FORCE) || !org.key.startsWith('org:name:')) return;
  const name = org.name.replace(/^the\s+/iu, '');
  const force = readStateForce(res, name);
  if (!force?.country) return;
  // the body alone after the country: "Nigerian Army troops" names men, and a name with more words is a unit of its own
  if (!normalizeName(name).endsWith(` ${force.body}`)) return;
  const was = org.key;
  org.key = `org:generic:${slug(force.body)}:${force.country}`;
  org.country = force.country;
  (org.merges ??= []).push(
    `rule org/named-state-force: "${org.name}" is the ${force.body} of ${force.country}, keyed as that force (not ${was})`,
  );
}
