// Synthetic security-news corpus for measuring the duplicate detector (bench/duplicates.mjs, unit tests).
// Distinct stories are drawn from a generated vocabulary with a skewed word distribution and share stock
// phrases per incident kind and city (so "another stabbing in the same city" is a realistic non-duplicate);
// republished variants are injected at known rates with their family recorded, so precision and recall can
// be computed. Deterministic for a given seed. No real text is used.

export type VariantKind = 'copy' | 'trimmed' | 'edited' | 'brief';

export interface SyntheticArticle {
  id: string;
  title: string;
  text: string;
  source: string;
  published: string;
  /** index of the original story this article derives from (its own index for originals) */
  family: number;
  variant: VariantKind | null;
}

export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sa',
  'tor',
  'vel',
  'da',
  'ne',
  'ris',
  'po',
  'gan',
  'te',
  'mor',
  'li',
  'an',
  'bru',
  'ces',
  'dor',
  'fi',
  'hal',
  'jun',
  'kes',
  'lum',
  'nar',
  'os',
  'pir',
  'qua',
  'sul',
  'tan',
  'ur',
  'vos',
  'wen',
  'yil',
  'zar',
];
const COMMON =
  'the of and to in a said that was on for with by at as police from he it an were had have after has who is two be not their been security officials they its one but attack which are also officers people more than last other suspect this authorities told statement minister city investigation interior government killed injured'.split(
    ' ',
  );
const KINDS = [
  'stabbing',
  'shooting',
  'bombing',
  'arson attack',
  'vehicle attack',
  'kidnapping',
  'raid',
  'foiled plot',
];
const CITIES = [
  'Paris',
  'Lyon',
  'Berlin',
  'Hamburg',
  'Madrid',
  'Seville',
  'Brussels',
  'Antwerp',
  'London',
  'Leeds',
  'Vienna',
  'Milan',
  'Rome',
  'Oslo',
  'Malmo',
  'Lisbon',
  'Porto',
  'Warsaw',
  'Prague',
  'Athens',
  'Dublin',
  'Nice',
  'Rotterdam',
  'Zurich',
];
export const OUTLETS = [
  'Northline Wire',
  'Harbour Post',
  'Evening Ledger',
  'Metro Courier',
  'Capital Dispatch',
  'Daily Beacon',
  'Coastal Herald',
  'Civic Times',
  'Frontier News',
  'Union Gazette',
  'Signal Press',
  'Morning Record',
];
const FIRST = [
  'Anna',
  'Omar',
  'Lena',
  'Tomas',
  'Sara',
  'Jonas',
  'Maya',
  'Karim',
  'Elena',
  'Piotr',
  'Ines',
  'David',
  'Nora',
  'Luca',
  'Ruth',
];
const LAST = [
  'Keller',
  'Haddad',
  'Novak',
  'Moreau',
  'Silva',
  'Berg',
  'Costa',
  'Walsh',
  'Rossi',
  'Nilsen',
  'Duarte',
  'Fischer',
  'Okafor',
  'Laine',
];
/** stock phrases shared by many different stories of one kind and city */
const STOCK = [
  'police in {city} said the {kind} took place late on {day} near the main station',
  'a spokesperson for the {city} prosecutor said an investigation into the {kind} had been opened',
  'officials said there was no immediate threat to the public after the {kind} in {city}',
  'the interior minister said security would be stepped up across {city} after the {kind}',
  'witnesses told reporters they had seen people running from the scene of the {kind}',
  'the suspect was taken into custody and police said they were not looking for anyone else',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function buildVocabulary(rand: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const parts = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

interface Story {
  title: string;
  paragraphs: string[];
  city: string;
  kind: string;
}

export function* generateCorpus(total: number, seed = 1): Generator<SyntheticArticle> {
  const rand = mulberry32(seed);
  const vocab = buildVocabulary(rand, 20000);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // skewed word choice: frequent function words, a long tail of content words
  const word = (): string => (rand() < 0.3 ? pick(COMMON) : vocab[Math.floor(vocab.length * rand() ** 2)]!);
  const sentence = (story: Pick<Story, 'city' | 'kind'>): string => {
    if (rand() < 0.15) {
      const s = pick(STOCK).replace('{city}', story.city).replace('{kind}', story.kind).replace('{day}', pick(DAYS));
      return s.charAt(0).toUpperCase() + s.slice(1) + '.';
    }
    const len = 10 + Math.floor(rand() * 16);
    const ws: string[] = [];
    for (let i = 0; i < len; i++) ws.push(word());
    if (rand() < 0.3) ws.splice(Math.floor(rand() * len), 0, story.city);
    const s = ws.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + (rand() < 0.1 ? ',” he said.' : '.');
  };
  const newStory = (): Story => {
    const city = pick(CITIES);
    const kind = pick(KINDS);
    const paragraphs: string[] = [];
    let words = 0;
    const target = 520 + Math.floor(rand() * 160);
    while (words < target) {
      const n = 2 + Math.floor(rand() * 3);
      const ss: string[] = [];
      for (let i = 0; i < n; i++) ss.push(sentence({ city, kind }));
      const p = ss.join(' ');
      words += p.split(' ').length;
      paragraphs.push(p);
    }
    return { title: `${kind} in ${city}: ${word()} ${word()} ${word()}`, paragraphs, city, kind };
  };
  const render = (story: Story, paragraphs: string[], outlet: string, title: string): string => {
    const lines = [
      `By ${pick(FIRST)} ${pick(LAST)}`,
      `${story.city.toUpperCase()} (${outlet}) - ${paragraphs[0] ?? ''}`,
      ...paragraphs.slice(1),
      `Reporting by ${pick(FIRST)} ${pick(LAST)}; Editing by ${pick(FIRST)} ${pick(LAST)}`,
      `Read more: ${title}`,
      `© 2026 ${outlet}. All rights reserved.`,
    ];
    return lines.join('\n');
  };
  const edit = (paragraphs: string[]): string[] =>
    paragraphs.map((p) => {
      const ws = p.split(' ');
      for (let i = 0; i < ws.length; i++) if (rand() < 0.025) ws[i] = word();
      if (ws.length > 30 && rand() < 0.3) ws.splice(Math.floor(rand() * (ws.length - 12)), 12); // cut a clause
      return ws.join(' ');
    });

  let produced = 0;
  let day = 0;
  const pending: SyntheticArticle[] = [];
  while (produced < total) {
    if (pending.length && (rand() < 0.5 || pending.length > 50)) {
      const a = pending.shift()!;
      yield { ...a, id: `a${produced++}` };
      continue;
    }
    const story = newStory();
    const family = produced;
    const outlet = pick(OUTLETS);
    if (rand() < 0.05) day++;
    const published = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
    yield {
      id: `a${produced++}`,
      title: story.title,
      text: render(story, story.paragraphs, outlet, story.title),
      source: outlet,
      published,
      family,
      variant: null,
    };
    // republished variants at known rates: about 12% of articles are variants
    const variants: [VariantKind, number][] = [
      ['copy', 0.035],
      ['trimmed', 0.035],
      ['edited', 0.035],
      ['brief', 0.035],
    ];
    for (const [kind, rate] of variants) {
      if (rand() >= rate) continue;
      const np = story.paragraphs.length;
      let ps: string[];
      if (kind === 'copy') ps = story.paragraphs;
      else if (kind === 'trimmed') ps = story.paragraphs.slice(0, Math.max(2, Math.round(np * (0.7 + rand() * 0.15))));
      else if (kind === 'edited') ps = edit(story.paragraphs.slice(0, np - (rand() < 0.5 ? 1 : 0)));
      else ps = edit(story.paragraphs.slice(0, Math.max(2, Math.round(np * 0.5))));
      const title = `${pick(['UPDATE', 'Breaking', 'Latest', 'Explainer'])}: ${story.title}`;
      const src = pick(OUTLETS);
      pending.push({
        id: '',
        title,
        text: render(story, ps, src, title),
        source: src,
        published,
        family,
        variant: kind,
      });
    }
  }
}
