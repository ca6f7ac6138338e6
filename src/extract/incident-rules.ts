// Named rules that decide whether a trigger phrase reports an incident of its own (ids "incident/…"). Each keeps
// the reason it holds in news writing generally; `kg rules` lists them and KG_DISABLE_RULES switches one off to
// measure it on the dev sets. The words they read are data (data/lexicons/incident-*.json).
import { crowdKind, kindsMayBeOneEventInSentence, type IncidentKind } from '../ontology/index.js';
import type { Rule } from '../rules/index.js';
import type { IncidentCues } from './incident-cues.js';
import type { IncidentLexicon, TriggerClass } from './incident-lexicon.js';
import { eachMatch } from '../reg-exp.js';

/** What a veto rule sees of one trigger phrase in its sentence. */
export interface TriggerContext {
  lex: IncidentLexicon;
  cues: IncidentCues;
  text: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** where the sentence's own words begin: after a dateline that opens it ("LIMA, 4 May --") */
  bodyStart: number;
  /** the end of the next sentence (the sentence's own end in the last one) */
  nextSentenceEnd: number;
  /** the kind of the last phrase naming an event before the trigger in its clause ("fought" in "fought with clubs and bombs") */
  eventBeforeInClause: IncidentKind | null;
  cls: TriggerClass;
  /** the kind the trigger names (data/lexicons/incident-triggers.json) */
  kind: IncidentKind;
  det: 'definite' | 'indefinite' | 'counted' | 'bare';
  plural: boolean;
  /** offsets of the trigger's clause */
  clauseStart: number;
  clauseEnd: number;
  /** a warning, plan, threat or possibility marks the phrase (computed by incidents.ts from incident-context.json) */
  speculative: boolean;
  /** the sentence has a trigger naming an event (not an agent noun, not a bare verb of harm) */
  eventInSentence: boolean;
  agentInSentence: boolean;
  /** an agent noun before the trigger in its clause ("gunmen killed") */
  agentIsSubject: boolean;
  /** the trigger's clause dates it to one day ("on Sunday", "yesterday", "21 April"), not to a period */
  oneDay: boolean;
  /**
   * for a capture verb ("captured", "apprehended"; incident-cues.json captureVerbs): whether what it acts on is a
   * person, named or by a noun of people (its passive subject, or its object); null for any other trigger
   */
  capturesPerson: boolean | null;
  /** the article is a sports report: its headline opens with a sport's desk slug ("SOCCER - …") */
  sportReport: boolean;
  /** a verb of harm in the headline or lede was an accident (rule incident/accident): the story's deaths are */
  accidentStory: boolean;
  /** the headline (the article's title, or its first line) */
  headline: string;
  /** the trigger is in the items of a history digest (an almanac piece whose lines open "1940 - …") */
  inHistoryDigest: boolean;
}

/** a count anywhere in the text: digits or a count word ("two", "both") */
function countIn(c: TriggerContext, s: string): boolean {
  return /\d/u.test(s) || s.split(/[^\p{L}]+/u).some((w) => w !== '' && c.cues.countWord.test(w));
}

/** the text after an active verb opens its object: a count or a determiner ("killed 20 soldiers", "killed the mayor") */
function startsWithObject(c: TriggerContext, after: string): boolean {
  const word = /^\s+([\p{L}\p{N},]+)/u.exec(after)?.[1];
  return word !== undefined && (countIn(c, word) || c.cues.anyDeterminer.test(word));
}

/** how far after a denial's opening words the event it denies may be told (rule incident/denied) */
const DENIAL_REACH_CHARS = 160;
/** how far before or after a trigger the list it is an item of is read (rule incident/abuse-list) */
const ABUSE_LIST_REACH_CHARS = 120;
/** an adverb right after a verb of harm, before its object ("killed indiscriminately 5,000") */
const ADVERB_AFTER = /^\s+[\p{L}-]+ly\s+/u;

/** a quotation mark right before and right after a trigger: the word alone in quotes (rule incident/scare-quoted) */
const SCARE_QUOTE_OPEN = /^["'\u2018\u201c]$/u;
const SCARE_QUOTE_CLOSE = /^["'\u2019\u201d]$/u;

/** the longest aside a subject may be set off from its verb by ("1,980 people, most of them youths, have been …") */
const ASIDE_CHARS = 40;

/**
 * The words before an aside that ends right where the trigger's clause begins ("1,980 people" in "1,980 people, most
 * of them youths, have been kidnapped"), or nothing when no short aside stands there.
 */
function subjectBeforeAside(c: TriggerContext): string {
  const parts = c.text.slice(Math.max(c.sentenceStart, c.bodyStart), c.clauseStart).split(/,\s+/u);
  if (parts[parts.length - 1]!.trim() === '') parts.pop();
  if (parts.length < 2 || parts[parts.length - 1]!.length > ASIDE_CHARS) return '';
  return parts[parts.length - 2]!;
}

const rule = (name: string, reason: string, veto: (c: TriggerContext) => boolean): Rule<TriggerContext, string> => ({
  id: `incident/${name}`,
  family: 'incident',
  reason,
  apply: (c) => (veto(c) ? reason : null),
});

/** Rules that veto a trigger (not a plot: plots need a foiling cue, see incidents.ts). The first that applies says why. */
export const TRIGGER_VETO_RULES: readonly Rule<TriggerContext, string>[] = [
  rule(
    'history-digest',
    'a history digest (an almanac piece, "historical calendar", "this day in history") lists what happened on the day in past years, one item a line opening with its year ("1940 - The Blitz began on London"): its items are history, not news, and no event of theirs is an incident the article reports',
    (c) => c.inHistoryDigest,
  ),
  rule(
    'traffic-arrest',
    'an arrest of a road user is traffic policing, not a security incident: one in a sentence with words of a traffic offence ("charged him with drink-driving", "two counts of intoxicated manslaughter", "the motorist was arrested"), or one in a story whose headline or lede told its deaths as a road or other accident (the driver or the ferry\'s captain held afterwards)',
    (c) =>
      c.kind === 'arrest' &&
      (c.accidentStory || c.cues.trafficOffence.test(c.text.slice(c.sentenceStart, c.sentenceEnd))),
  ),
  rule(
    'ordinary-crime-arrest',
    'an arrest or raid for ordinary crime is policing, not a security incident: one in a sentence that names a theft, drugs, fraud, bootleg liquor, a sex offence against children, an immigration offence, child labour or a fishing offence ("found with slabs of cannabis", "a convicted paedophile was recaptured", "illegal immigrants seized in a raid", "a trawler was under arrest"), or in a story whose headline names one ("thieves hire a police truck"), unless a word of a security matter is there too ("militants", "explosives", "a dissident", "kidnapping")',
    (c) => {
      if (c.kind !== 'arrest' && c.kind !== 'raid') return false;
      const sentence = c.text.slice(c.sentenceStart, c.sentenceEnd);
      if (c.cues.securityOffence.test(sentence)) return false;
      if (c.cues.ordinaryOffence.test(sentence)) return true;
      return c.cues.ordinaryOffence.test(c.headline) && !c.cues.securityOffence.test(c.headline);
    },
  ),
  rule(
    'blast-story-without-attack',
    'an explosion in a story that tells of a mishap (fire officials, firefighters, a gas leak, a boiler) and nowhere names a bomb, an attacker, sabotage or arson ("a motel exploded and burned, killing two, fire officials said") is an accident: news of a blast that was an attack names the device or who set it somewhere in the story',
    (c) => c.kind === 'explosion' && c.lex.blastMishapCue.test(c.text) && !c.lex.blastAttackCue.test(c.text),
  ),
  rule(
    'casualty-clause',
    'a bare verb of harm beside a word naming the event ("a bomb exploded, killing 22") is its casualty clause, and one that follows an agent noun not its subject ("were killed …, not counting the gunmen") sums up the story',
    (c) => c.cls === 'weak' && (c.eventInSentence || (c.agentInSentence && !c.agentIsSubject)),
  ),
  rule(
    'speculative',
    'warnings, threats, plans and possibilities ("warned of possible attacks", "vowed to attack") are not events that happened',
    (c) => c.speculative,
  ),
  rule(
    'counted-statistic',
    'a plural event word counted in numbers of five or more ("120 attacks were recorded") is a statistic',
    (c) => {
      if (c.det !== 'counted' || !c.plural) return false;
      const n = /(\d[\d,]*)\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(
        c.text.slice(Math.max(c.clauseStart, c.start - 40), c.start),
      );
      return !!n && Number(n[1]!.replace(/,/g, '')) >= 5;
    },
  ),
  rule(
    'accident',
    'a verb of harm whose cause is a crash, fire, flood or illness ("killed in a car crash") reports an accident; so does one in a sentence that names no attacker and tells of a mishap ("a bus plunged into a ravine, killing 19", "killed in the flood-hit city") or opens with the mishap as its subject ("A fire swept through the market, killing five", "Heavy snow has killed nine")',
    (c) =>
      c.cls === 'weak' &&
      (c.lex.accidentAfter.test(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 40))) ||
        c.lex.accidentCause.test(c.text.slice(c.clauseStart, c.start)) ||
        (!c.agentInSentence && c.lex.accidentEvent.test(c.text.slice(c.sentenceStart, c.sentenceEnd))) ||
        (!c.agentInSentence &&
          !c.eventInSentence &&
          c.lex.accidentSubject.test(c.text.slice(c.bodyStart, Math.max(c.bodyStart, c.start))))),
  ),
  rule(
    'accident-story',
    'once the headline or lede has told the deaths as an accident ("a bus collided with a lorry, killing one"), a later bare verb of harm in a sentence that names no event and no attacker ("A woman, 35, was killed.") tells of the same accident',
    (c) => c.accidentStory && c.cls === 'weak' && !c.eventInSentence && !c.agentInSentence,
  ),
  rule(
    'accident-agent',
    'a verb of harm whose subject, right before it, is a poison, the weather or an illness ("Bootleg brew kills 35", "cholera has killed 12"; not a vehicle, which may be the weapon of a ramming attack), in a sentence that names no attacker, reports an accident or a disaster, not an attack: the verb is active (it has a count or a noun as its object, or is a headline\'s present tense), not a victim\'s passive ("driver killed in blast")',
    (c) => {
      if (c.cls !== 'weak' || c.agentInSentence) return false;
      if (!c.lex.accidentAgentBefore.test(c.text.slice(Math.max(c.bodyStart, c.clauseStart), c.start))) return false;
      const phrase = c.text.slice(c.start, c.end);
      // an object right after it: a count, an article or a determiner ("killed two", "kills the driver")
      const next = /^\s+([\p{L}\d]+)/u.exec(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 40)));
      const object =
        !!next &&
        (c.cues.countWord.test(next[1]!) || c.cues.article.test(next[1]!) || c.cues.determiner.test(next[1]!));
      return object || /s$/iu.test(phrase);
    },
  ),
  rule(
    'people-at-large',
    'an event word or verb of harm aimed at a whole people or population ("attacks on the civilian population", "an army that is killing the Salvadoran people", "bombings of densely populated areas"), with no count and no day in its clause, speaks of violence in general, as accusations, speeches and appeals do; one event names whom it harmed by a count, a name or a day',
    (c) =>
      c.cls !== 'agent' &&
      !c.oneDay &&
      c.cues.peopleAtLargeAfter.test(c.text.slice(c.end, c.clauseEnd)) &&
      !countIn(c, c.text.slice(c.clauseStart, c.clauseEnd)),
  ),
  rule(
    'habitual-deed',
    'a verb of harm in the simple present after a relative or plural pronoun subject ("criminals who attack the population", "they steal, kidnap and murder anyone who resists"), or in -ing after a verb of going on or stopping ("stop murdering civilians", "continue killing people"), with no day in its clause, tells what someone does again and again, not one event ("rebels continued shelling the town on Monday" is that day\'s shelling)',
    (c) => {
      if (c.oneDay) return false;
      const phrase = c.text.slice(c.start, c.end);
      const before = c.text.slice(Math.max(c.sentenceStart, c.start - 60), c.start);
      if (c.cues.presentDeedVerb.test(phrase) && c.cues.habitualSubjectBefore.test(before)) return true;
      return /ing$/iu.test(phrase) && c.cues.ongoingDeedBefore.test(before);
    },
  ),
  rule(
    'abuse-list',
    'an event word without article or count, or a bare verb of harm, listed beside a word of other wrongdoing ("murders, kidnappings and disappearances throughout the country", "torture, killings and arrests", "no priest was ever imprisoned, murdered or exiled") names a kind of wrongdoing, as reports on rights, crime and politics list them, not one event: one event is told with its article, its count or its day, also at the head of the list ("the kidnapping, torture and murder of a student"); a list after a charge ("on charges of murder, robbery and kidnapping") names the act the charge is about and stays (rule incident/charged-offence)',
    (c) => {
      if (c.cls === 'agent' || c.det !== 'bare' || c.oneDay) return false;
      const from = Math.max(c.sentenceStart, c.bodyStart);
      const before = c.text.slice(Math.max(from, c.start - ABUSE_LIST_REACH_CHARS), c.start);
      const after = c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + ABUSE_LIST_REACH_CHARS));
      if (!c.cues.abuseListBefore.test(before) && !c.cues.abuseListAfter.test(after)) return false;
      return !c.cues.legalWord.test(before) && !c.cues.determinedListBefore.test(before);
    },
  ),
  rule(
    'charged-offence',
    'an offence word that modifies a noun of the law ("murder cases", "kidnapping charges", "terrorism counts") names a class of crime, not an event; an offence a charge names ("charged with murder", "charges of attempted murder were dropped") still tells the act it is about (dates/not-the-held-act), and reading a list of charges as no event split one shooting of local news in two (measured on the gun-violence dev set)',
    (c) => c.cues.offenceHeadAfter.test(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 30))),
  ),
  rule(
    'instrument',
    'a device named in the "with" phrase of another violent act in its clause ("fought with clubs and crude bombs") is the weapon of that act, not an event of its own; where the two kinds may name one event they join anyway',
    (c) =>
      c.eventBeforeInClause !== null &&
      !kindsMayBeOneEventInSentence(c.eventBeforeInClause, c.kind) &&
      c.cues.deviceNoun.test(c.text.slice(c.start, c.end)) &&
      c.cues.instrumentBefore.test(c.text.slice(c.clauseStart, c.start)),
  ),
  rule(
    'crowd-clash-unharmed',
    'a clash between the police and a crowd ("police clashed with students") is a riot only where its sentence or the next tells of harm or of the violence ("20 were hurt", "tear gas", "hurled rocks"): a march where the two sides merely jostled is no incident',
    (c) =>
      c.cues.crowdClash.test(c.text.slice(c.start, c.end)) &&
      !c.cues.crowdClashHarm.test(c.text.slice(c.sentenceStart, c.nextSentenceEnd)),
  ),
  rule(
    'filming',
    '"shot" said of a film, scene or footage ("the film was shot on location in Dublin", "scenes were shot in Malta") is filming, not a shooting',
    (c) => {
      if (!/\bshot\b|\bshooting\b/i.test(c.text.slice(c.start, c.end))) return false;
      return (
        c.cues.filmedWorkBefore.test(c.text.slice(Math.max(c.clauseStart, c.start - 60), c.start)) ||
        c.cues.filmingAfter.test(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 30)))
      );
    },
  ),
  rule(
    'running-total',
    'a verb of harm or a bare plural in a clause about a period ("killed in the conflict since 2015", "attacks over the past decade") is a running total, and so is any phrase of harm not pointing at one event ("the") in a sentence of crime figures that moved ("Murders rose by a third, and 412 people were killed"); so is a bare plural in a sentence set in a year of its own ("In 2014, 11 people died in shootings")',
    (c) =>
      // crime figures: any verb or plural of harm the sentence tells beside them, never one event it points at ("the")
      (c.cls !== 'agent' &&
        c.det !== 'definite' &&
        c.lex.casualties.statisticTrend.test(c.text.slice(c.sentenceStart, c.sentenceEnd))) ||
      ((c.cls === 'weak' || (c.det === 'bare' && c.plural)) &&
        (c.lex.casualties.statistic.test(c.text.slice(c.clauseStart, c.clauseEnd)) ||
          (c.det === 'bare' &&
            c.plural &&
            c.lex.casualties.inYear.test(c.text.slice(c.sentenceStart, c.sentenceEnd))))),
  ),
  rule(
    'perfect-tally',
    'a verb of harm in the present perfect ("have been killed", "have been kidnapped") that counts hundreds or more ("70,000 people have been killed", "hundreds have been arrested", also before an aside: "1,980 people, most of them youths, have been kidnapped") or sums up a period up to now ("so far this year", "to date", "as of today", "in less than a month", also opening the sentence) is a tally of many events, not one event; a clause that ties it to one day ("on Sunday") still tells one event',
    (c) => {
      if (c.oneDay) return false;
      const phrase = c.text.slice(c.start, c.end);
      const before = c.text.slice(Math.max(c.clauseStart, c.start - 40), c.start);
      if (!c.cues.perfectBefore.test(before) && !/^(?:has|have)\s/iu.test(phrase)) return false;
      // the count may open the sentence before an aside ("1,980 people, most of them youths, have been kidnapped"),
      // and the period may open it before a comma ("In less than a month, 11 students have been kidnapped")
      const from = Math.max(c.sentenceStart, c.bodyStart);
      return (
        c.cues.tallyPeriod.test(c.text.slice(from, c.clauseEnd)) ||
        c.cues.tallyCount.test(c.text.slice(c.clauseStart, c.start)) ||
        c.cues.tallyCount.test(subjectBeforeAside(c))
      );
    },
  ),
  rule(
    'denied',
    'an event told in what a denial opens ("the army denied that its planes had bombed the camp", "police dismissed reports that a patrol was ambushed", "denied rumours of a massacre"), or one a relative clause denies right after it ("an alleged bombing of the town, which the army has denied"), is what someone says did not happen, not an event the article reports; a denial of who did it leaves the harm standing ("he denied killing her", "denied charges of murder", "denied that he shot the man"), and so does one of a detail of an event named as given ("denied that the attack was the work of rebels")',
    (c) => {
      if (c.cls === 'agent') return false;
      const phrase = c.text.slice(c.start, c.end);
      if (c.cues.deniedAfter.test(c.text.slice(c.end, c.sentenceEnd))) return true;
      const before = c.text.slice(Math.max(c.sentenceStart, c.bodyStart), c.start);
      let denial: RegExpExecArray | null = null;
      for (const m of eachMatch(c.cues.denial, before)) denial = m;
      if (!denial) return false;
      const between = before.slice(denial.index + denial[0].length);
      if (between.length > DENIAL_REACH_CHARS || c.cues.denialScopeEnd.test(between)) return false;
      if (c.cues.denialSubjectAfter.test(between) || c.lex.presupposingHead.test(before)) return false;
      // "denied that the attack took place" denies it; "denied that the attack was the work of rebels" takes it as given
      return (
        c.det !== 'definite' ||
        c.cues.verbal.test(phrase) ||
        !c.cues.givenEventPredicateAfter.test(c.text.slice(c.end, c.clauseEnd))
      );
    },
  ),
  rule(
    'toll-of-many-events',
    'a verb of harm whose count is summed over many events written after it ("600 peasants were murdered in more than 40 massacres", "393 rebels were killed in over 600 clashes", "died in dozens of attacks") tells a tally, not one event, and so does a bare verb of harm elsewhere in its sentence ("… in over 600 clashes, and 143 soldiers were killed"); two or three events each still tell their own ("killed in two attacks")',
    (c) =>
      ((c.cls === 'weak' || c.cues.verbal.test(c.text.slice(c.start, c.end))) &&
        c.cues.manyEventsAfter.test(c.text.slice(c.end, c.clauseEnd))) ||
      // a bare verb of harm in the same sentence as the events summed is the tally's other half ("393 rebels were
      // killed in over 600 clashes and 143 soldiers were killed"); an event word still tells its own event
      (c.cls === 'weak' && c.cues.manyEvents.test(c.text.slice(c.sentenceStart, c.sentenceEnd))),
  ),
  rule(
    'mass-toll',
    'an active verb of harm whose object counts thousands ("a war that has killed more than 70,000 people", "the regime massacred 30,000 peasants", "death squads that murdered thousands of citizens"), or a passive one whose subject counts them ("1,500 people were killed in clashes that year", "the offensive left 1,480 rebels and 280 soldiers killed"), or an event a present perfect sums thousands of dead for ("the fighting has left more than 2,000 dead") tells the toll of a war, a regime or an era, not one event: a single attack that kills thousands is rare enough that news names it as an event ("the attacks killed nearly 3,000 people"), which its event word carries; hundreds stay, a single blast may kill hundreds',
    (c) => {
      if (c.cls === 'agent') return false;
      if (c.cues.perfectTollAfter.test(c.text.slice(c.end, c.sentenceEnd))) return true;
      if (
        c.cues.passiveStart.test(c.text.slice(c.start, c.end)) ||
        c.cues.beBefore.test(c.text.slice(Math.max(c.clauseStart, c.start - 16), c.start))
      )
        return (
          c.cls === 'weak' && c.cues.massTollCount.test(c.text.slice(Math.max(c.clauseStart, c.bodyStart), c.start))
        );
      const after = c.text.slice(c.end, c.clauseEnd).replace(ADVERB_AFTER, ' ');
      if (c.cues.massTollAfter.test(after)) return true;
      // a bare participle after its counted subject ("resulted in 1,480 rebels and 280 soldiers killed"), no object
      return (
        c.cls === 'weak' &&
        c.cues.massTollCount.test(c.text.slice(Math.max(c.clauseStart, c.bodyStart), c.start)) &&
        !startsWithObject(c, after)
      );
    },
  ),
  rule(
    'remembered',
    'an event named after words of remembrance in the first person, an appeal or a memorial ("we recall the kidnapping of …", "let us remember the massacre", "in memory of the victims of the bombing") is recalled from the past, a reference and not an incident the article reports; a witness who "recalled" what happened is not such a word',
    (c) => c.cues.remembrance.test(c.text.slice(Math.max(c.sentenceStart, c.bodyStart), c.start)),
  ),
  rule(
    'approximate-count',
    'an event word after a vague count ("dozens of attacks", "several bombings") generalises over events; a bare verb of harm after one counts the people harmed in one event ("At least 8 people were killed"), not events',
    (c) =>
      c.cls !== 'weak' && c.lex.approximateCount.test(c.text.slice(Math.max(c.clauseStart, c.start - 50), c.start)),
  ),
  rule(
    'capture-of-a-person',
    'a capture verb reports an arrest only when what it acts on is a person ("X was captured", "police apprehended the suspect"): fighters capture towns and bases ("rebels captured the town"), which is no arrest',
    (c) => c.capturesPerson === false,
  ),
  rule(
    'prisoner-of-war',
    'a capture told as part of a war ("was captured during the Korean War", "captured in the 1967 war") took a soldier prisoner: no arrest by the police',
    (c) =>
      c.cues.captureVerb.test(c.text.slice(c.start, c.end)) &&
      c.cues.warTimeAfter.test(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 60))),
  ),
  rule(
    'sport-play',
    'in a sports report (a headline opening with a sport\'s desk slug, "RUGBY - …"), or in a sentence with words only a game report uses ("the ball", "a goalless draw", "his innings"), the words sport uses for play ("wave after wave of attacks", "a raid down the wing", "the sides clash with") are play, not violence; a phrase only violence has ("a bomb", "stabbed", "gun attack", "arrested") still counts',
    (c) =>
      c.cues.sportSense.test(c.text.slice(c.start, c.end)) &&
      (c.sportReport || c.cues.sportContext.test(c.text.slice(c.sentenceStart, c.sentenceEnd))),
  ),
  rule(
    'market-figure',
    'market news borrows words of violence for price moves and buying ("a massacre on the bourse", "a dawn raid on the shares", "a speculative attack on the peso"): such a phrase in a sentence with words only market news uses ("shares", "the index", "brokers") is no violence; a phrase only violence has ("a bomb", "gunmen") still counts',
    (c) =>
      c.cues.marketSense.test(c.text.slice(c.start, c.end)) &&
      c.cues.marketContext.test(c.text.slice(c.sentenceStart, c.sentenceEnd)),
  ),
  rule(
    'figure-of-speech',
    'press and political writing borrow words of violence for words ("their attacks on his record", "a scathing attack on the central bank", "called the reform an assault on workers\' rights", "a massacre of the novel"): such a phrase with a word of speech or writing before it, or aimed at a thing of words, plans or ideas, is criticism, not violence; a phrase only violence has ("a bomb", "shot dead") still counts',
    (c) =>
      c.cues.figureSense.test(c.text.slice(c.start, c.end)) &&
      (c.cues.figureBefore.test(c.text.slice(Math.max(c.clauseStart, c.start - 50), c.start)) ||
        c.cues.figureTargetAfter.test(c.text.slice(c.end, Math.min(c.clauseEnd, c.end + 80)))),
  ),
  rule(
    'industrial-blast',
    'an explosion at an industrial site ("an explosion at an oil refinery", "a blast in a coal mine", "a fireworks warehouse blast") in a sentence with no word of an attack (no bomb, attacker or sabotage) is an industrial accident, not an attack: news of a blast that was an attack names the bomb or who set it',
    (c) =>
      c.kind === 'explosion' &&
      (c.lex.accidentSiteAfter.test(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 80))) ||
        c.lex.accidentSiteBefore.test(c.text.slice(Math.max(c.sentenceStart, c.start - 40), c.start))) &&
      !c.lex.blastAttackCue.test(
        c.text.slice(c.sentenceStart, c.sentenceEnd).replace(c.text.slice(c.start, c.end), ''),
      ),
  ),
  rule(
    'simulated',
    'an event acted out is no incident: a trigger right after a word of pretence ("a mock attack", "a simulated hijacking", "a dummy bomb") or governed by a verb of acting out ("troops simulated an assault", "police rehearsed a hostage rescue") reports a drill or a show',
    (c) => c.cues.simulatedBefore.test(c.text.slice(Math.max(c.clauseStart, c.start - 50), c.start)),
  ),
  rule(
    'scare-quoted',
    'an arrest, raid or search word set alone in quotation marks ("police \'arrested\' Santa Claus", "the \u201craid\u201d on the office") is written as not meant literally (a stunt, a joke or a word the writer doubts): news writes a real arrest without quotes',
    (c) =>
      c.cls === 'response' &&
      SCARE_QUOTE_OPEN.test(c.text.slice(Math.max(c.sentenceStart, c.start - 1), c.start)) &&
      SCARE_QUOTE_CLOSE.test(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 1))),
  ),
  rule(
    'work-about',
    'a trigger that a film, book or play is about ("a documentary about the 1993 siege", "a novel recounting the massacre") is the subject of the work the article reports on, not an incident the article reports',
    (c) => c.cues.workAboutBefore.test(c.text.slice(Math.max(c.sentenceStart, c.start - 80), c.start)),
  ),
  rule(
    'event-series',
    'an event word after a collective word ("a wave of bombings", "a string of attacks") generalises over events, unless its clause ties them to one day ("a series of bombings on Sunday killed 207"): news reports coordinated attacks of one day as one incident',
    (c) => !c.oneDay && c.lex.eventSeries.test(c.text.slice(Math.max(c.clauseStart, c.start - 50), c.start)),
  ),
];

/** the trigger class the reclassing rules read: a phrase naming an event */
const EVENT: TriggerClass = 'event';

/** what a device found or made safe reports: an attempt foiled */
const FOILED_PLOT: IncidentKind = 'foiled plot';

const reclass = (
  name: string,
  reason: string,
  to: (c: TriggerContext) => IncidentKind | null,
): Rule<TriggerContext, IncidentKind> => ({ id: `incident/${name}`, family: 'incident', reason, apply: to });

/**
 * Rules that change what a kept trigger reports (the first that applies says why, and gives the kind it reports).
 * A device that was found or made safe did not go off: wire services count it as an attempted bombing, which is the
 * foiled-plot kind here.
 */
export const TRIGGER_RECLASS_RULES: readonly Rule<TriggerContext, IncidentKind>[] = [
  reclass(
    'device-found',
    'an explosive device found, defused or made safe ("police defused two bombs", "devices were found in the van", "an unexploded grenade") is not a bombing: nothing went off; it is an attempt foiled',
    (c) => {
      if (c.cls !== EVENT) return null;
      const phrase = c.text.slice(c.start, c.end);
      if (!c.cues.deviceNoun.test(phrase)) return null;
      return c.cues.deviceFoundAfter.test(c.text.slice(c.end, Math.min(c.sentenceEnd, c.end + 60))) ||
        c.cues.deviceFoundBefore.test(c.text.slice(Math.max(c.clauseStart, c.start - 50), c.start))
        ? FOILED_PLOT
        : null;
    },
  ),
  reclass(
    'crowd-violence',
    'violence whose subject is an unorganised crowd ("a mob beat to death", "rioters set fire to the police station", "residents burned them alive", "supporters fought with stones") is a riot, or a lynching where it killed (ACLED\'s riots and mob violence), not an armed attack: the crowd opens a clause of the sentence before the phrase, with no report, sight or passive between ("residents said gunmen set fire", "protesters were shot") and no armed subject of its own; a phrase after a determiner or preposition ("the remnants of a bloody shooting") is a noun, not the crowd\'s act',
    (c) => {
      if (c.cls !== EVENT) return null;
      const to = crowdKind(c.kind);
      return to && crowdSubject(c.cues, c.lex, c.text, c.sentenceStart, c.start) ? to : null;
    },
  ),
];

/**
 * The crowd that is the subject of a phrase at `start` (rule incident/crowd-violence): the last crowd noun phrase
 * opening a clause of the sentence before it ("a mob", "residents of Petion-Ville", "demonstrators protesting …"),
 * with no report, sight or passive between ("residents said gunmen …", "protesters were shot") and no armed noun that
 * is a subject of its own ("residents fled as gunmen set fire"; "youths angry at jihadist attacks" is a modifier of an
 * event word). Offsets are the text's.
 */
export function crowdSubject(
  cues: IncidentCues,
  lex: IncidentLexicon,
  text: string,
  sentenceStart: number,
  start: number,
): { start: number; end: number; text: string } | null {
  // "protesters were shot": the phrase itself opens with the passive
  if (cues.passiveStart.test(text.slice(start, start + 20))) return null;
  const before = text.slice(sentenceStart, start);
  let crowd: RegExpExecArray | null = null;
  for (const m of eachMatch(cues.crowdSubject, before)) crowd = m;
  // "firing tear gas at protesters who hurled petrol bombs": the crowd a relative clause opens with
  for (const m of eachMatch(cues.crowdRelativeSubject, before))
    if (!crowd || m.indices![1]![0] > crowd.indices![1]![0]) crowd = m;
  if (!crowd) return null;
  const between = before.slice(crowd.index + crowd[0].length);
  if (cues.crowdNotSubject.test(between) || cues.passiveEnd.test(between)) return null;
  // "the remnants of a bloody shooting", "injured during shooting": a noun inside another phrase
  if (cues.crowdPhraseOpenerBefore.test(between)) return null;
  const armed = new RegExp(cues.attackerNouns.source, 'gi');
  for (const m of eachMatch(armed, between)) {
    const next = /^\s+([\p{L}-]+)/u.exec(between.slice(m.index + m[0].length));
    const t = next ? lex.anyTrigger.exec(next[1]!) : null;
    if (!t || t.index !== 0) return null;
  }
  const [s, e] = crowd.indices![1]!;
  return { start: sentenceStart + s, end: sentenceStart + e, text: crowd[1]! };
}
