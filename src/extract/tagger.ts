// Averaged-perceptron BIO tagger: greedy left-to-right decoding over features from tagger-features.ts.
// Weights live in data/models/ner-tagger.txt (trained by src/scripts/train-tagger.ts), read by loadTagger (resources.ts).
import { TAGS, historyFeatures, sentenceFeatures, type DocCasing } from './tagger-features.js';

const NT = TAGS.length;

export class TaggerModel {
  readonly index = new Map<string, number>();
  weights: Float32Array;

  constructor(capacity = 1024) {
    this.weights = new Float32Array(capacity * NT);
  }

  /** Text format: one feature a line, `feature<TAB>tag:weight tag:weight …`. */
  static parse(text: string): TaggerModel {
    const lines = text.split('\n');
    const m = new TaggerModel(lines.length);
    for (const line of lines) {
      const tab = line.lastIndexOf('\t');
      if (tab < 0) continue;
      const id = m.index.size;
      m.index.set(line.slice(0, tab), id);
      for (const pair of line.slice(tab + 1).split(' ')) {
        const c = pair.indexOf(':');
        if (c > 0) m.weights[id * NT + Number(pair.slice(0, c))] = Number(pair.slice(c + 1));
      }
    }
    return m;
  }

  score(features: readonly string[], into: Float64Array): void {
    for (const f of features) {
      const id = this.index.get(f);
      if (id === undefined) continue;
      const base = id * NT;
      for (let t = 0; t < NT; t++) into[t]! += this.weights[base + t]!;
    }
  }
}

/** I-X may only follow B-X or I-X. */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev.length > 2 && prev.slice(2) === tag.slice(2);
}

export function decode(model: TaggerModel, words: readonly string[], gaz: readonly string[], casing: DocCasing): string[] {
  const feats = sentenceFeatures(words, gaz, casing);
  const tags: string[] = [];
  const scores = new Float64Array(NT);
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const p1 = i > 0 ? tags[i - 1]! : '<s>', p2 = i > 1 ? tags[i - 2]! : '<s>';
    model.score(feats[i]!, scores);
    model.score(historyFeatures(p1, p2, words[i]!.toLowerCase()), scores);
    let best = 0, bestScore = -Infinity;
    for (let t = 0; t < NT; t++) {
      if (scores[t]! > bestScore && allowed(p1, TAGS[t]!)) { best = t; bestScore = scores[t]!; }
    }
    tags.push(TAGS[best]!);
  }
  return tags;
}
