// The rules that give a named person or body its role in an incident from the incident word's own phrase and sentence,
// the claims and cues attached to an incident, and the passes after the incidents are formed: written where they act
// in incidents.ts, declared here so that each participant names the rule that made it (Participant.rule, kept on its
// PARTICIPATED_IN link and shown as "Why this link" with the rule's `why`), `kg rules` lists them, and KG_DISABLE_RULES
// switches one off. The role phrases of incident-roles.ts ("role.…") name their own rules.
import { inlineRule } from '../rules/index.js';

export const PARTICIPANT_PLOT_TARGET = inlineRule(
  'participant/plot-target',
  'A foiled plot names whom it was aimed at right after its verb of harm ("a plot to kidnap the Governor, Jane Roe", "a plan to kill the mayor"): that person or body is the intended victim, though no harm was done.',
  'the one a foiled plot was aimed at: "a plot to kidnap X"',
);

export const PARTICIPANT_ATTACKERS_OF_GROUP = inlineRule(
  'incidents/attackers-of-group',
  'Attackers written as belonging to an armed group ("gunmen of the Front", "terrorists from the Front") did it with the group: the group is a perpetrator (a responder of a response), not the one they acted on. Only an armed group: "the killers of the Beacon journalists" names whom they killed.',
  'the attackers are said to belong to X: "gunmen of X", "militants from X"',
);

export const PARTICIPANT_OBJECT_OF_DEED = inlineRule(
  'participant/object-of-the-deed',
  'A name right after an incident word and "of" or a victim cue ("the murder of Jane Roe", "the kidnapping of the mayor of Springfield", "the arrest of John Doe") is whom the deed acted on: the victim of an attack, the suspect of an arrest or raid (rule incidents/response-suspect). Not a name that only says whose relative was harmed ("the murder of the nephew of X") or whose the one harmed is.',
  'named right after the deed as whom it acted on: "the murder of X", "the arrest of X"',
);

export const PARTICIPANT_BY_AGENT_OF_DEED = inlineRule(
  'participant/by-agent-of-deed',
  'A name after "by" right after an incident word, within its clause ("the bombing by the Front", "a raid by the national police") did it: the perpetrator of an attack, the responder of an arrest or raid. Not past a comma (another verb\'s agent), nor the owner of those who did it ("the shooting by the general\'s troops").',
  'named after "by" right after the deed: "the bombing by X", "a raid by X"',
);

export const PARTICIPANT_AGENT_NAMED_AS = inlineRule(
  'participant/agent-named-as',
  'A person named right after an attacker noun, alone or after "identified as" or "named as" ("the gunman, identified as John Doe", "the bomber, Jane Roe"), is that attacker: the perpetrator.',
  'the attacker is named as X: "the gunman, identified as X"',
);

export const PARTICIPANT_OBJECT_OF_VERB = inlineRule(
  'participant/object-of-the-verb',
  'A name right after a verb of harm or of response, at most a determiner and two words between ("gunmen shot the mayor Jane Roe", "police detained John Doe"), is its object: the victim of the attack, the suspect of the arrest. Not the owner of the one harmed ("killed Jane Roe\'s husband").',
  'the object of the verb: "gunmen shot X", "police arrested X"',
);

export const PARTICIPANT_LISTED_WITH_VICTIM = inlineRule(
  'participant/listed-with-victim',
  'People listed right after a named victim, joined by commas and "and" ("among those killed were Jane Roe, a nurse, and John Doe") share the list\'s role: they are victims too.',
  'listed with a named victim: "X, a nurse, and Y were among the dead"',
);

export const PARTICIPANT_SUBJECT_OF_DEED = inlineRule(
  'participant/subject-of-the-deed',
  'A person or an armed group right before an active verb of attack, at most one word between ("Jane Roe opened fire", "the Front bombed the station"), is its subject: the one who did it. Not before a passive verb or an auxiliary, and not for a response.',
  'the subject of the verb of attack: "X opened fire", "X bombed the station"',
);

export const PARTICIPANT_PREMODIFIER_OF_DEED = inlineRule(
  'participant/premodifier-of-deed',
  'A name right before an incident noun ("an ISIL gunman", "the Charlie Hebdo attack", "an FBI raid") says whose the deed is or what it struck: an armed group did it, an agency made the raid or arrest (an armed group raided is a side of it), and a person or another body was its victim or target. Not a clause\'s subject ("X was shooting at cans": an auxiliary stands between).',
  'named right before the deed word: "an X raid", "the X attack", "X gunmen"',
);

export const PARTICIPANT_PASSIVE_SUBJECT_OF_DEED = inlineRule(
  'participant/passive-subject-of-the-deed',
  'A name before a passive verb of harm or of response ("Jane Roe was shot", "John Doe, a nurse, was killed", "Jane Roe, who was kidnapped", "John Doe was arrested") suffered it: the victim of the attack, the suspect of the arrest. Not the one a relative is named by ("the nephew of X was shot") nor the one guarded ("officers protecting X were shot").',
  'the subject of a passive verb: "X was shot", "X was arrested"',
);

export const PARTICIPANT_RESPONDING_BODY = inlineRule(
  'participant/responding-body',
  'A body named before the verb of a response in its clause ("the national police arrested two men", "the army said it raided the camp") made the arrest or raid: its responder. Not a body that only speaks of it, unless it says it did it ("said it", "said they").',
  'the body named as making the arrest or raid: "X arrested two men", "X said it raided"',
);

export const PARTICIPANT_NAMED_AS_BLAMED = inlineRule(
  'participant/named-as-blamed',
  'A person or body named after a verb of blame or accusation, or after "blamed on" ("police blamed the Front for the bombing", "the attack was blamed on the Front", "accused the Front of the killing"), is said to have done it: a perpetrator of the incident of its sentence, else of the article\'s main one, held to it by whoever blamed it.',
  'X is blamed or accused of the deed: "blamed X for the attack", "the attack was blamed on X"',
);

export const PARTICIPANT_RESPONDER_OF_CUE = inlineRule(
  'incidents/responder-of-the-cue',
  'An agency a response cue speaks of ("leading the investigation", "investigators", "manhunt"; incident-cues responseCues) as its subject, premodifier, agent or partner ("FBI investigators", "the investigation by the FBI"), or listed with one of those, responded to the incident. Not any agency of the sentence.',
  'the agency leading the investigation or the hunt: "X investigators", "the investigation by X"',
);

export const PARTICIPANT_SUSPECT_OF_ONLY_RESPONSE = inlineRule(
  'incidents/suspect-of-the-only-response',
  'An article that reports no act of violence, only an arrest or a foiled plot ("The suspect, identified as John Doe, was detained"): the one a claim or a cue holds to have done or planned it is the suspect of that response (of its sentence, else the one the article tells most), not a perpetrator of an act the article does not report.',
  'the article reports only the arrest or the foiled plot: X, held to have done it, is its suspect',
);

export const PARTICIPANT_UNIT_OF_GROUP = inlineRule(
  'perpetrator/unit-of-group',
  'A unit perpetrator written as part of an armed group ("the 12th Front of the FARC", "a cell of the Front") acted for that group: the group did it too.',
  'X\'s unit did it: "a cell of X", "the 12th Front of X"',
);

export const PARTICIPANT_TARGET_OF_LIST = inlineRule(
  'reference/one-per-target',
  'An earlier event the article names with a plural event noun aimed at a list of named targets ("the attacks on the weekly X, a policewoman in Y and the Z supermarket"), where the article says its violence spanned several days, is one event per target: each named person or body is the victim of its own.',
  'one of the named targets of a series of attacks told as a list: "the attacks on X, Y and Z"',
);

/** in the order `kg rules` lists them */
export const PARTICIPANT_RULES = [
  PARTICIPANT_PLOT_TARGET,
  PARTICIPANT_ATTACKERS_OF_GROUP,
  PARTICIPANT_OBJECT_OF_DEED,
  PARTICIPANT_BY_AGENT_OF_DEED,
  PARTICIPANT_AGENT_NAMED_AS,
  PARTICIPANT_OBJECT_OF_VERB,
  PARTICIPANT_LISTED_WITH_VICTIM,
  PARTICIPANT_SUBJECT_OF_DEED,
  PARTICIPANT_PREMODIFIER_OF_DEED,
  PARTICIPANT_PASSIVE_SUBJECT_OF_DEED,
  PARTICIPANT_RESPONDING_BODY,
  PARTICIPANT_NAMED_AS_BLAMED,
  PARTICIPANT_RESPONDER_OF_CUE,
  PARTICIPANT_SUSPECT_OF_ONLY_RESPONSE,
  PARTICIPANT_UNIT_OF_GROUP,
  PARTICIPANT_TARGET_OF_LIST,
];
