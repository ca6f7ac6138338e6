// The place a local agency's name carries: "Salina Police Department", "Bastrop County Sheriff's Office".
import type { Candidate } from './mentions.js';
import type { Resources } from './resources.js';
import { eachMatch } from '../reg-exp.js';
import { inlineRule, isOn } from '../rules/index.js';

/** how many words a place's name before the agency word may have ("Fort Worth", "Steamboat Springs", "Bastrop County") */
const MAX_PLACE_WORDS = 3;
/** how many words may stand between the place and the agency word ("Indianapolis Metropolitan Police Department") */
const MAX_WORDS_BEFORE_AGENCY = 1;

/** Rule entities/place-of-local-agency, applied by agencyPlaceCandidates. */
export const PLACE_OF_LOCAL_AGENCY = inlineRule(
  'entities/place-of-local-agency',
  'Local news often names the town where a crime happened only in the name of its police or sheriff ("Salina Police are investigating a shooting death in the 1900 block of Dover"; "according to the Fort Worth Police Department"): the agency serves that place, so the name it starts with is written as a place there. An organisation whose name is a place the gazetteer knows (a town, city, county or state, not a country: "Kenya Police" is the country\'s force) followed, within a word, by an agency word (gazetteer.agencyNounsAfterPlace, any case) gives a place mention of those words, inside the organisation\'s. Geocoding then reads it as any other place (namesakes, the article\'s country and states decide).',
);

export function agencyPlaceCandidates(res: Resources, cands: readonly Candidate[]): Candidate[] {
  if (!isOn(res.rules, PLACE_OF_LOCAL_AGENCY)) return [];
  const gaz = res.gazetteer;
  const agency = res.words.memo('gazetteer.agencyNounsAfterPlace.words', () =>
    res.words.list('gazetteer.agencyNounsAfterPlace').map((w) => w.toLowerCase().split(/\s+/)),
  );
  // the agency word, whole ("Medical Examiner", not "Medical"), at one of the first places after the name
  const agencyAt = (rest: string[]) =>
    rest.some((_, at) => at <= MAX_WORDS_BEFORE_AGENCY && agency.some((a) => a.every((w, k) => rest[at + k] === w)));
  // (rule entities/agency-compass-word) a compass word alone is no place of its own here: it opens the name of the
  // region the agency serves ("West Yorkshire Police", "North Wales Police"), which the gazetteer may not know
  const compass = res.words.memo('mentions.compassPoints.set', () => new Set(res.words.list('mentions.compassPoints')));
  // (rule entities/agency-level-word) a word naming the level of government a body serves ("Federal Prosecutor's
  // Office", "National Police", "State Police"; identity.nationalQualifiers) is no place, whatever town bears it
  const level = res.words.memo(
    'identity.nationalQualifiers.set',
    () => new Set(res.words.list('identity.nationalQualifiers').map((w) => w.toLowerCase())),
  );
  // (rule entities/agency-kind-word) a word naming the kind of force or its duty ("Reserve Police Force", "Border
  // Police"; gazetteer.agencyKindWords) is no place either, though some small town bears it
  const kind = res.words.memo(
    'gazetteer.agencyKindWords.set',
    () => new Set(res.words.list('gazetteer.agencyKindWords').map((w) => w.toLowerCase())),
  );
  const taken = new Set(cands.filter((c) => c.type === 'place').map((c) => `${c.start}:${c.end}`));
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'organization' || c.media) continue;
    const words = [...eachMatch(/\S+/gu, c.text)];
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
      if (!agencyAt(words.slice(n).map((w) => w[0].toLowerCase()))) continue;
      const last = words[n - 1]!;
      const end = c.start + last.index + last[0].length;
      const text = c.text.slice(0, last.index + last[0].length);
      const lower = text.toLowerCase();
      const known = (gaz.placesByName.get(lower) ?? []).some((e) => e.kind !== 'country') || gaz.townsByName.has(lower);
      if (
        !known ||
        compass.has(lower) ||
        level.has(lower) ||
        kind.has(lower) ||
        !/^\p{Lu}/u.test(text) ||
        taken.has(`${c.start}:${end}`)
      )
        continue;
      taken.add(`${c.start}:${end}`);
      out.push({
        type: 'place',
        start: c.start,
        end,
        text,
        sentence: c.sentence,
        gaz: [],
        source: 'rule',
        roles: [],
        rules: ['entities/place-of-local-agency'],
      });
      break;
    }
  }
  return out;
}
