// Rules of the incidents stage written where they act, inside functions of incidents.ts (each in the function whose
// docblock names its id), not as an apply() of their own: their ids and reasons are here so `kg rules` lists them,
// and each function asks isOn() first, so KG_DISABLE_RULES switches one off (the function then answers as if the rule
// did not apply). Ids "place/…" place an incident; ids "incidents/…" join its tellings.
import { inlineRule } from '../rules/index.js';

export const PLACE_HEADLINE_CONFIRMS_TOWN = inlineRule(
  'place/headline-confirms-town',
  'The town the incident\'s own phrase names ("the injuries she sustained Jan. 2 in Montfort"), too small for the gazetteer to locate, stays the incident\'s place when the headline names it too ("Mom involved in Montfort shooting has died"): the station\'s city in the dateline is only where the report is from. Not a site, a region, a name ending in a head word of a street or building ("Fairmont Terrace") or a part of a city (compassPart), which the dateline\'s city may hold.',
);

export const PLACE_COMPASS_PART_OF_CITY = inlineRule(
  'place/compass-part-of-city',
  'A name the gazetteer does not locate that opens with a compass word ("Northwest Side", "Southeast", "Lower East Side": mentions.directionalPrefixes) is a part of a city, not a town of its own: local news names its city\'s quarters so, and a town that small is rarely named from a compass point.',
);

export const PLACE_WRITTEN_HOLDER = inlineRule(
  'place/written-holder',
  'A street, venue or area the gazetteer does not locate itself (no coordinates, or only those of a city it is taken to lie in) names the event less usefully than the town the text writes it in ("Woodlawn Terrace Apartments in Shreveport", "North Starr Road, Campbellsburg"): the incident takes that town (not a country), as streetCity does for a located street.',
);

export const PLACE_CITY_LATER_IN_ARTICLE = inlineRule(
  'place/city-later-in-article',
  'A main incident with no place at all, in an article whose first sentences name no located place, happened in the city the rest of the article names most ("… near North 35th Street …" and only in the tenth sentence "Milwaukee police said"): local news names its town late, where it quotes the police. Only a city of the country the report is from (`country`) named at least LATER_CITY_MIN_MENTIONS times, never a region or site, and never a background place.',
);

export const PLACE_UNLOCATED_COUNTY = inlineRule(
  'place/unlocated-county',
  'A main incident with no place, in an article that names no located place where it could have happened, happened in the county its first sentences name ("found dead in Polk County"), by name, when the gazetteer cannot tell which state\'s county it is (several share the name and the article names no state).',
);

export const PLACE_SCENE_STATEMENT = inlineRule(
  'place/scene-statement',
  '"Gunmen attacked guards at a depot outside Moscow. … The attack took place in Sergiev Posad": a sentence soon after a lede event that points back to an event with a definite phrase ("the attack", "the incident", "this action") and says where it took place, occurred or was staged names its scene, which a wire otherwise leaves to the dateline or to a well-known place it is measured from. Only a town, site or area of the report\'s country, written after a locative and not itself as a point of reference ("took place 20 km from Lima").',
);

export const PLACE_SCENE_STATEMENT_AT_A_POINT = inlineRule(
  'place/scene-statement-at-a-point',
  '"The sabotage occurred on the outskirts of Kessin", "the ambush took place near Kessin": a sentence that says where the event happened (rule place/scene-statement) and names no town of its own but a place the scene lies at the edge of (incident-cues.referencePoints: "near", "outside", "on the outskirts of", with no distance before it) places the event at that place, the nearest the text gives, rather than at the dateline or only in the country. A place written some distance off ("took place 20 km from Lorr") still does not.',
);

export const PLACE_VENUE_ON_ITS_STREET = inlineRule(
  'place/venue-on-its-street',
  '"forced their way into the Lindt Chocolate Cafe in Martin Place … gunfire was heard", "held hostages inside a cafe in Martin Place … The stand-off started at the Lindt Chocolate Cafe": where the main incident is placed at a street or square located only by its city, and a sentence of the incident writes a named venue (a site that is no street, located by the same city) as lying in that street, or writes the venue\'s head noun right before the street ("a cafe in Martin Place") while it names the venue, the venue is the scene: it names the event more precisely than the street, which streetCity would give up for the city.',
);

export const PLACE_NEAR_THE_SCENE = inlineRule(
  'place/near-the-scene',
  '"A man detained two kilometres from the scene was questioned", "officers arrested a second suspect near the scene": an arrest, raid or search with no place of its own whose clause places it by the scene (data nearTheScene) took place where the incident the article reports did, and is placed there; with no day or month of its own it took place when that incident did (its day, else its month), and where that incident is an earlier event a follow-up refers to, so is the response, not an event of the day of the report.',
);

export const PLACE_CAPTURED_AT_THE_SCENE = inlineRule(
  'place/captured-at-the-scene',
  '"Security officers tackled a man at the scene … He was arrested on suspicion of murder": an arrest with no place of its own, told in a paragraph an earlier sentence of which tells someone was taken hold of at the scene (data sceneCaptureVerbs before nearTheScene), is that capture: it was made where the incident the article reports took place. Only an arrest, only within the paragraph and a few sentences.',
);

export const DATES_CLOCK_TIME_OF_THE_REPORT_DAY = inlineRule(
  'dates/clock-time-of-the-report-day',
  '"Authorities said the shooting happened shortly after 1 p.m. in the 4700 block of Spottswood Drive", in a breaking report that gives no day at all: the main incident of an article with no dated violent incident, told with a clock time and no day, happened on the day of the report (its publication or dateline day), as rule dates/clock-time-of-the-news-day dates events of the day of a dated main incident. Stored as the day it happened (no dateBasis), so that later reports giving the weekday are matched to it. Not for a reference, a telling marked as past, nor an incident with a month or year of its own.',
);

export const DATES_RESPONSE_ON_THE_NEWS_DAY = inlineRule(
  'dates/response-on-the-news-day',
  '"Abe was shot on Friday … He was arrested on suspicion of attempted murder", in a report of that Friday: an arrest, raid or search told after the violent incident the article reports, with no day, month or year of its own, came after that incident and by the day of the report; where the incident happened on the day of publication, that is the day of the response too. Not one told in the pluperfect ("had been arrested"), marked as past, or told before the incident.',
);

export const DATES_RESPONSE_CLOSES_THE_ACT = inlineRule(
  'dates/response-closes-the-act',
  '"13 men stormed the studio on 9 January, taking staff hostage, before police entered the building and detained them": an arrest or raid with no day, month or year of its own, told after a violent phrase of its sentence that has its day and joined to it by a connective that tells it as the close of the same episode (data sequelLinks: "before", "until"), took place on that day. Not with a time between ("two weeks later"), a semicolon, or a date of its own.',
);

export const INCIDENTS_PRONOUN_CLAIMANT = inlineRule(
  'incidents/pronoun-claimant',
  '"In the video, X said the girls should not have been in school. He called their schooling sinful and said he had taken the girls": a claim of the deed (data claims) in a sentence that opens with a personal pronoun and names nobody before the claim is made by the one person the sentence before names (rule incidents/pronoun-subject-previous-person), who did it.',
  '"he said he carried out the attack", right after a sentence that names X alone',
);

export const INCIDENTS_CLAIM_RELATIVE_ASIDE = inlineRule(
  'incidents/claim-relative-aside',
  '"The Front, which had been thought to be inactive, claimed responsibility", "the Front, ADF, which had been quiet for years, has claimed": a relative clause set off by commas between a claimant and its claim (data claims) says more of the claimant, which still makes the claim; the claimant is the last name before the claim, so a clause with a name of its own leaves the claim to that name.',
  'X claimed the attack, with an aside about X between: "X, which had been quiet for years, claimed it"',
);

export const INCIDENTS_DEAD_OF_IRREALIS = inlineRule(
  'incidents/dead-of-irrealis',
  '"The country will see the bodies of its leaders", "we will fight to the body of the last soldier": the bodies or remains that a threat, a vow or a supposition speaks of (data irrealisClause before the phrase, in its clause) are no one found dead, so the phrase names no victim (rules role.dead-of, role.named-dead-of).',
);

export const INCIDENTS_CLAIM_ON_BEHALF = inlineRule(
  'incidents/claim-on-behalf',
  '"A caller speaking on behalf of the Front claimed responsibility for the bombing", "a woman who said she spoke in the name of the Front called a radio station to claim the attack": whoever voices a claim (data claims) for a group the sentence names right after "on behalf of" or "in the name of" (data claimOnBehalfOpeners) makes it as the group\'s, so the group is the claimant; only where no other name and no end of a clause stand between the group and the claim.',
  'someone claimed the attack on behalf of X: "a caller speaking for X claimed the bombing"',
);

export const INCIDENTS_NAMED_CLAIMANT = inlineRule(
  'incidents/named-claimant',
  '"The Front claimed responsibility for the bombing", "the Front, in a statement, said it carried out the attack": the name right before a claim of the deed (data claims), with only the words a subject may have between (claimSubjectGap), says it did it: a perpetrator of the incident of its sentence, else of the article\'s main one. Phrases with no name ("unidentified gunmen claimed") are read by rule role.claim.',
  'X claimed the attack ("X claimed responsibility for the bombing")',
);

export const INCIDENTS_HEDGED_GROUP_ATTRIBUTION = inlineRule(
  'incidents/hedged-group-attribution',
  '"Police suspect the Front", "investigators said they believed the Red Brigades …", "the Front is believed to be behind the attack", "the Front is suspected of the bombing": a group named right after a body\'s own verb of suspicion (data suspicionBefore) or right before a passive of suspicion tied to the act (suspicionAfter) is held to have done the act of its sentence, else the article\'s main one. News attributes most attacks by armed groups this way before any claim; the link is a perpetrator one, as for "accused X of", and keeps this rule as its reason so a reader sees the attribution was a suspicion. Only for organisations: a person suspected is a suspect by the rules of people.',
  'X is suspected of the act ("police suspect the Front")',
);

export const PLACE_PART_OF_THE_COUNTRY = inlineRule(
  'place/part-of-the-country',
  'The words of a sentence of the event that place it in a part of the country no town stands for ("killed 17 rebels in the southeast of the country", "took eight people hostage in the country\'s northeastern jungle", "attacks in three Mexican states"), or null. Such an event is not at the dateline\'s city, which is only where the report was filed: the country of the report places it (rule place/country-of-the-report).',
);

export const PLACE_COMPASS_QUARTER_HOLDS_TOWN = inlineRule(
  'place/compass-quarter-holds-town',
  '"a frenzied attack in south London … at a flat in Croydon": a city written with a lower-case compass word before it ("south London", "west Belfast", "northern Sydney") names a quarter of it, not the city centre, and a town of the same country the gazetteer locates within QUARTER_REACH_KM of it is such a quarter: news names the wider city in one sentence and the suburb in another for one scene.',
);

export const PLACE_CLAUSE_TOWN = inlineRule(
  'place/clause-town',
  '"a bomb killed three policemen in Turbat, and gunmen shot dead two labourers in Gwadar": an event of the sentence that its own phrase did not place, followed by a town (a city of the gazetteer) written after a locative and then by a phrase placed in another town, happened in the first town; so placed, it stays apart from the later phrase (each event of a report that names two towns gets its own).',
);

export const PLACE_REFERENCE_POINT = inlineRule(
  'place/reference-point',
  '"a bomb exploded in a restaurant west of Algiers … ripped through a restaurant in the coastal town of Staoueli": a lede places an event by a well-known place it lies near, and the body names the town; a place written as a town ("the town of", "the village of": where something happened, not a funeral\'s or an office\'s place) that the gazetteer locates within REFERENCE_POINT_KM of a place written as such a point, or does not locate and nothing puts in another country, tells the same place (and, located, the more precise one).',
);

export const INCIDENTS_SAME_VICTIM_TOLD_TWICE = inlineRule(
  'incidents/same-victim-told-twice',
  'Two violent groups of one article that name the same person as the one harmed, of kinds one event may have, are one event told twice ("Amari Brown, 7, was shot on the Fourth of July" and, paragraphs on, "Amari Brown and his father were shot late Friday"): a person is shot or killed once in the days a report covers. Each may name others the other does not (a relative hurt beside the victim, a first name only), which keeps them apart as tellings of the main incident (restatementsOfMain); here the shared victim carries it. Not when anything tells them apart: a reference beside a report, places that do not agree, days more than RESTATED_DATE_DAYS apart, named perpetrators none of whom both name. The group told less joins the one told more, whose day stays the event\'s (the day a side paragraph gives is as often when the victim died or was named). The groups merged away are returned.',
);

export const INCIDENTS_ABSORBED_EARLIER_ACT = inlineRule(
  'incidents/absorbed-earlier-act',
  '"X, who was abducted last week, was found murdered on Friday" and, further on, "X was kidnapped on 6 April by a column of the Front": the main incident took in the earlier abduction of its victim and is dated by the murder, while the later telling of that abduction is dated by the abduction. Their days differ, yet the telling is of an act the main incident already holds (a phrase of the telling\'s kind that does not give the main incident its day: one with no day of its own, or a day within RESTATED_DATE_DAYS of the telling\'s): it joins as a telling of the same victim (incidents/same-victim-told-twice), not a second event of its own.',
);

export const INCIDENTS_CO_VICTIMS_IN_SENTENCE = inlineRule(
  'incidents/co-victims-in-sentence',
  '"Jose Marte was shot once in the leg, while Oscar Delgado was shot in the abdomen": verbs of one kind in one sentence that each name only people hurt, with no place, day, attacker or mark of the past telling them apart, tell the victims of one event; news sets another event apart in words of its own ("in a separate shooting", cues.separateEvents, checked by fits) or in a sentence of its own.',
);

export const INCIDENTS_TOLD_JUST_BEFORE = inlineRule(
  'incidents/told-just-before',
  'A verb of harm with no place, date or mark of the past of its own ("the brothers came out firing and were shot dead", "four hostages had been shot dead") goes on with the event told in the one or two sentences right before it: news tells one scene in consecutive sentences, and a reader takes such a sentence as part of the scene just told, not of another event of the same kind told elsewhere in the article.',
);

export const HEADLINE_ACCIDENT_LEDE = inlineRule(
  'headline/accident-lede',
  '"Car kills two trying to avoid Texas drag race" over "another vehicle veered into the crowd, killing two people": a verb of harm told only in the headline is no incident of its own where the first sentences of the text tell a mishap that caused deaths (incident-context.accidentEvents: a vehicle that veered, crashed or overturned, a collision, a quake): the headline sums up the accident the text tells, which rule incident/accident keeps out.',
);

export const INCIDENTS_LASTING_EVENT_TOLD_AGAIN = inlineRule(
  'incidents/lasting-event-told-again',
  '"Gunmen seized a plane on Monday night … The hijacked plane landed in Cyprus … freed all hostages at a London airport on Tuesday": an event of a lasting kind (ontology sameEvent.inArticle.lasting: a hostage-taking, a siege, a hijacking) is a standoff that goes on for days, so a telling of it in the article, of a lasting kind too, is the main incident told at another stage although its day is up to LASTING_TOLD_DAYS from the main incident\'s and both are placed at one place; for kinds that move across borders (a hijacking) also at another place, in any country. Everything else that tells two events apart still does: a mark of the past, words that set either apart, other named captives or captors, another month or year. Not a kidnapping: news tells it as the seizure, and sister kidnappings of one city on consecutive days are common.',
);

/** in the order `kg rules` lists them */
export const INCIDENTS_YEAR_MARKED_APART = inlineRule(
  'incidents/year-marked-apart',
  'A phrase a past year marks ("the 2013 siege") is an event of that year: it joins no phrase of its sentence told first without a mark of the past, and no incident dated in another year (a documentary shown on Thursday that looks back at it is no telling of it); an attacker noun before it ("the gunmen behind the January 2015 attacks") is its doer, no event of its own.',
);

export const INCIDENTS_LAST_SPAN_MARKED_APART = inlineRule(
  'incidents/last-span-marked-apart',
  'A phrase "last week\'s", "last month\'s" or "last weekend\'s" marks (data lastSpanPossessives: "the prosecutor of last week\'s armed takeover was shot dead on Wednesday") happened in that span of the calendar before the article\'s own week or month: it joins no phrase of its sentence dated outside the span, and with no day of its own it is not dated by the day of the report.',
);

export const INCIDENTS_DATED_TELLING_AFTER_COLON = inlineRule(
  'incidents/dated-telling-after-colon',
  '"The group has raided markets before: in March, gunmen killed dozens of farmers at a market in Konduga": after a colon or semicolon, a clause that opens with a time of its own (a date right after the mark, at most "in", "on", "last" between) tells an event of its own; an event word of the sentence before the mark is no anchor that makes a verb of harm after it a casualty clause of that event.',
);

export const INCIDENTS_TALLY_ROLES_SET_ASIDE = inlineRule(
  'incidents/tally-roles-set-aside',
  '"Its fighters have killed thousands of people, and the group has attacked schools before": a verb of harm that tells a tally of many events (mass-toll, perfect-tally), even where it was first set aside as the casualty clause of an event word beside it, names no role in any event: the role phrases whose nearest incident word it is give none.',
);

export const PERPETRATOR_WEAPON_BELONGS_TO_TARGET = inlineRule(
  'perpetrator/weapon-belongs-to-target',
  'A weapon the article says was brought down, destroyed or seized ("rebels shot down two helicopters ... the helicopters belonged to the army") was the target: its owner is the side that lost it, not the doer that rule role.weapon-belongs-to would make it.',
);

export const PLACE_STATED_PLACE_OVER_DATELINE = inlineRule(
  'place/stated-place-over-dateline',
  'A lede event placed at the dateline only for want of a place of its own (rule place/dateline-of-the-lede) takes the place a later telling of it states ("the murder of six more in Unguia, a village of Choco"): a bureau\'s dateline says where the report was filed, the telling where it happened. Only a place below the country, in the dateline\'s country.',
);

export const PLACE_SITE_IN_MAIN_INCIDENT_TOWN = inlineRule(
  'place/site-in-main-incident-town',
  "A named site the text writes no town for (\"the attacks on the Harbour Mosque and the Eastside prayer hall\"), located only by a guess at the dateline's city, is told as a site of the article's main incident when that incident lies in another town of the same country (\"a gunman killed 50 people at two mosques in <town>\"): a report filed from the capital about a town's attack names its sites without repeating the town. The reference joins the main incident, and the site is placed in the main incident's town, never at the dateline's city, which only says where the report was filed.",
);

export const PLACE_SERIES_KEEPS_ITS_TOWN = inlineRule(
  'place/series-keeps-its-town',
  'An incident told in the plural ("the bombings", "the attacks on three churches and three hotels") is a series of strikes at several sites: a telling that places one strike at a site lying in the incident\'s town ("died in the bombing at the Mirage hotel in <town>") adds a site to it and does not move the whole series there. The incident stays in the town that holds its sites; the site stays in the telling that names it.',
);

export const PERPETRATOR_GROUP_NAMED_UNIT = inlineRule(
  'perpetrator/group-named-unit',
  'A unit perpetrator whose name is an armed group\'s name (or one of its aliases) and then a unit\'s head word ("an ELN cell", "Shining Path columns", "the FMLN command": incident-roles.unitOfGroupNouns, in the singular or the plural) is that group\'s unit, as "the cell of the ELN" is (rule perpetrator/unit-of-group): what the unit did, the group did too. Only a group the article itself names as a body of its own, of kind armed_group.',
  'a unit named after X did it: "an X cell", "X columns"',
);

export const PERPETRATOR_COORDINATED_BODIES = inlineRule(
  'perpetrator/coordinated-bodies',
  'Organisations joined by "and" with a determiner before the second ("the FARC and the ELN bombed the pipeline", "THE FMLN AND THE ERP ATTACKED"), in any case, are one list of subjects as "the FARC and ELN" is: each of them did what the verb after the list says. Only organisations (a person is never written with "the"), and only "and": "the FMLN or the death squads" leaves open who did it.',
);

export const PLACE_CAPITAL_BUREAU_DATELINE = inlineRule(
  'place/capital-bureau-dateline',
  'A wire report filed from its country\'s capital ("SAN SALVADOR, 5 MAR 90 -- … the murder of the mayor"; "BOGOTA -- guerrillas blew up the pipeline") comes from the national bureau, which reports the whole country: where the text never names the capital again and the event\'s sentences name no spot inside a town ("downtown", "a street", "near the university", "in this capital": incident-cues.townScenes), the dateline says where the report was filed, not where it happened, and the event is placed no finer than its country (rule place/country-of-the-report). A dateline of any other town is a local reporter\'s and still places the lede.',
);

export const PLACE_COUNTRY_BY_DEMONYM = inlineRule(
  'place/country-by-demonym',
  "A report that never writes its country's name still names the country by its people's adjective (\"SAN SALVADOR, 5 MAR 90 -- … SALVADORAN troops\", \"a Peruvian police patrol\"): where an incident is placed in the country of the report (rule place/capital-bureau-dateline) and the text has no mention of the country's name, the first such adjective outside any other name is the country's mention (demonym-country.ts countryByDemonym), so the incident takes the country instead of the bureau's city.",
);

export const PLACE_COUNTRY_OF_ITS_PEOPLE = inlineRule(
  'place/country-of-its-people',
  'An article that names no located place at all, not even in its dateline ("CLANDESTINE, 26 JUN 89 (RADIO) -- … the Salvadoran army murdered …"), still says which country it is about when it names one country\'s people (gazetteer demonyms) at least PEOPLE_COUNTRY_MIN times and PEOPLE_COUNTRY_RATIO times as often as any other: an event it tells with no place of its own, not a reference to an earlier one, is placed in that country, the adjective standing as the country\'s mention (rule place/country-by-demonym).',
);

export const FOLLOW_UP_CUE_DESCRIBES_SOMEONE = inlineRule(
  'follow-up/cue-describes-someone',
  '"César Ortiz, the prosecutor leading the inquiry into last month\'s bank raid, was shot dead on Tuesday": a follow-up cue of the first sentence that stands only inside a phrase set off by commas before the harm the sentence reports says who someone is; the sentence reports harm done that day (a toll, or a death the phrase tells), so the article is a report of the day (rule follow-up/fresh-lede), not a follow-up, unless its title has a cue too.',
);

export const INCIDENTS_ORPHAN_HARMED_FORCE = inlineRule(
  'incidents/orphan-harmed-force',
  '"Unknown assailants hurled a grenade at a police station. Two policemen were injured.": police or troops harmed in a sentence with no incident word of its own suffered the article\'s main incident, as anyone else harmed so (rule incidents/orphan-harmed) does. Where the article tells of a response (an incident of a response kind told by then, state forces among the main incident\'s doers or responders) they are as often hurt in that ("an officer was hurt in the arrest"), so they join only an article that tells of none. Not a named person (rule incidents/orphan-harmed reads those), nor where a state force acts in the sentence itself.',
);

export const INCIDENTS_ATTACKERS_OWN_FORCE = inlineRule(
  'incidents/attackers-own-force',
  '"Witnesses said the killers were members of the border police", "the gunmen, who belonged to the army, fled": attackers the text names by an attacker noun (incident-roles.agentHeads) and ties to a state force named right after them ("members of", "belonging to", "from": rules role.attackers-members-of-group, perpetrator/belong-to-group) are that force\'s men, so the force did it with them. It stays a perpetrator: it is not the response to those attackers (the exception this makes to incident-sides/state-forces-oppose-attackers). Not for a force tied to people who are no attackers ("relatives of the police", "a patrol of the army"), nor for an armed group (always a perpetrator there).',
);

export const CASUALTY_RESPONDERS_OWN_TOLL = inlineRule(
  'casualty/responders-own-toll',
  'A count of attackers or suspects (incident-roles.agentHeads, suspectHeads) a verb of killing killed whose subject is police or troops ("since the siege, police say they have killed more than 100 suspected militants in raids") tells what the responders did, not the toll of an incident word in another clause of the sentence: such a count goes only to an incident word of its own clause ("troops killed 20 rebels in a clash" stays the clash\'s toll). The links between the responders and the verb are data (incident-cues.responderDoerLinks).',
);

export const INCIDENTS_MACHINE_OWNER_PREVIOUS_SUBJECT = inlineRule(
  'incidents/machine-owner-previous-subject',
  'A sentence that opens with "its" or "their" and a machine of war that struck ("The army admitted the error on Monday. Its drone had struck the gathering": rule role.possessive-machine-subject) speaks of the machine of the body the sentence before opens with, its subject: that body did it. Only an organisation named first in the sentence before, nothing but "the" before it.',
);

export const INCIDENTS_PRONOUN_OBJECT_ANTECEDENT = inlineRule(
  'incidents/pronoun-object-antecedent',
  '"Judge X was leaving her home when gunmen shot her", "the driver, Y, tried to flee; the men shot him": an object pronoun of an active verb of harm (incident-roles.objectPronouns; rule role.pronoun-harm-object) stands for the person named last before it in its sentence, where a clause break (punctuation or a conjunction: incident-roles.clauseOpeners) stands between them; with no person before it in the sentence, for the one person the sentence before names. That person suffered it. Not a person right before the verb with no break ("X shot him": X is its subject), nor one a perpetrator phrase holds, nor anyone where the sentence before names two people.',
);

export const PLACE_REACTION_PLACE = inlineRule(
  'place/reaction-place',
  'A place written after a reaction the event set off ("the kidnapping set off protests in the capital and in Kano", "the killing sparked outrage across Kenya": incident-cues.reactionPhrases) is where people reacted, not where the event happened: it places nothing.',
);

export const INCIDENTS_ATTACKERS_STORM_ANY_KIND = inlineRule(
  'incidents/attackers-storm-any-kind',
  'A telling made only of attackers ("gunmen", "militants": an agent word) and the generic words of an attack ("stormed", "attacked") says the event was violent, not what was done: the kind its agent word suggests ("gunmen": a shooting) does not keep it apart from an event told at the same place whose kind holds that one (ontology sameEvent.inArticle.holds: an abduction, a hostage-taking, a siege: "abducted the pupils of a school in X … Gunmen stormed the school in X"), which it joins as the way it began (findTarget).',
);

export const PLACE_REPORTS_ONE_TOWN = inlineRule(
  'place/reports-one-town',
  "An event the text gives no place of its own, in a report whose dateline town is the only town or site it names in the country of the report and which it names again in its body (\"GORVA, Tessland — … last week's siege of a radio station in Gorva …\"), happened in that town rather than somewhere in the country: the report is about the town, not filed there by a bureau covering the whole country. Not a capital's dateline, the national bureau's (rule place/capital-bureau-dateline). An event its sentence places in a part of the country (rule place/part-of-the-country), or an earlier one the article only refers to, keeps the country.",
);

export const INCIDENTS_CHARGED_ACT_SUSPECTS = inlineRule(
  'incidents/charged-act-suspects',
  '"Eight soldiers were charged with the murder of the priests", "police arrested two members of the army for the killing": the ones a charge, a suspicion or an arrest holds to have done the act it names (rules role.suspected-of, role.arrested-for) are the perpetrators of that act, though its incident word stands in a legal phrase (rule incidents/victim-of-the-charged-act gives the act its victim). Only those two rules\' phrases: an attacker noun or a state force named in a legal phrase by any other syntax ("the trial of the soldiers", "the judge heard the gunmen") stays off the act.',
);

export const INCIDENTS_HARMED_BY_RESPONSE_IS_SUSPECT = inlineRule(
  'incidents/harmed-by-response-is-suspect',
  "\"X, the man wanted over last week's bombing, was shot dead by police\": a person harmed in a violent act the text says the police or troops did (a response to an attack, incident-cues responderNouns) is no victim of the attack, and is that act's suspect, as the one an arrest holds is the arrest's; the response then names him, so his page shows where and when he was shot. Never one set free (rule role.freed-held), and only a named person.",
  'police or troops harmed X in their response to the attack: X is the suspect they acted on',
);

export const INCIDENTS_GROUP_OWN_UNITS = inlineRule(
  'incidents/group-own-units',
  '"The Front said its commandos killed the mayor", "the rebels reported that their snipers shot two guards": where an armed group says in its own word that its units did a deed (rule role.named-own-deed), the deed told after that word is the group\'s, not a response by police or troops, though the noun of its units is one police and troops share ("commandos", "snipers": incident-cues.responderNouns). Only after a name the article knows as an armed group.',
);

export const REFERENCE_PAST_OPENING = inlineRule(
  'reference/past-opening',
  'A sentence that opens with a mark of the past before a comma ("Last year, …", "In March 1987, during another attack on the garrison, …", "Over 20 months ago, a guard was killed by a bomb") tells what happened then: its events are earlier events the article refers to (a reference links to a stored incident when one resolves), not news of the article\'s own days, like an event a year or "ten years ago" stands beside. A year counts only when it is before the article\'s own year.',
);

export const PLACE_PEOPLE_ABROAD_OVER_DATELINE = inlineRule(
  'place/people-abroad-over-dateline',
  "\"MANAGUA, 3 JAN (WIRE) -- The foreign ministry condemned the murder of a Salvadoran opposition leader\": an event placed only by a dateline abroad (the bureau's town or its country, no phrase of the event naming a place there) happened in the country whose people its own sentences name, by a people's adjective or a country's name before a noun of those who act at home (incident-cues.homeBoundNouns: army, government, senator, guerrillas, capital), at least as often as the bureau's country, when the article's body names that country at least PEOPLE_ABROAD_MIN times and at least as often as the bureau's, and names no town or site of the bureau's country besides the bureau's own: the bureau reports the reaction at home to news from abroad. A traveller's nationality (\"a U.S. missionary\", \"an Italian\") says nothing of where an event befell him. The event takes that country (its name, else its people's adjective: rule place/country-by-demonym). Rule place/dateline-abroad, which needs the whole report to name the other country as a place, comes first (dateline-abroad.ts peopleAbroad).",
);

export const INCIDENTS_ARMED_RAID_AGENT = inlineRule(
  'incidents/armed-raid-agent',
  '"The raid staged by the Front on the hotel", "a raid carried out by rebels on the town": a raid noun (incident-cues.armedRaidNouns) followed by a participle of doing (incident-cues.armedRaidAgentLinks) and "by" + an armed group or an attacker noun (incident-cues.attackerNouns) is that group\'s attack, as a raid whose clause opens with attackers is (rule incidents/armed-raid-noun); "a raid conducted by police" stays a raid. The group must come right after "by" (a few words, no comma between).',
);

export const PLACE_OWNER_OF_THE_PREMISES = inlineRule(
  'place/owner-of-the-premises',
  '"Guerrillas bombed the embassies of China and the Soviet Union", "the PRC and USSR embassies", "the consulate of Ecuador": a country written after a noun of diplomatic premises and "of" (incident-cues.diplomaticPremises), or listed with a country that is written so or right before such a noun (rule place/country-owner), owns the premises and is no place of the event: the embassy stands in the town or country the text or its dateline gives.',
);

export const PLACE_PREMISES_OWNER_ABROAD = inlineRule(
  'place/premises-owner-abroad',
  'A country or people written as the owner of diplomatic premises ("the USSR embassy", "the embassies of China and the Soviet Union", "the Peruvian consulate"; incident-cues.diplomaticPremises) has them abroad: when rule place/dateline-abroad weighs which country a report is about, such a name is no vote for its country (dateline-abroad.ts ownsPremises), so that a report from Moscow of bombs at the USSR and PRC embassies in Lima is news of Peru.',
);

export const INCIDENTS_BRACKET_LABEL = inlineRule(
  'incidents/bracket-label',
  "A name alone in square brackets after a boundary (the text's or a sentence's start, another bracket, a colon, a dash) and before another bracket or an article is a transcript's byline or speaker tag (\"-- [REPORT] [JANE ROE] [TEXT] AN ATTACK …\"), not a word of the clause after it: it is never the subject of the verb that follows (incidents.ts isBracketLabel), so a reporter is no victim or doer of the attack told.",
);

export const DATES_WEEKS_MONTHS_YEARS_FROM_ANOTHER_EVENT = inlineRule(
  'dates/weeks-months-years-from-another-event',
  'An event told after a distance of weeks, months or years from the sentence\'s own dated event ("lawmakers voted on Wednesday, less than four weeks after a gunman killed 50 people", "marched on Sunday, two months after the bombing", "a year since the attack") happened that long before the sentence\'s day: it never takes that day (nor, undated, the day of the report), and gets instead the month (weeks, months) or year (years) the distance leads back to. News writes such distances loosely, so never a day (data news.weekOffsetUnits, monthOffsetUnits, yearOffsetUnits, longOffsetAfterEvent).',
);

export const DATES_OCCURRENCE_CLAUSE = inlineRule(
  'dates/occurrence-clause',
  'A day written in a clause hung on an event noun that tells its happening ("those behind the murder that took place on 16 November", "the attack, which was perpetrated yesterday by hired gunmen", "the killing of six priests, carried out by uniformed men on 16 November"; news.occurrenceVerbs) is that event\'s day, however long the noun phrase before the clause and whatever verb of saying, condemning or charging governs the noun: the clause says when it happened (occurrence-clause.ts). The noun is the event word right before the verb, or, with the clause set off by a comma, the nearest event word before that comma.',
);

export const INCIDENT_DATE_IS_NO_COUNT = inlineRule(
  'incident/date-is-no-count',
  'The numbers of a written date before an event word ("killed on 3 May 2018 when gunmen attacked", "the 21 April bombings") are a day and a year, not a count of events: they make the event word neither a counted statistic ("120 attacks were recorded") nor a count of events. The look-back for the event word\'s determiner passes over the words of a date the sentence writes (rule incident/determiner-in-own-phrase stops it at a preposition before it). A day written in the phrase itself ("the 5 October arrest") is the event\'s own day: such a definite phrase refers back only to an incident of that day.',
);

export const PLACE_TOWN_OF_THE_ACTING_BODY = inlineRule(
  'place/town-of-the-acting-body',
  'An event whose own phrase names, after "by" or "before", a body written with a town in the possessive ("ordered held in custody by Lakeport\'s District Court", "brought before Eastfield\'s magistrates") took place where that body sits: the possessive says which town holds it. Only a town or city, never a country ("by Norway\'s police" says whose, not where); a place the phrase states with "in" or "at" is found first.',
);

export const DATES_COUNTED_BACK_FROM_TODAY = inlineRule(
  'dates/counted-back-from-today',
  'An event told "six weeks ago", "two months ago" or "a year ago" happened that long before the day the article is written: it gets the month (weeks, months) or year (years) the distance leads back to, never the day of the report. News writes such distances loosely, so never a day; an exact count of days ("three days ago") names that day, a vague one ("a few days ago") none. Given once phrases are joined, so it decides no join, and only from the telling that opens the incident (src/extract/dates.ts; data news.countedBackFromToday, exactCountWords).',
);

export const INCIDENT_INLINE_RULES = [
  PLACE_TOWN_OF_THE_ACTING_BODY,
  DATES_COUNTED_BACK_FROM_TODAY,
  INCIDENTS_BRACKET_LABEL,
  DATES_WEEKS_MONTHS_YEARS_FROM_ANOTHER_EVENT,
  DATES_OCCURRENCE_CLAUSE,
  INCIDENT_DATE_IS_NO_COUNT,
  PLACE_OWNER_OF_THE_PREMISES,
  PLACE_PREMISES_OWNER_ABROAD,
  PLACE_PEOPLE_ABROAD_OVER_DATELINE,
  REFERENCE_PAST_OPENING,
  INCIDENTS_ATTACKERS_STORM_ANY_KIND,
  PLACE_REACTION_PLACE,
  HEADLINE_ACCIDENT_LEDE,
  INCIDENTS_MACHINE_OWNER_PREVIOUS_SUBJECT,
  INCIDENTS_PRONOUN_OBJECT_ANTECEDENT,
  CASUALTY_RESPONDERS_OWN_TOLL,
  PLACE_CAPITAL_BUREAU_DATELINE,
  PLACE_COUNTRY_BY_DEMONYM,
  PLACE_COUNTRY_OF_ITS_PEOPLE,
  FOLLOW_UP_CUE_DESCRIBES_SOMEONE,
  PLACE_STATED_PLACE_OVER_DATELINE,
  PLACE_SITE_IN_MAIN_INCIDENT_TOWN,
  PLACE_SERIES_KEEPS_ITS_TOWN,
  INCIDENTS_YEAR_MARKED_APART,
  INCIDENTS_LAST_SPAN_MARKED_APART,
  INCIDENTS_DATED_TELLING_AFTER_COLON,
  INCIDENTS_TALLY_ROLES_SET_ASIDE,
  PERPETRATOR_WEAPON_BELONGS_TO_TARGET,
  PERPETRATOR_GROUP_NAMED_UNIT,
  PLACE_HEADLINE_CONFIRMS_TOWN,
  PLACE_COMPASS_PART_OF_CITY,
  PLACE_WRITTEN_HOLDER,
  PLACE_CITY_LATER_IN_ARTICLE,
  PLACE_UNLOCATED_COUNTY,
  PLACE_SCENE_STATEMENT,
  PLACE_SCENE_STATEMENT_AT_A_POINT,
  PLACE_VENUE_ON_ITS_STREET,
  PLACE_NEAR_THE_SCENE,
  PLACE_CAPTURED_AT_THE_SCENE,
  DATES_RESPONSE_ON_THE_NEWS_DAY,
  DATES_CLOCK_TIME_OF_THE_REPORT_DAY,
  DATES_RESPONSE_CLOSES_THE_ACT,
  INCIDENTS_PRONOUN_CLAIMANT,
  INCIDENTS_CLAIM_RELATIVE_ASIDE,
  INCIDENTS_DEAD_OF_IRREALIS,
  INCIDENTS_CLAIM_ON_BEHALF,
  INCIDENTS_NAMED_CLAIMANT,
  INCIDENTS_HEDGED_GROUP_ATTRIBUTION,
  PLACE_PART_OF_THE_COUNTRY,
  PLACE_REPORTS_ONE_TOWN,
  PLACE_COMPASS_QUARTER_HOLDS_TOWN,
  PLACE_CLAUSE_TOWN,
  PLACE_REFERENCE_POINT,
  INCIDENTS_SAME_VICTIM_TOLD_TWICE,
  INCIDENTS_ABSORBED_EARLIER_ACT,
  INCIDENTS_CO_VICTIMS_IN_SENTENCE,
  INCIDENTS_TOLD_JUST_BEFORE,
  INCIDENTS_ORPHAN_HARMED_FORCE,
  INCIDENTS_ATTACKERS_OWN_FORCE,
  INCIDENTS_CHARGED_ACT_SUSPECTS,
  INCIDENTS_HARMED_BY_RESPONSE_IS_SUSPECT,
  INCIDENTS_GROUP_OWN_UNITS,
  INCIDENTS_ARMED_RAID_AGENT,
  PERPETRATOR_COORDINATED_BODIES,
  INCIDENTS_LASTING_EVENT_TOLD_AGAIN,
];
