// The project's own sample articles (seeds/, written for this project about real public events), extracted as `kg
// extract` and `kg ingest` read them: every one finishes in bounded time, and an attack at several sites on one day
// stays one incident (issue #10).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { isViolentKind } from '../../src/ontology/index.js';
import { articleIdFromHash, contentHash, extractionInput, normaliseText } from '../../src/ingest/normalise.js';
import { isSupported, parseFile, type SourceArticle } from '../../src/sources/index.js';
import { res } from '../helpers/resources.js';

const SEEDS = 'seeds';
/** the extraction hook's time limit, per article: far above what any seed takes; only a rule that loops hits it */
const SECONDS_PER_ARTICLE = 20;

const seedFiles = readdirSync(SEEDS)
  .filter((f) => isSupported(f) && f !== 'README.md')
  .sort();

function articlesOf(file: string): SourceArticle[] {
  const path = join(SEEDS, file);
  return parseFile(path, new Uint8Array(readFileSync(path))).articles;
}

function incidentsOfArticle(a: SourceArticle): IncidentEntity[] {
  const text = normaliseText(a.text);
  return extract(extractionInput(articleIdFromHash(contentHash(text)), text, a), res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );
}

interface Extracted {
  file: string;
  title: string | null;
  text: string;
  incidents: IncidentEntity[];
}

describe('the seed articles', () => {
  // every article extracted once, timed one by one (a rule that loops blocks here, and the run never ends)
  const extracted: Extracted[] = [];
  beforeAll(() => {
    for (const file of seedFiles)
      for (const a of articlesOf(file)) {
        const incidents = incidentsOfArticle(a);
        extracted.push({ file, title: a.title, text: a.text, incidents });
      }
  }, SECONDS_PER_ARTICLE * 60_000);

  // speed is measured by npm run bench:extract, not asserted here: a wall-clock bound fails on a loaded machine
  it('each of the 63 articles extracts', () => {
    expect(extracted.map((x) => x.file)).toHaveLength(63);
  });

  it('keep the Christchurch attack on two mosques one incident in every article about it', () => {
    const about = extracted.filter((x) => /christchurch|al noor|linwood/iu.test(x.text));
    expect(about.length).toBeGreaterThanOrEqual(5);
    for (const x of about) {
      // the harm done in Christchurch, or at no place the text gives (the attack he planned in another town is
      // another event)
      const shootings = x.incidents.filter(
        (i) => isViolentKind(i.kind) && (!i.place || /christchurch|al noor|linwood/iu.test(i.place)),
      );
      // one incident for the attack, whether reported or referred to; never one per mosque
      expect({ file: x.file, title: x.title, n: shootings.length }).toEqual({ file: x.file, title: x.title, n: 1 });
    }
  });
});
