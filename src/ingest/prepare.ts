// Pure: one article and its extraction result → the parameter lists the graph writer sends with UNWIND.
// Everything that reaches Neo4j is checked here against the stored text, so offsets in the graph always
// point at the words they claim to.
import type { Entity, ExtractionResult, RelationType } from '../extract/types.js';
import { RELATION_REL_TYPE, type EntityRelType } from '../graph/model.js';
import type {
  ArticleMentionRow,
  ArticleWrite,
  EntityRows,
  RelationRow,
  SentenceMentionRow,
  SentenceRow,
} from '../graph/rows.js';
import type { SourceArticle } from '../sources/article.js';
import { isoDate } from '../sources/dates.js';
import { sentenceTextHash } from '../dedup/sentence-hash.js';
import { wordCount } from './normalise.js';

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function validDate(d: string | null): string | null {
  const m = d ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(d) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function finiteOrNull(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function countOrNull(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}

/** Index of the sentence that contains [start, end), or -1. Sentences are sorted and disjoint. */
function sentenceContaining(sentences: SentenceRow[], start: number, end: number): number {
  let lo = 0,
    hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (end <= s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return start >= s.start && end <= s.end ? mid : -1;
  }
  return -1;
}

export function prepareArticleWrite(
  source: SourceArticle,
  meta: { id: string; text: string; contentHash: string; extractorVersion?: string; textTruncatedFrom?: number | null },
  result: ExtractionResult,
): ArticleWrite {
  const { id, text } = meta;
  const warnings: string[] = [];

  const sentences: SentenceRow[] = [];
  const sentenceRowByIndex = new Map<number, SentenceRow>();
  for (const s of [...result.sentences].sort((a, b) => a.start - b.start)) {
    const prev = sentences[sentences.length - 1];
    if (
      !(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end <= text.length &&
        s.start < s.end
      ) ||
      (prev && s.start < prev.end) ||
      sentenceRowByIndex.has(s.index)
    ) {
      warnings.push(`sentence ${s.index} dropped: offsets ${s.start}-${s.end} overlap or lie outside the text`);
      continue;
    }
    const sentenceText = text.slice(s.start, s.end);
    const row = {
      id: `${id}:${s.index}`,
      index: s.index,
      start: s.start,
      end: s.end,
      text: sentenceText,
      textHash: sentenceTextHash(sentenceText),
    };
    sentences.push(row);
    sentenceRowByIndex.set(s.index, row);
  }

  /** A mention or evidence span checked against the text; returns the sentence row that holds it. */
  const locate = (start: number, end: number, sentence: number): SentenceRow | undefined => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end))
      return undefined;
    const given = sentenceRowByIndex.get(sentence);
    if (given && start >= given.start && end <= given.end) return given;
    const i = sentenceContaining(sentences, start, end);
    return i >= 0 ? sentences[i] : undefined;
  };

  // Entities by key: two entities of one result may resolve to the same stored node.
  const keyOfId = new Map<string, string>();
  const byKey = new Map<
    string,
    { entity: Entity; names: string[]; mentions: SentenceMentionRow[]; title: { start: number; end: number }[] }
  >();
  const title = source.title ?? '';
  for (const e of result.entities) {
    // the headline's mentions (headline.ts): offsets into the title, stored on the Article's MENTIONS
    const titled: { start: number; end: number }[] = [];
    for (const m of e.titleMentions ?? []) {
      if (title.slice(m.start, m.end) !== m.text || m.end <= m.start) {
        warnings.push(
          `title mention "${m.text}" of ${e.key} dropped: offsets ${m.start}-${m.end} do not match the title`,
        );
        continue;
      }
      titled.push({ start: m.start, end: m.end });
    }
    const mentions: SentenceMentionRow[] = [];
    for (const m of e.mentions) {
      const s = locate(m.start, m.end, m.sentence);
      if (!s || text.slice(m.start, m.end) !== m.text) {
        warnings.push(`mention "${m.text}" of ${e.key} dropped: offsets ${m.start}-${m.end} do not match the text`);
        continue;
      }
      mentions.push({ sentenceId: s.id, key: e.key, start: m.start, end: m.end, text: m.text });
    }
    // Named entities need a mention as provenance; an incident may be inferred from the whole article.
    // (a country only the title names, rule headline/country-in-title, has the title's span as its mention)
    if (mentions.length === 0 && titled.length === 0 && e.type !== 'incident') {
      warnings.push(`entity ${e.key} dropped: no mention matches the text`);
      continue;
    }
    keyOfId.set(e.id, e.key);
    const seen = byKey.get(e.key);
    if (seen) {
      seen.names.push(e.name, ...e.aliases);
      seen.mentions.push(...mentions);
      for (const t of titled) if (!seen.title.some((x) => x.start === t.start)) seen.title.push(t);
    } else {
      byKey.set(e.key, { entity: e, names: [e.name, ...e.aliases], mentions, title: titled });
    }
  }

  // what a person's namesake in another article may share with it: the article's other named entities, not countries
  const contextKeys = [...byKey.values()]
    .filter(({ entity: e }) => e.type !== 'incident' && !(e.type === 'place' && e.placeKind === 'country'))
    .map(({ entity: e }) => e.key)
    .sort();
  const placeById = new Map(result.entities.filter((e) => e.type === 'place').map((e) => [e.id, e]));
  const entities: EntityRows = { person: [], organization: [], place: [], incident: [] };
  const sentenceMentions: SentenceMentionRow[] = [];
  const articleMentions: ArticleMentionRow[] = [];
  const covers: string[] = [];
  for (const [key, { entity: e, names, mentions, title: titled }] of byKey) {
    const name = e.name.trim() || mentions[0]?.text || key;
    const aliases = uniq(names.map((n) => n.trim()).filter((n) => n && n !== name));
    const base = {
      key,
      name,
      aliases,
      ...(e.type !== 'incident' && e.merges?.length ? { reasons: uniq(e.merges) } : {}),
    };
    switch (e.type) {
      case 'person':
        entities.person.push({
          ...base,
          type: 'person',
          countries: e.countries ?? [],
          homeCountry: e.homeCountry ?? null,
          roles: e.roles,
          context: contextKeys.filter((k) => k !== key),
        });
        break;
      case 'organization':
        entities.organization.push({ ...base, type: 'organization', kind: e.kind, country: e.country ?? null });
        break;
      case 'place':
        entities.place.push({
          ...base,
          type: 'place',
          placeKind: e.placeKind,
          country: e.country ?? null,
          lat: finiteOrNull(e.lat),
          lon: finiteOrNull(e.lon),
          ambiguous: e.ambiguous === true,
          admin1: e.admin1 ?? null,
          precision: e.precision ?? null,
          ...(e.guessedWithin ? { guessedWithin: true } : {}),
        });
        break;
      case 'incident': {
        const place = e.placeId ? placeById.get(e.placeId) : undefined;
        const geo =
          place?.type === 'place' && finiteOrNull(place.lat) !== null && finiteOrNull(place.lon) !== null
            ? place
            : undefined;
        entities.incident.push({
          ...base,
          type: 'incident',
          kind: e.kind,
          // a reported-on date bounds the event, it is not its day: the node stays undated, and its first report
          // (the articles' publication dates) is where a timeline shows it
          date: e.dateBasis === 'reported' ? null : validDate(e.date),
          // the place entity's own name, of which the incident's name was made (the graph renames a node by it);
          // the extraction's label may add the city a site lies in ("Coastland Center Mall, Naples")
          placeName: place?.name ?? e.place ?? null,
          placeKey: place?.type === 'place' ? place.key : null,
          lat: geo?.lat ?? null,
          lon: geo?.lon ?? null,
          killed: countOrNull(e.killed),
          injured: countOrNull(e.injured),
          ...(e.killedByList ? { killedByList: true } : {}),
          reference: e.reference === true,
          ...(e.byResponders ? { byResponders: true } : {}),
          ...(e.toldApart ? { toldApart: true } : {}),
          described: e.participants
            .filter((p) => p.described)
            .map((p) => {
              const s = p.sentence !== undefined ? sentenceRowByIndex.get(p.sentence) : undefined;
              return `${p.role}: ${p.name}${s ? ` @ ${s.id}` : ''}`;
            }),
          datePrecision: e.dateBasis === 'reported' ? null : (e.datePrecision ?? null),
          datePeriod: e.datePeriod ?? null,
          dateFlag: e.dateFlag ? `${e.dateFlag.date} ("${e.dateFlag.text}"): after the publication date` : null,
        });
        covers.push(key);
        break;
      }
    }
    sentenceMentions.push(...mentions);
    const spans = titled.sort((a, b) => a.start - b.start).flatMap((t) => [t.start, t.end]);
    if (mentions.length || spans.length)
      articleMentions.push({ key, count: mentions.length, ...(spans.length ? { title: spans } : {}) });
  }

  // One relationship per (from, to, type) in this article, holding all its evidence.
  const relations: Partial<Record<EntityRelType, RelationRow[]>> = {};
  const relIndex = new Map<string, RelationRow>();
  for (const r of result.relations) {
    const relType = RELATION_REL_TYPE[r.type as RelationType];
    const from = keyOfId.get(r.from);
    const to = keyOfId.get(r.to);
    if (!relType || !from || !to || from === to) continue;
    const ident = `${relType}\u0000${from}\u0000${to}`;
    let row = relIndex.get(ident);
    if (!row) {
      row = { from, to, sentenceIds: [], evidence: [], label: null };
      relIndex.set(ident, row);
      (relations[relType] ??= []).push(row);
    }
    if (row.label === null && r.label?.trim()) row.label = r.label.trim();
    for (const rule of r.rules ?? []) if (!row.rules?.includes(rule)) (row.rules ??= []).push(rule);
    for (const ev of r.evidence) {
      const s = locate(ev.start, ev.end, ev.sentence);
      if (!s) {
        warnings.push(`evidence ${ev.start}-${ev.end} of a ${r.type} relation dropped: outside the text`);
        continue;
      }
      if (!row.sentenceIds.includes(s.id)) row.sentenceIds.push(s.id);
      let dup = false;
      for (let i = 0; i < row.evidence.length; i += 2)
        if (row.evidence[i] === ev.start && row.evidence[i + 1] === ev.end) dup = true;
      if (!dup) row.evidence.push(ev.start, ev.end);
    }
  }

  // A relation without any evidence left has no provenance to show.
  for (const type of Object.keys(relations) as EntityRelType[]) {
    const kept = relations[type]!.filter((r) => r.sentenceIds.length > 0);
    if (kept.length) relations[type] = kept;
    else delete relations[type];
  }

  return {
    article: {
      id,
      title: source.title,
      url: source.url,
      source: source.source,
      published: validDate(source.published),
      publishedAt: source.publishedAt ?? null,
      outlet: result.article?.outlet ?? source.source ?? null,
      credits: result.article?.credits ?? [],
      text,
      textTruncatedFrom: meta.textTruncatedFrom ?? null,
      contentHash: meta.contentHash,
      wordCount: wordCount(text),
      sourceHash: source.origin.raw?.hash ?? null,
      sourceArticles: source.origin.raw?.articles ?? null,
      ...(meta.extractorVersion !== undefined ? { extractorVersion: meta.extractorVersion } : {}),
    },
    sentences,
    entities,
    sentenceMentions,
    articleMentions,
    covers,
    relations,
    warnings,
  };
}
