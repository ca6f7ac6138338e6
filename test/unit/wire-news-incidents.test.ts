// Short wire reports in the style of a news agency's general service (sport, markets, weather, accidents, protests,
// fighting), run through the extractor to find what it takes for an incident and what it misses. Each case is written
// for this file.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { incidentsOf } from '../helpers/incidents.js';
import { res } from '../helpers/resources.js';

const kinds = (published: string, text: string) => incidentsOf(published, text).map((i) => i.kind);

describe('deaths told with the mishap as the subject of the sentence (incident/accident)', () => {
  it.each([
    [
      'weather',
      'SOFIA 1996-12-06\nHeavy snow and bitter cold have killed eleven people across Bulgaria this week, most of them pensioners, the health ministry said on Friday.',
    ],
    [
      'a fire',
      'DHAKA 1996-12-03\nA fire raced through a garment workshop in Chittagong on Tuesday, killing eight workers and leaving 300 jobless, firemen said.',
    ],
    [
      'a tornado',
      'ATLANTA 1996-12-03\nA tornado tore through a mobile home park in southern Georgia on Tuesday, killing three people and injuring 15.',
    ],
    [
      'a gas explosion',
      'KIEV 1996-12-02\nA gas explosion brought down part of a five-storey block of flats in Dnipropetrovsk on Monday, killing four residents.',
    ],
  ])('%s is no incident', (_what, text) => {
    expect(incidentsOf('1996-12-04', text)).toEqual([]);
  });

  it('a sentence whose subject is a person still reports a killing', () => {
    const text =
      'LAGOS 1996-12-04\nTwo masked men killed a moneychanger at a market in Kano on Wednesday and fled with his cash, police said.';
    expect(incidentsOf('1996-12-04', text).length).toBe(1);
  });

  it('a fire set by attackers is still an arson', () => {
    const text =
      'COLOMBO 1996-12-04\nRebels set fire to a bus near Vavuniya on Wednesday, killing five passengers, the military said.';
    expect(kinds('1996-12-04', text)).toEqual(['arson']);
  });
});

describe('words of violence that a game report uses (notTriggers)', () => {
  it('a defence "shot to pieces" and a game "killed off" are play', () => {
    const text =
      'MADRID 1996-12-08\nReal Madrid crushed Sevilla 4-0 on Sunday. Davor Suker killed off the contest before the break and the visitors were shot to pieces after it.';
    expect(incidentsOf('1996-12-08', text)).toEqual([]);
  });
});

describe('a clash between the police and a crowd (incident/crowd-clash-unharmed, incident/crowd-violence)', () => {
  it('with people hurt it is one riot, not a bombing of the petrol bombs thrown', () => {
    const text =
      'JAKARTA 1996-12-05\nPolice clashed with hundreds of students in the city of Ujung Pandang on Thursday, firing tear gas at demonstrators who threw petrol bombs. Eleven students were hurt, a hospital official said.';
    const incs = incidentsOf('1996-12-05', text);
    expect(incs.map((i) => i.kind)).toEqual(['riot']);
    expect(incs[0]?.injured).toBe(11);
  });

  it('with nobody hurt and nothing thrown it is no incident', () => {
    const text =
      'PARIS 1996-12-05\nPolice briefly clashed with hundreds of strikers at a depot near Lyon on Thursday before talks resumed, union leaders said.';
    expect(incidentsOf('1996-12-05', text)).toEqual([]);
  });

  it('a fight of party supporters with sticks and home-made bombs is one riot', () => {
    const text =
      'ISLAMABAD 1996-12-05\nAt least 25 people were hurt when supporters of two rival candidates fought with clubs and crude bombs in Hyderabad on Thursday, police said.';
    expect(kinds('1996-12-05', text)).toEqual(['riot']);
  });

  it('fans who fight running battles with the police riot', () => {
    const text =
      "ATHENS 1996-12-09\nFootball fans fought running battles with riot police outside a stadium in Piraeus after Sunday's game, and nine people were hurt.";
    expect(kinds('1996-12-09', text)).toEqual(['riot']);
  });

  it('troops in pitched battles with rebels still fight an armed clash', () => {
    const text =
      'KAMPALA 1996-12-09\nGovernment troops fought pitched battles with rebels near Kasese on Sunday, and 14 rebels were killed, the army said.';
    expect(kinds('1996-12-09', text)).toEqual(['armed clash']);
  });
});

describe('"the <region> town" with no name after it (place/region-town-antecedent)', () => {
  it('is the town of that region the article named before', () => {
    const text =
      'JERUSALEM 1996-12-09\nIsraeli and Palestinian officials met on Monday to discuss security in Nablus. Hours later a gunman shot and wounded a Jewish settler in the West Bank town, the army said.';
    const incs = incidentsOf('1996-12-09', text);
    expect(incs.length).toBe(1);
    expect(incs[0]?.place).toBe('Nablus');
  });

  it('"in the West Bank town of <name>" still names its own town', () => {
    const text =
      'JERUSALEM 1996-12-09\nOfficials met in Nablus on Monday. Hours later a gunman shot and wounded a Jewish settler in the West Bank town of Ramallah, the army said.';
    expect(incidentsOf('1996-12-09', text)[0]?.place).toBe('Ramallah');
  });
});

describe('places of 1990s wire copy (gazetteer)', () => {
  it('"Zaire" is the country of Kinshasa, not the Angolan province of that name', () => {
    const text =
      'KINSHASA 1996-12-10\nRebels shelled the town of Uvira in eastern Zaire on Tuesday, killing at least six civilians, aid workers said.';
    const incs = incidentsOf('1996-12-10', text);
    expect(incs.map((i) => i.place)).toEqual(['Uvira']);
    const zaire = extract({ published: '1996-12-10', text }, res).entities.find(
      (e) => e.type === 'place' && (e.name === 'Zaire' || e.aliases.includes('Zaire')),
    );
    expect(zaire && zaire.type === 'place' ? zaire.country : null).toBe('CD');
  });

  it('a division named like its capital city is written without a trailing space, and the city is the place', () => {
    const text =
      'DHAKA 1996-12-10\nAt least 12 people were hurt when rival student groups fought with knives and bombs in Dhaka on Tuesday, police said.';
    expect(incidentsOf('1996-12-10', text).map((i) => i.place)).toEqual(['Dhaka']);
  });
});

describe('a country written with a direction before it (place/part-of-country)', () => {
  it('"in south Lebanon" is not the capital the dateline names', () => {
    const text =
      'BEIRUT 1996-12-10\nIsraeli helicopters fired rockets at suspected guerrilla bases in south Lebanon on Tuesday, security sources said.';
    expect(incidentsOf('1996-12-10', text).map((i) => i.place)).toEqual(['Lebanon']);
  });

  it('the country alone still takes the dateline city', () => {
    const text =
      'BEIRUT 1996-12-10\nA bomb exploded outside a bank in Lebanon on Tuesday, wounding two guards, police said.';
    expect(incidentsOf('1996-12-10', text).map((i) => i.place)).toEqual(['Beirut']);
  });
});

// The probe these tests came from: short reports of December 1996 in a news agency's general service, each with the
// incidents expected of it (none, or the kinds it may take and its place). Two are still read wrong (it.todo).
const PROBE: [string, string, string, { kinds: string[]; place: string }[]][] = [
  [
    'soccer',
    '1996-12-01',
    "LONDON 1996-12-01\nManchester United thrashed Sunderland 5-0 at Old Trafford on Saturday. Eric Cantona struck twice as the champions killed off the game before half-time, and the visitors' defence was shot to pieces.",
    [],
  ],
  [
    'cabinet',
    '1996-12-05',
    'WASHINGTON 1996-12-05\nPresident Bill Clinton named Madeleine Albright as his secretary of state on Thursday, making her the first woman to hold the post. Senators from both parties said she would be confirmed quickly.',
    [],
  ],
  [
    'bus',
    '1996-12-03',
    'NAIROBI 1996-12-03\nFourteen people were killed and 31 injured when a bus collided head-on with a lorry on the Nairobi-Mombasa highway on Tuesday, police said. The bus driver was among the dead.',
    [],
  ],
  [
    'plane',
    '1996-12-05',
    'NEW DELHI 1996-12-05\nAn air force transport plane crashed into a hillside in the northeastern state of Assam on Thursday, killing all 17 people on board, officials said. Bad weather was blamed.',
    [],
  ],
  [
    'snow',
    '1996-12-06',
    'BUCHAREST 1996-12-06\nHeavy snow and freezing temperatures have killed nine people across Romania this week, most of them elderly people found frozen in their homes, the interior ministry said on Friday.',
    [],
  ],
  [
    'soweto',
    '1996-12-02',
    'JOHANNESBURG 1996-12-02\nGunmen shot dead a taxi driver and wounded two of his passengers in Soweto on Sunday night, police said. No arrests have been made.',
    [{ kinds: ['shooting', 'murder', 'attack'], place: 'Soweto' }],
  ],
  [
    'seoul',
    '1996-12-04',
    'SEOUL 1996-12-04\nRiot police clashed with thousands of students in central Seoul on Wednesday, firing tear gas at protesters who hurled petrol bombs and rocks. Twenty students and 15 policemen were injured, police said.',
    [{ kinds: ['riot', 'armed clash'], place: 'Seoul' }],
  ],
  [
    'belgrade',
    '1996-12-03',
    'BELGRADE 1996-12-03\nAbout 100,000 people marched through Belgrade on Tuesday in the 15th day of protests against the annulment of local election results. The march passed off peacefully, and opposition leaders called another rally for Wednesday.',
    [],
  ],
  [
    'metro',
    '1996-12-04',
    'PARIS 1996-12-04\nA bomb tore through a crowded commuter train at a station in central Paris on Tuesday evening, killing two people and wounding more than 80. The blast shattered windows along the platform. Police said the bombing bore the marks of an Algerian Islamic group, which staged a string of attacks in the capital last year.',
    [{ kinds: ['bombing'], place: 'Paris' }],
  ],
  [
    'tunceli',
    '1996-12-02',
    'ANKARA 1996-12-02\nTurkish troops killed 14 Kurdish rebels in clashes in the southeastern province of Tunceli, the army said on Monday. Two soldiers also died in the fighting.',
    [{ kinds: ['armed clash', 'attack'], place: 'Tunceli' }],
  ],
  [
    'arauca',
    '1996-12-06',
    'BOGOTA 1996-12-06\nLeftist guerrillas kidnapped a German engineer from an oil camp in the eastern province of Arauca on Friday, police said. The army launched a search.',
    [{ kinds: ['kidnapping', 'abduction'], place: 'Arauca' }],
  ],
  [
    'hebron',
    '1996-12-02',
    'JERUSALEM 1996-12-02\nIsraeli and Palestinian negotiators resumed talks on Monday on an Israeli troop pullout from Hebron. Hours later a Palestinian stabbed an Israeli soldier in the West Bank town, wounding him lightly, the army said.',
    [{ kinds: ['stabbing', 'attack'], place: 'Hebron' }],
  ],
  [
    'manilafire',
    '1996-12-03',
    'MANILA 1996-12-03\nA fire swept through a squatter settlement in Manila on Tuesday, killing five people and leaving 2,000 homeless. Fire officials blamed faulty wiring.',
    [],
  ],
  [
    'crete',
    '1996-12-05',
    'ATHENS 1996-12-05\nA cargo ship sank in a storm off the island of Crete on Thursday and nine of its crew were missing, the merchant marine ministry said. Rescuers pulled six sailors from the sea.',
    [],
  ],
  [
    'gas',
    '1996-12-02',
    'MOSCOW 1996-12-02\nA gas explosion wrecked part of an apartment block in the Siberian city of Tomsk on Monday, killing six people, emergency officials said. They blamed a leaking pipe.',
    [],
  ],
  [
    'convoy',
    '1996-12-04',
    'NEW DELHI 1996-12-04\nSuspected Moslem militants ambushed an army convoy near Anantnag in Kashmir on Wednesday, killing three soldiers, police said. Troops returned fire and killed two of the attackers.',
    [{ kinds: ['ambush', 'attack', 'armed clash'], place: 'Anantnag' }],
  ],
  [
    'burundi',
    '1996-12-03',
    'NAIROBI 1996-12-03\nGunmen killed a provincial governor in Burundi on Monday in an ambush on his car near the town of Ngozi, the army said in a statement read on state radio.',
    [{ kinds: ['ambush', 'assassination', 'murder', 'attack', 'shooting'], place: 'Ngozi' }],
  ],
  [
    'eta',
    '1996-12-03',
    'MADRID 1996-12-03\nSpanish police arrested four suspected members of the Basque separatist group ETA in raids in Bilbao on Tuesday, the interior ministry said. Explosives and pistols were seized.',
    [{ kinds: ['arrest', 'raid'], place: 'Bilbao' }],
  ],
  [
    'fans',
    '1996-12-02',
    "ROME 1996-12-02\nSoccer fans fought running battles with police outside the Olympic stadium in Rome after Sunday's derby, and 12 people were hurt, police said. Lazio won 1-0.",
    [{ kinds: ['riot'], place: 'Rome' }],
  ],
  [
    'oil',
    '1996-12-06',
    'NEW YORK 1996-12-06\nCrude oil prices shot up on Friday on fears of a cold winter, and heating oil futures jumped to a six-year high. Traders said the rally could run into next week.',
    [],
  ],
  [
    'dhaka',
    '1996-12-05',
    'DHAKA 1996-12-05\nAt least 30 people were injured when supporters of rival parties fought with sticks and home-made bombs in Dhaka on Thursday during a general strike, police said.',
    [{ kinds: ['riot', 'armed clash', 'bombing'], place: 'Dhaka' }],
  ],
  [
    'karachi',
    '1996-12-06',
    'ISLAMABAD 1996-12-06\nGunmen on motorcycles sprayed bullets at a mosque in the southern city of Karachi on Friday, killing seven worshippers and wounding 12, police said. The attack was blamed on sectarian violence.',
    [{ kinds: ['shooting', 'attack'], place: 'Karachi' }],
  ],
  [
    'lebanon',
    '1996-12-05',
    'BEIRUT 1996-12-05\nIsraeli jets bombed suspected guerrilla positions in south Lebanon on Thursday, security sources said. There were no reports of casualties.',
    [{ kinds: ['air strike'], place: 'Lebanon' }],
  ],
  [
    'markets2',
    '1996-12-04',
    'TOKYO 1996-12-04\nThe Nikkei average crashed below 20,000 points on Wednesday as bank shares came under attack from foreign sellers. Brokers said the market was hit by a wave of fears over bad loans.',
    [],
  ],
  [
    'storm',
    '1996-12-03',
    'MIAMI 1996-12-03\nA tornado ripped through a trailer park in central Florida on Tuesday, killing two people and injuring 20, officials said.',
    [],
  ],
  [
    'cricket',
    '1996-12-06',
    'PERTH 1996-12-06\nAustralian fast bowler Glenn McGrath destroyed the West Indies batting on Friday, taking five wickets as the tourists collapsed to 150 all out. Police were called when a fan ran onto the pitch.',
    [],
  ],
  [
    'strike',
    '1996-12-02',
    'SEOUL 1996-12-02\nSouth Korean unions threatened on Monday to launch a general strike if parliament passes a new labour law, raising fears of violent clashes with police.',
    [],
  ],
  [
    'zaire',
    '1996-12-05',
    'GOMA, Zaire 1996-12-05\nRebels shelled the town of Bunia in northeastern Zaire on Thursday, killing at least 10 civilians, aid workers said. Government troops fled the town.',
    [{ kinds: ['shelling'], place: 'Bunia' }],
  ],
];

describe('wire reports of December 1996 (probe)', () => {
  it.each(PROBE)('%s', (_id, published, text, expected) => {
    const incs = incidentsOf(published, text);
    expect(incs.length).toBe(expected.length);
    expected.forEach((e, i) => {
      expect(e.kinds).toContain(incs[i]?.kind);
      expect(incs[i]?.place).toBe(e.place);
    });
  });
  it.todo(
    'a "massacre" of a company\'s shares told in a sentence without market words (lede: "German shares were hammered")',
  );
  it.todo('a man dressed as Santa Claus arrested for handing out free beer: an arrest for no violent offence');
});
