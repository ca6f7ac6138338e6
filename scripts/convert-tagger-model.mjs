// One-off converter of a tagger model from the text format (`# ner-tagger 2`, named features) to the binary
// format the project ships (`# ner-tagger 3`, hashed feature keys), gzipped. The weights are kept exactly
// (thousandths, as the text format writes them). Also prints how many features each file holds.
// usage: npm run build && node scripts/convert-tagger-model.mjs OLD-MODEL.txt.gz data/models/ner-tagger.bin.gz
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
// the built project, read at run time (not type-checked through dist/)
const built = '../dist/extract/resources.js';
const { loadTagger } = await import(built);

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/convert-tagger-model.mjs MODEL.txt[.gz] OUT.bin.gz');
  process.exit(2);
}
const model = loadTagger(from);
const gz = gzipSync(model.toBinary(), { level: 9 });
writeFileSync(to, gz);
const back = loadTagger(to);
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
if (
  back.size !== model.size ||
  !same(back.local, model.local.subarray(0, back.local.length)) ||
  !same(back.global, model.global.subarray(0, back.global.length))
) {
  console.error(`${to}: the converted model does not read back the same`);
  process.exit(1);
}
console.log(
  `${from}: ${model.size} features -> ${to} (${(gz.length / 1e6).toFixed(2)} MB gzipped), reads back identical`,
);
