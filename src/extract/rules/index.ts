// Every named rule (extraction, and dedup's direction of copies), by family. `kg rules` prints this list; KG_DISABLE_RULES switches rules off.
import { describeRules, type RuleInfo } from '../../rules/index.js';
import { CASUALTY_RULES, KILLER_ALSO_SELF } from '../casualties.js';
import { DIRECTION_RULES } from '../../dedup/direction.js';
import { RELATION_RULES } from './relation-rules.js';
import { PARTICIPANT_RULES } from '../participant-rules.js';
import { COORDINATED_FIRMS, ENTITY_RULES } from '../entity-rules.js';
import { SPAN_RULES } from '../span-rules.js';
import { NAME_REPAIR_RULES } from '../name-repair-rules.js';
import { BODY_NAME_RULES } from '../body-name-rules.js';
import { ACRONYM_OF_BODY_IN_ARTICLE, CAPS_ACRONYM_NAME_RULES } from '../caps-acronym-names.js';
import { TABLE_RULES } from '../table-rules.js';
import { THING_NAME_RULES } from '../thing-name-rules.js';
import { TRIGGER_RECLASS_RULES, TRIGGER_VETO_RULES } from '../incident-rules.js';
import { KIN_GROUP_SUBJECT, PERPETRATOR_RULES, STATE_BY_NATIONALITY } from '../incident-perpetrators.js';
import { SIDE_RULES } from '../incident-sides.js';
import { MOVEMENT_RULES } from '../incident-movement.js';
import { ARMED_AGENT_DEED, ARMED_GROUP_DEED } from '../incident-group-deed.js';
import { CASE_RESTORED_NAME } from '../display-case.js';
import { LOWER_CASE_GAZETTEER_PLACE, SMALL_GIVEN_NAME_PLACE_NEEDS_PREPOSITION } from '../lower-case-places.js';
import {
  BLOCK_WITHOUT_CAPITALS_READ_IN_CAPITALS,
  NO_CAPITALS_READ_IN_CAPITALS,
  SENTENCE_WITHOUT_CAPITALS_READ_IN_CAPITALS,
  TITLE_WITHOUT_CAPITALS_READ_IN_CAPITALS,
} from '../no-capitals.js';
import { PLACE_NAMED_EVENT } from '../incident-named-event.js';
import { PERSON_NAME_RULES } from '../person-name-rules.js';
import { HEADLINE_CITY_IN_TITLE, HEADLINE_COUNTRY_IN_TITLE } from '../headline-places.js';
import { INCIDENT_INLINE_RULES } from '../incident-inline-rules.js';
import { DEMONYM_CAPITAL } from '../capital-places.js';
import { PLACE_WITH_ITS_STATE, TOWN_BEFORE_RESIDENT_NOUN } from '../stated-places.js';
import { PLACE_OF_LOCAL_AGENCY } from '../agency-places.js';
import { PERPETRATOR_ARMED_GROUP } from '../perpetrator-groups.js';
import {
  APPOSED_ARMED_GROUP,
  ARMED_MEMBERS_AFTER_FORCE,
  DESCRIBED_ARMED_GROUP,
  INSURGENT_FORCE_NAME,
} from '../insurgent-forces.js';
import { FIGURE_OF_SCRIPTURE } from '../mentions.js';
import {
  FULL_NAME_ALIAS,
  LAND_FEATURE_IN_COUNTRY,
  MEASURED_FROM_PLACE,
  SITE_IN_WRITTEN_LOCALITY,
  WRITTEN_TOWN_OVER_NAMESAKE,
  TOWN_NAME_BEFORE_SITE_NOUN_ABROAD,
  TITLED_NAME_IS_PERSON,
  WEAK_ACRONYM_OF_COUNTRY_NAMED,
  WEAK_ACRONYM_SPELLED_OTHERWISE,
  WRITTEN_HOME_HOLDER,
  ACRONYM_OF_TRANSLATED_NAME,
  DEMONYM_SETTLEMENT,
} from '../entities.js';
import { FORCE_BRANCH_OVER_WHOLE, NAMED_STATE_FORCE, STATE_FORCE_PERPETRATOR } from '../state-force-perpetrators.js';
import {
  DEFENDANT_LIST_SHARES_VERDICT,
  DEFENDANT_RULES,
  FOLLOW_UP_PLACE_RULES,
  INCIDENT_LINK_RULES,
} from '../follow-up-rules.js';

export function listRules(): RuleInfo[] {
  return describeRules([
    RELATION_RULES,
    CASUALTY_RULES,
    [KILLER_ALSO_SELF],
    TRIGGER_VETO_RULES,
    TRIGGER_RECLASS_RULES,
    DIRECTION_RULES,
    SPAN_RULES,
    ENTITY_RULES,
    NAME_REPAIR_RULES,
    BODY_NAME_RULES,
    CAPS_ACRONYM_NAME_RULES,
    [ACRONYM_OF_BODY_IN_ARTICLE],
    TABLE_RULES,
    THING_NAME_RULES,
    [COORDINATED_FIRMS],
    PERPETRATOR_RULES,
    [KIN_GROUP_SUBJECT],
    [STATE_BY_NATIONALITY],
    [PLACE_NAMED_EVENT],
    PERSON_NAME_RULES,
    [HEADLINE_COUNTRY_IN_TITLE, HEADLINE_CITY_IN_TITLE],
    SIDE_RULES,
    MOVEMENT_RULES,
    [ARMED_GROUP_DEED, ARMED_AGENT_DEED],
    [
      CASE_RESTORED_NAME,
      LOWER_CASE_GAZETTEER_PLACE,
      SMALL_GIVEN_NAME_PLACE_NEEDS_PREPOSITION,
      NO_CAPITALS_READ_IN_CAPITALS,
      BLOCK_WITHOUT_CAPITALS_READ_IN_CAPITALS,
      SENTENCE_WITHOUT_CAPITALS_READ_IN_CAPITALS,
      TITLE_WITHOUT_CAPITALS_READ_IN_CAPITALS,
      FIGURE_OF_SCRIPTURE,
      TITLED_NAME_IS_PERSON,
      WRITTEN_HOME_HOLDER,
      DEMONYM_SETTLEMENT,
      MEASURED_FROM_PLACE,
      LAND_FEATURE_IN_COUNTRY,
      FULL_NAME_ALIAS,
      SITE_IN_WRITTEN_LOCALITY,
      WRITTEN_TOWN_OVER_NAMESAKE,
      TOWN_NAME_BEFORE_SITE_NOUN_ABROAD,
      WEAK_ACRONYM_SPELLED_OTHERWISE,
      WEAK_ACRONYM_OF_COUNTRY_NAMED,
      ACRONYM_OF_TRANSLATED_NAME,
    ],
    INCIDENT_INLINE_RULES,
    PARTICIPANT_RULES,
    [DEMONYM_CAPITAL, PLACE_WITH_ITS_STATE, TOWN_BEFORE_RESIDENT_NOUN, PLACE_OF_LOCAL_AGENCY],
    [
      PERPETRATOR_ARMED_GROUP,
      INSURGENT_FORCE_NAME,
      ARMED_MEMBERS_AFTER_FORCE,
      DESCRIBED_ARMED_GROUP,
      APPOSED_ARMED_GROUP,
      STATE_FORCE_PERPETRATOR,
      NAMED_STATE_FORCE,
      FORCE_BRANCH_OVER_WHOLE,
    ],
    FOLLOW_UP_PLACE_RULES,
    DEFENDANT_RULES,
    [DEFENDANT_LIST_SHARES_VERDICT],
    INCIDENT_LINK_RULES,
  ]);
}
