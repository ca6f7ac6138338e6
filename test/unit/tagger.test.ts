import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gazetteerLabels } from '../../src/extract/gazetteer.js';
import { docReadings, documentFeatures, writeDocumentFeatures } from '../../src/extract/tagger-doc-features.js';
import { KeySink, KeyTable, Part, ScratchPart, TextSink, keyOf } from '../../src/extract/feature-hash.js';
import {
  BILOU,
  BIO,
  docCasing,
  isAllCapsSentence,
  sentenceFeatures,
  tagPart,
  titleEndings,
  toBilou,
  toBio,
  writeHistoryFeatures,
  writeTagHistoryFeatures,
  writeWordHistoryFeatures,
} from '../../src/extract/tagger-features.js';
import { defaultResources, loadTagger } from '../../src/extract/resources.js';
import {
  BINARY_MODEL_HEADER,
  MODEL_HEADER,
  TaggerModel,
  allowed,
  bestTag,
  exactSums,
  greedy,
  modelHeader,
  staticRows,
  tagDocument,
} from '../../src/extract/tagger.js';
import { tokenize } from '../../src/extract/tokens.js';
import { ORG_KINDS } from '../../src/ontology/index.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-tagger-'));
const file = (name: string, body: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

/** Spans "TYPE:words" the shipped model finds in each sentence of a document. */
function tagged(sentences: string[]): string[][] {
  const res = defaultResources();
  const words = sentences.map((s) => tokenize(res.words, s).map((t) => t.text));
  const sents = words.map((w) => ({ words: w, gaz: gazetteerLabels(res.gazetteer, w, isAllCapsSentence(w)) }));
  const tags = tagDocument({ mixed: res.tagger, caps: res.taggerCaps }, sents, docCasing(words), res.names);
  return tags.map((ts, si) => {
    const out: string[] = [];
    ts.forEach((t, i) => {
      if (t.startsWith('B-') || (t.startsWith('I-') && (i === 0 || ts[i - 1] === 'O')))
        out.push(`${t.slice(2)}:${words[si]![i]}`);
      else if (t.startsWith('I-')) out[out.length - 1] += ' ' + words[si]![i];
    });
    return out;
  });
}

describe('loading the tagger model', () => {
  it('throws an error naming the file when it is missing', () => {
    const p = join(dir, 'nope.txt.gz');
    expect(() => loadTagger(p)).toThrow(p);
  });

  it('throws an error naming the file when it is not a model of this version', () => {
    const p = file('old.txt', 'b\t0:1 1:2\n');
    expect(() => loadTagger(p)).toThrow(new RegExp(`${p}.*not a tagger model`));
  });

  it('throws on a bad weight or a line without both passes, naming file and line', () => {
    expect(() => loadTagger(file('bad.txt', `${MODEL_HEADER}\nw=x\t0:1 99:2\t\n`))).toThrow(
      /bad\.txt: line 2: bad weight "99:2"/,
    );
    expect(() => loadTagger(file('short.txt', `${MODEL_HEADER}\nw=x 0:1\n`))).toThrow(/short\.txt: line 2/);
  });

  it('throws on a corrupt gzip file', () => {
    const p = file('corrupt.txt.gz', Buffer.from('not gzip'));
    expect(() => loadTagger(p)).toThrow(p);
  });

  it('reads a small gzipped model of both passes', () => {
    const m = loadTagger(file('tiny.txt.gz', gzipSync(`${MODEL_HEADER}\nb\t0:1.5\t0:2 3:-1\nw=Paris\t\t5:4\n`)));
    expect(m.size).toBe(2);
    expect(m.local[m.row('b') * 9]).toBe(1.5);
    expect([m.global[m.row('b') * 9], m.global[m.row('b') * 9 + 3]]).toEqual([2, -1]);
    expect(m.global[m.row('w=Paris') * 9 + 5]).toBe(4);
    expect(m.row('w=London')).toBe(-1);
  });

  it('writes and reads the binary form with the same weights, and names the file when it is cut short', () => {
    const m = loadTagger(file('tiny2.txt', `${MODEL_HEADER}\nb\t0:1.5\t0:2 3:-1\nw=Paris\t\t5:4.125\n`));
    const p = file('tiny.bin.gz', gzipSync(m.toBinary()));
    const back = loadTagger(p);
    expect(back.size).toBe(2);
    expect(back.row('w=Paris')).toBe(m.row('w=Paris'));
    expect(Array.from(back.global)).toEqual(Array.from(m.global.subarray(0, back.global.length)));
    const cut = file('cut.bin.gz', gzipSync(m.toBinary().subarray(0, -4)));
    expect(() => loadTagger(cut)).toThrow(new RegExp(`${cut}.*truncated`));
    expect(new TaggerModel().toBinary().subarray(0, BINARY_MODEL_HEADER.length).toString()).toBe(BINARY_MODEL_HEADER);
  });

  it('reads the tag scheme a model file names, binary, text or cached image alike, and no other', () => {
    const bilou = TaggerModel.parse(`${modelHeader(BILOU, false)}\nb\t0:1\t16:2\n`);
    expect([bilou.scheme, bilou.nt, bilou.global[bilou.row('b') * 17 + 16]]).toEqual([BILOU, 17, 2]);
    const bio = TaggerModel.parse(`${MODEL_HEADER}\nb\t0:1\t8:2\n`);
    expect([bio.scheme, bio.nt]).toEqual([BIO, 9]);
    for (const m of [bilou, bio]) {
      const binary = loadTagger(file(`scheme-${m.scheme.name}.bin.gz`, gzipSync(m.toBinary())));
      const image = TaggerModel.fromImage(m.toImage());
      for (const back of [binary, image]) {
        expect(back.scheme).toBe(m.scheme);
        expect(Array.from(back.global.subarray(0, m.nt))).toEqual(Array.from(m.global.subarray(0, m.nt)));
      }
    }
    // a weight for a tag the scheme has not, and a list of tags no scheme has
    expect(() => TaggerModel.parse(`${MODEL_HEADER}\nb\t0:1\t9:2\n`)).toThrow(/bad weight/);
    expect(() => TaggerModel.parse(`# ner-tagger 2 tags=O,B-PER,I-PER\nb\t0:1\t0:1\n`)).toThrow(/not a tagger model/);
  });
});

describe('BILOU tags', () => {
  it('mark the last and the only word of a name, and read back as BIO', () => {
    const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'O', 'B-ORG', 'I-ORG'];
    const bilou = ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC', 'O', 'B-ORG', 'L-ORG'];
    expect(toBilou(bio)).toEqual(bilou);
    expect(toBio(bilou)).toEqual(bio);
    expect(toBio(bio)).toEqual(bio);
  });

  it('let a name go on or end only after a word that opened or continued it, of its type', () => {
    expect(allowed('B-PER', 'L-PER')).toBe(true);
    expect(allowed('I-ORG', 'I-ORG')).toBe(true);
    expect(allowed('U-PER', 'L-PER')).toBe(false);
    expect(allowed('L-PER', 'I-PER')).toBe(false);
    expect(allowed('B-PER', 'L-ORG')).toBe(false);
    expect(allowed('O', 'I-LOC')).toBe(false);
    expect(allowed('L-PER', 'U-PER')).toBe(true);
  });

  it('decode from a BILOU model as BIO tags, as a BIO model with the same weights reads them', () => {
    const words = ['Amara', 'Okafor', 'visited', 'Kisumu'];
    const gaz = words.map(() => '');
    const model = (scheme: typeof BIO, first: string, last: string, only: string) => {
      const at = (tag: string) => scheme.tags.indexOf(tag);
      const both = (tag: string) => `${at(tag)}:5\t${at(tag)}:5`;
      return TaggerModel.parse(
        `${modelHeader(scheme, false)}\nb\t0:1\t0:1\nw=Amara\t${both(first)}\nw=Okafor\t${both(last)}\nw=Kisumu\t${both(only)}\n`,
      );
    };
    const tag = (m: TaggerModel, ws: string[]) =>
      tagDocument(m, [{ words: ws, gaz }], docCasing([ws]), defaultResources().names)[0];
    const bilou = model(BILOU, 'B-PER', 'L-PER', 'U-LOC'),
      bio = model(BIO, 'B-PER', 'I-PER', 'B-LOC');
    expect(tag(bilou, words)).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
    expect(tag(bio, words)).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
    // a last word with no first before it is no name
    expect(tag(bilou, ['Okafor', 'visited', 'Kisumu'])).toEqual(['O', 'O', 'B-LOC']);
  });
});

describe('one model for each casing', () => {
  it('reads a document wholly in capitals with the capitals model, and a mixed-case one, shouted headline and all, with the other', () => {
    const mixed = TaggerModel.parse(`${MODEL_HEADER}\nb\t1:1\t1:1\n`),
      caps = TaggerModel.parse(`${MODEL_HEADER}\nb\t5:1\t5:1\n`);
    const tag = (words: string[][]) =>
      tagDocument(
        { mixed, caps },
        words.map((w) => ({ words: w, gaz: w.map(() => '') })),
        docCasing(words),
        defaultResources().names,
      );
    expect(
      tag([
        ['GUNMEN', 'RAIDED', 'BANKS'],
        ['POLICE', 'SAID', '3'],
      ]),
    ).toEqual([
      ['B-LOC', 'B-LOC', 'B-LOC'],
      ['B-LOC', 'B-LOC', 'B-LOC'],
    ]);
    expect(
      tag([
        ['GUNMEN', 'RAIDED', 'BANKS'],
        ['Police', 'said', '3'],
      ]),
    ).toEqual([
      ['B-PER', 'B-PER', 'B-PER'],
      ['B-PER', 'B-PER', 'B-PER'],
    ]);
  });
});

describe('the shipped tagger', () => {
  it('finds people, organisations and places in ordinary news text', () => {
    const [s] = tagged(['Prime Minister John Howard met officials of the World Bank in Jakarta on Tuesday .']);
    expect(s).toEqual(expect.arrayContaining(['PER:John Howard', 'ORG:World Bank', 'LOC:Jakarta']));
  });

  it('tags the same sentence in capitals as wire copy writes it', () => {
    const [s] = tagged(['PRIME MINISTER JOHN HOWARD MET OFFICIALS OF THE WORLD BANK IN JAKARTA ON TUESDAY .']);
    expect(s).toContain('LOC:JAKARTA');
    expect(s!.some((x) => x.startsWith('PER:JOHN HOWARD'))).toBe(true);
  });

  it('leaves an editor’s square brackets out of every name', () => {
    const [s] = tagged([
      'BOGOTA, 7 APR 90 (INRAVISION) -- [REPORT] [JUAN PEREZ] [TEXT] POLICE SAID A BOMB EXPLODED IN MEDELLIN.',
    ]);
    expect(s).toContain('PER:JUAN PEREZ');
    expect(s!.filter((x) => /[[\]]/.test(x))).toEqual([]);
  });

  it('in capitals, ends a firm’s name before "AND" and the verb after the next name', () => {
    const [s] = tagged(['A SPOKESMAN SAID MICROSOFT AND INTEL HAD AGREED TO SHARE THE COSTS OF THE PLANT .']);
    expect(s).toEqual(['ORG:MICROSOFT', 'ORG:INTEL']);
  });
});

describe('word-cluster features', () => {
  const lex = (clusters: [string, string[]][]) => ({
    ...defaultResources().names,
    wordClusters: new Map(clusters),
  });
  it('give a word its cluster at every depth and its neighbours theirs, case-blind, and mark a word without one', () => {
    const words = ['Talks', 'in', 'VORKUTA', 'ended'];
    const clusters = lex([
      ['vorkuta', ['a3f1', '9b']],
      ['in', ['07', '']],
    ]);
    const f = sentenceFeatures(words, ['', '', '', ''], docCasing([words]), clusters);
    expect(f[2]).toEqual(
      expect.arrayContaining(['c1=a', 'c2=a3', 'c3=a3f', 'c4=a3f1', 'c2-1=07', 'c2|sh=a3|X', 'c:1:1=9', 'c:1:2=9b']),
    );
    expect(f[2]!.filter((x) => x.startsWith('c:1:2-1='))).toEqual([]);
    expect(f[1]).toEqual(expect.arrayContaining(['c2+1=a3', 'c4+1=a3f1', 'c:1:2+1=9b']));
    expect(f[0]!.filter((x) => x.startsWith('c1='))).toEqual([]);
    expect(f[0]).toContain('c=none|Xx');
    expect(f[0]).toContain('c2+1=07');
  });

  it('are read from the shipped table, where words of one kind share a coarse cluster', () => {
    const clusters = defaultResources().names.wordClusters;
    expect(clusters.size).toBeGreaterThan(50_000);
    const prefix = (w: string) => clusters.get(w)?.[0]?.slice(0, 2);
    expect(prefix('tuesday')).toBeDefined();
    expect(prefix('tuesday')).toBe(prefix('monday'));
  });
});

describe('document features for the second pass', () => {
  it('tell a word what the first pass called it elsewhere, case-blind, not counting itself', () => {
    const f = documentFeatures(
      [
        ['Said', 'Kouachi', 'fled'],
        ['KOUACHI', 'was', 'seen'],
      ],
      [
        ['B-PER', 'I-PER', 'O'],
        ['B-ORG', 'O', 'O'],
      ],
    );
    expect(f[1]![0]).toEqual(expect.arrayContaining(['p1=B-ORG', 'nl=PER', 'nlmaj=PER', 'nlr=PER|L']));
    expect(f[1]![0]).not.toContain('nl=ORG');
    expect(f[0]![2]).toContain('nl=none');
  });
});

describe('feature keys', () => {
  it('hash a feature built from parts the same as its whole string, and tell different strings apart', () => {
    const whole = new Part('l-1|l=the|bank');
    const sink = new KeySink();
    sink.add(new Part('l-1|l='), new Part('the'), new Part('|'), new Part('xbankx', 1, 5));
    expect([sink.a[0], sink.b[0]]).toEqual([whole.a, whole.b]);
    const other = new Part('l-1|l=the|banks');
    expect([other.a, other.b]).not.toEqual([whole.a, whole.b]);
    expect(new Part('xbankx', 1, 5).text).toBe('bank');
  });
});

describe('decoding with history rows looked up once', () => {
  it('splits the history features into the tags’ and the word’s, which together are writeHistoryFeatures’', () => {
    const [p1, p2, lw] = [tagPart('B-PER'), tagPart('<s>'), new Part('smith')];
    const whole = new TextSink();
    writeHistoryFeatures(p1, p2, lw, whole);
    whole.endToken();
    const split = new TextSink();
    writeTagHistoryFeatures(p1, p2, split);
    writeWordHistoryFeatures(p1, lw, split);
    split.endToken();
    expect(split.tokens()).toEqual(whole.tokens());
    expect(whole.tokens()[0]).toContain('t-1|l=B-PER|smith');
  });

  it('gives each token the rows of its own features, in order, unknown ones left out', () => {
    const res = defaultResources();
    const sink = new KeySink();
    for (const features of [['w=Paris', 'no such feature', 'b'], [], ['b', 'w=the']]) {
      for (const f of features) sink.add(new Part(f));
      sink.endToken();
    }
    const rows = res.tagger.rows(sink).map((r) => [...r]);
    expect(rows).toEqual([
      [res.tagger.row('w=Paris'), res.tagger.row('b')],
      [],
      [res.tagger.row('b'), res.tagger.row('w=the')],
    ]);
    expect(rows.flat().every((r) => r >= 0)).toBe(true);
  });

  it('tags as decoding every history feature at every token does', () => {
    const res = defaultResources();
    const model = res.tagger;
    /** greedy decoding as written before the rows were cached: every feature looked up at every token */
    const reference = (words: string[], feats: Int32Array[]): string[] => {
      const tags: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const scores = new Float64Array(model.nt);
        const p1 = i > 0 ? tags[i - 1]! : '<s>',
          p2 = i > 1 ? tags[i - 2]! : '<s>';
        for (const r of feats[i]!) for (let t = 0; t < model.nt; t++) scores[t]! += model.local[r * model.nt + t]!;
        const h = new KeySink();
        writeHistoryFeatures(tagPart(p1), tagPart(p2), new Part(words[i]!.toLowerCase()), h);
        model.addKeys(model.local, h, 0, h.n, scores);
        tags.push(model.scheme.tags[bestTag(scores, p1, model.scheme)]!);
      }
      return tags;
    };
    const sentences = [
      'Police in Lyon said Jean Dupont, a former soldier, was arrested on Tuesday by the Interior Ministry.',
      'The United Nations envoy met leaders of the Free Syrian Army in Geneva and Ankara.',
    ];
    for (const s of sentences) {
      const words = tokenize(res.words, s).map((t) => t.text);
      const gaz = gazetteerLabels(res.gazetteer, words, false);
      const feats = staticRows(model, [{ words, gaz }], docCasing([words]), res.names)[0]!;
      const tags = greedy(model, model.local, words, feats);
      expect(tags).toEqual(reference(words, feats));
      expect(tags.some((t) => t !== 'O')).toBe(true);
      const lower = words.map((w) => new Part(w.toLowerCase()));
      expect(greedy(model, model.local, words, feats, undefined, lower)).toEqual(tags);
    }
  });
});

describe('decoding a document', () => {
  it('tags as greedy does with the static rows in pass 1 and the document rows added in pass 2', () => {
    const res = defaultResources();
    const model = res.tagger;
    const words = [
      'Police in Lyon said Jean Dupont , a former soldier , was arrested by the Interior Ministry .',
      'Dupont told the Lyon court he had met envoys of the Free Syrian Army in Geneva .',
      'DUPONT DENIES THE CHARGES',
    ].map((s) => s.split(' '));
    const sents = words.map((w) => ({ words: w, gaz: gazetteerLabels(res.gazetteer, w, isAllCapsSentence(w)) }));
    const casing = docCasing(words);
    const feats = staticRows(model, sents, casing, res.names);
    const pass1 = sents.map((s, i) => greedy(model, model.local, s.words, feats[i]!));
    const seen = docReadings(words, pass1);
    const pass2 = sents.map((s, i) => {
      const sink = new KeySink();
      writeDocumentFeatures(seen, s.words, pass1[i]!, sink);
      return toBio(greedy(model, model.global, s.words, feats[i]!, model.rows(sink)));
    });
    expect(tagDocument(model, sents, casing, res.names)).toEqual(pass2);
    expect(pass2.flat().filter((t) => t !== 'O').length).toBeGreaterThan(5);
  });
});

describe('decoding with the weights of a word’s features summed once', () => {
  /** pass 1 and pass 2 as greedy decodes them from every static feature's row, token by token */
  const reference = (
    model: TaggerModel,
    sents: { words: string[]; gaz: string[] }[],
    casing: ReturnType<typeof docCasing>,
  ) => {
    const res = defaultResources();
    const feats = staticRows(model, sents, casing, res.names);
    const pass1 = sents.map((s, i) => greedy(model, model.local, s.words, feats[i]!));
    const seen = docReadings(
      sents.map((s) => s.words),
      pass1,
    );
    return sents.map((s, i) => {
      const sink = new KeySink();
      writeDocumentFeatures(seen, s.words, pass1[i]!, sink);
      return toBio(greedy(model, model.global, s.words, feats[i]!, model.rows(sink)));
    });
  };
  const document = (texts: string[]) => {
    const res = defaultResources();
    const words = texts.map((t) => tokenize(res.words, t).map((x) => x.text));
    return {
      sents: words.map((w) => ({ words: w, gaz: gazetteerLabels(res.gazetteer, w, isAllCapsSentence(w)) })),
      casing: docCasing(words),
    };
  };

  it('tags as summing every feature does, for words met again, in capitals and at the sentence’s edges', () => {
    const res = defaultResources();
    const docs = [
      document([
        'ENVOYS MEET IN GENEVA AS TALKS RESUME',
        'Envoys of the Arab League met in Geneva on Monday, officials in Cairo said.',
        'Geneva talks resume .',
        'The league said its envoy, Amr Moussa, would fly to Cairo.',
      ]),
      document(['Police in Geneva said the envoys left for Cairo on Monday with Moussa.', 'Moussa']),
      document(['GUERRILLAS ATTACKED A POLICE POST IN MEDELLIN, THE ARMY SAID.', 'THE ARMY SAID MEDELLIN WAS CALM.']),
    ];
    for (const model of [res.tagger, res.taggerCaps])
      for (const { sents, casing } of [...docs, ...docs]) {
        const tags = tagDocument(model, sents, casing, res.names);
        expect(tags).toEqual(reference(model, sents, casing));
      }
    expect(tagDocument(res.tagger, docs[0]!.sents, docs[0]!.casing, res.names).flat()).toContain('B-LOC');
  });

  it('sums a word’s weights once only where any order of adding them gives the same doubles', () => {
    // the shipped models' weights: thousandths from 0.02 to some 2500
    expect(exactSums(Float32Array.of(0, 0.02, -2513.25), Float32Array.of(1.5))).toBe(true);
    expect(exactSums(new Float32Array(9))).toBe(true);
    // weights a millionth apart from some thousands (averaged weights in training) lose bits in a sum of many
    expect(exactSums(Float32Array.of(1e-6, 3000))).toBe(false);
    expect(exactSums(Float32Array.of(Infinity))).toBe(false);
    // such a model still tags as summing every feature does
    const res = defaultResources();
    const m = res.tagger;
    const wide = new TaggerModel(
      m.table,
      m.local.map((w, j) => (j % 7 ? w : w + 1e-7)),
      m.global,
    );
    expect(exactSums(wide.local, wide.global)).toBe(false);
    const { sents, casing } = document(['Envoys of the Arab League met in Geneva on Monday.', 'GENEVA TALKS RESUME']);
    expect(tagDocument(wide, sents, casing, res.names)).toEqual(reference(wide, sents, casing));
  });
});

describe('feature keys', () => {
  it('hash a scratch part as a part of the same text, each time it is made again', () => {
    const x = new ScratchPart();
    for (const [text, start, end] of [
      ['minister', 0, 3],
      ['minister', 5, 8],
      ['Paris', 0, 5],
      ['', 0, 0],
    ] as const) {
      const p = new Part(text, start, end);
      x.of(text, start, end);
      expect([x.a, x.b, x.ma, x.mb, x.text]).toEqual([p.a, p.b, p.ma, p.mb, p.text]);
    }
  });

  it('find every key of a table grown past its first size, and of the same table rebuilt from its arrays', () => {
    const t = new KeyTable(4);
    const keys = Array.from({ length: 3000 }, (_, i) => keyOf(`f=${i}`));
    keys.forEach(([a, b], i) => expect(t.put(a, b)).toBe(i));
    const { slots, keysA, keysB } = t.arrays();
    const again = KeyTable.fromArrays(slots, keysA, keysB);
    for (const table of [t, again]) {
      keys.forEach(([a, b], i) => expect(table.get(a, b)).toBe(i));
      const [a, b] = keyOf('no such feature');
      expect(table.get(a, b)).toBe(-1);
      // the same first lane with another second lane is another key
      expect(table.get(keys[7]![0], keys[7]![1] ^ 1)).toBe(-1);
    }
  });
});

describe('title features', () => {
  it('list every ending of a title at a space, the title included', () => {
    expect([...titleEndings(new Set(['deputy foreign minister', 'chief']))].sort()).toEqual([
      'chief',
      'deputy foreign minister',
      'foreign minister',
      'minister',
    ]);
  });

  it('mark the last word of a title of several words, and no word that ends no title', () => {
    const lex = {
      givenNames: new Set<string>(),
      orgCues: new Map(),
      titles: { set: new Set(['deputy foreign minister', 'envoy']), maxWords: 3 },
      wordClusters: new Map<string, readonly string[]>(),
    };
    const words = ['The', 'Deputy', 'Foreign', 'Minister', 'met', 'the', 'foreign', 'minister'];
    const f = sentenceFeatures(
      words,
      words.map(() => ''),
      docCasing([words]),
      lex,
    );
    const titled = f.map((fs) => fs.includes('lx=T'));
    // "foreign minister" alone ends the long title but is none
    expect(titled).toEqual([false, false, false, true, false, false, false, false]);
  });

  it('mark given names, organisation head words and a title written with a full stop, each word alone', () => {
    const lex = {
      givenNames: new Set(['maria']),
      orgCues: new Map([['bank', ORG_KINDS[0]!]]),
      titles: { set: new Set(['gen']), maxWords: 1 },
      wordClusters: new Map<string, readonly string[]>(),
    };
    const words = ['Gen.', 'Maria', 'Lopez', 'of', 'the', 'BANK', 'and', 'gen'];
    const f = sentenceFeatures(
      words,
      words.map(() => ''),
      docCasing([words]),
      lex,
    );
    expect(f.map((fs) => fs.filter((x) => x.startsWith('lx=')).join())).toEqual([
      'lx=T',
      'lx=G',
      '',
      '',
      '',
      'lx=C',
      '',
      'lx=T',
    ]);
    expect(f[2]).toContain('lx-1=G');
  });
});
