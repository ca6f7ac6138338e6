// Same-story clusters: articles that report the same incident (same kind — or a generic kind — at the same
// place within a few days) or share a strong overlap of rare entities (IDF-weighted) within a time window,
// plus near-duplicates, grouped with union-find. Input is the article metadata and the extraction result.
import type { Entity, ExtractionResult, IncidentEntity, IncidentKind } from '../extract/types.js';
import { UnionFind } from './union-find.js';
import { kindsMayBeOneStoryEvent } from '../ontology/index.js';

export interface StoryArticle {
  id: string;
  title?: string;
  source?: string;
  /** ISO date or date-time */
  published?: string;
  extraction: Pick<ExtractionResult, 'entities'>;
}

export interface StoryMember {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
}

export interface Story {
  /** incident name, else the top shared entities; with place and date when known */
  label: string;
  /** incident key shared by the articles, when the story is one incident */
  incident: string | null;
  place: string | null;
  /** ISO date: the incident date, else the earliest publication date */
  date: string | null;
  /** ordered by publication time (undated last), then input order */
  articles: StoryMember[];
}

/** Incidents of the same kind at the same place this many days apart are one incident. */
export const INCIDENT_DATE_WINDOW_DAYS = 3;
/** Articles further apart than this (publication dates) are never joined by entity overlap. */
export const STORY_WINDOW_DAYS = 7;
/**
 * IDF weight of the shared rare entities / the smaller article's total entity weight, needed for a same-story link.
 * Measured on seeds/ (pairs published within 7 days): same-event pairs 0.13–0.67 with 2–11 shared rare entities;
 * different events at most 0.115, and only ever 1 shared rare entity.
 */
export const MIN_ENTITY_OVERLAP = 0.12;
/** ... and at least this many shared rare entities. */
export const MIN_SHARED_RARE = 2;
/** 'attack' is what a report says before the details are known: it matches any violent kind, not raids or arrests. */
const kindsMatch = kindsMayBeOneStoryEvent;

const DAY_MS = 86_400_000;
function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

function withinDays(a: number | null, b: number | null, days: number): boolean {
  return a === null || b === null || Math.abs(a - b) <= days;
}

interface IncidentRef {
  article: number;
  kind: IncidentKind;
  place: string;
  day: number;
  key: string;
  name: string;
  placeName: string | null;
  date: string | null;
}

function placeKeyOf(incident: IncidentEntity, entities: Entity[]): string | null {
  if (incident.placeId) {
    const place = entities.find((e) => e.id === incident.placeId);
    if (place) return place.key;
  }
  return incident.place ? `name:${incident.place.toLowerCase().trim()}` : null;
}

/** Pairs of articles reporting the same incident (kind compatible, same place, dates within the window). */
function incidentLinks(articles: StoryArticle[], link: (a: number, b: number, via: IncidentRef) => void): void {
  const byPlace = new Map<string, IncidentRef[]>();
  articles.forEach((article, index) => {
    const entities = article.extraction.entities;
    for (const e of entities) {
      if (e.type !== 'incident') continue;
      const place = placeKeyOf(e, entities);
      // a reported-on date is the article's own day, not the event's: read as undated
      const date = e.dateBasis === 'reported' ? null : e.date;
      const day = dayNumber(date) ?? dayNumber(article.published);
      if (place === null || day === null) continue;
      const ref: IncidentRef = {
        article: index,
        kind: e.kind,
        place,
        day,
        key: e.key,
        name: e.name,
        placeName: e.place,
        date,
      };
      const list = byPlace.get(place);
      if (list) list.push(ref);
      else byPlace.set(place, [ref]);
    }
  });
  for (const refs of byPlace.values()) {
    refs.sort((x, y) => x.day - y.day);
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length && refs[j]!.day - refs[i]!.day <= INCIDENT_DATE_WINDOW_DAYS; j++) {
        const x = refs[i]!;
        const y = refs[j]!;
        if (x.article === y.article) continue;
        if (kindsMatch(x.kind, y.kind)) link(x.article, y.article, x.kind === 'attack' ? y : x);
      }
    }
  }
}

/** Rare-entity keys of each article (people, organisations, places) with IDF weights over the batch. */
function entityWeights(articles: StoryArticle[]): {
  keys: string[][];
  weight: Map<string, number>;
  names: Map<string, string>;
} {
  const keys = articles.map((a) => [
    ...new Set(a.extraction.entities.filter((e) => e.type !== 'incident').map((e) => e.key)),
  ]);
  const df = new Map<string, number>();
  const names = new Map<string, string>();
  for (const ks of keys) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  for (const a of articles) for (const e of a.extraction.entities) if (!names.has(e.key)) names.set(e.key, e.name);
  const n = articles.length;
  const weight = new Map<string, number>();
  // +1 smoothing so an entity in every article of a small batch still weighs a little less than a rare one
  for (const [k, d] of df) weight.set(k, Math.log((n + 1) / d));
  return { keys, weight, names };
}

/** Entities that appear in at most this many articles take part in overlap pairing. */
function rareLimit(n: number): number {
  return Math.max(3, Math.ceil(n * 0.02));
}

function entityLinks(articles: StoryArticle[], link: (a: number, b: number) => void): void {
  const { keys, weight } = entityWeights(articles);
  const limit = rareLimit(articles.length);
  const postings = new Map<string, number[]>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  const total = keys.map((ks) => ks.reduce((s, k) => s + (weight.get(k) ?? 0), 0));
  const shared = new Map<number, { w: number; count: number }>();
  const n = articles.length;
  for (const [k, list] of postings) {
    if (list.length < 2 || list.length > limit) continue;
    const w = weight.get(k) ?? 0;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        const s = shared.get(key);
        if (s) {
          s.w += w;
          s.count++;
        } else shared.set(key, { w, count: 1 });
      }
    }
  }
  const days = articles.map((a) => dayNumber(a.published));
  for (const [key, s] of shared) {
    if (s.count < MIN_SHARED_RARE) continue;
    const a = Math.floor(key / n);
    const b = key % n;
    const norm = Math.min(total[a]!, total[b]!);
    if (norm > 0 && s.w / norm >= MIN_ENTITY_OVERLAP && withinDays(days[a]!, days[b]!, STORY_WINDOW_DAYS)) link(a, b);
  }
}

function mostCommon<T>(xs: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > bestCount) {
      best = x;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Same-story clusters among `articles` (groups of two or more). `duplicatePairs` (indices) are joined too:
 * a republished copy is the same story.
 */
export function findStories(articles: StoryArticle[], duplicatePairs: Array<[number, number]> = []): Story[] {
  const uf = new UnionFind(articles.length);
  const incidentsOf = new Map<number, IncidentRef[]>();
  incidentLinks(articles, (a, b, via) => {
    uf.union(a, b);
    for (const i of [a, b]) {
      const list = incidentsOf.get(i);
      if (list) list.push(via);
      else incidentsOf.set(i, [via]);
    }
  });
  entityLinks(articles, (a, b) => uf.union(a, b));
  for (const [a, b] of duplicatePairs) uf.union(a, b);

  const { keys, weight, names } = entityWeights(articles);
  const days = articles.map((a) => dayNumber(a.published));
  return uf.groups(2).map((group) => {
    const incidents = group.flatMap((i) => incidentsOf.get(i) ?? []);
    const incident = mostCommon(incidents.map((r) => r.key));
    const ref = incidents.find((r) => r.key === incident) ?? null;
    const places = group.flatMap((i) =>
      articles[i]!.extraction.entities.filter((e) => e.type === 'place').map((e) => e.name),
    );
    const place = ref?.placeName ?? mostCommon(places);
    const published = group
      .map((i) => articles[i]!.published?.slice(0, 10))
      .filter((d): d is string => !!d)
      .sort();
    const date = ref?.date ?? published[0] ?? null;
    let label: string;
    if (ref) label = ref.name;
    else {
      const counts = new Map<string, number>();
      for (const i of group) for (const k of keys[i]!) counts.set(k, (counts.get(k) ?? 0) + 1);
      const top = [...counts]
        .filter(([, c]) => c >= 2)
        .sort((x, y) => y[1] * (weight.get(y[0]) ?? 0) - x[1] * (weight.get(x[0]) ?? 0))
        .slice(0, 3)
        .map(([k]) => names.get(k) ?? k);
      label = top.length ? top.join(', ') : (articles[group[0]!]!.title ?? articles[group[0]!]!.id);
    }
    const suffix = [place && !label.includes(place) ? place : null, date && !label.includes(date) ? date : null]
      .filter(Boolean)
      .join(', ');
    const ordered = [...group].sort(
      (x, y) =>
        (days[x] ?? Infinity) - (days[y] ?? Infinity) ||
        (articles[x]!.published ?? '').localeCompare(articles[y]!.published ?? '') ||
        x - y,
    );
    return {
      label: suffix ? `${label} (${suffix})` : label,
      incident,
      place,
      date,
      articles: ordered.map((i) => {
        const a = articles[i]!;
        return { id: a.id, title: a.title ?? null, source: a.source ?? null, published: a.published ?? null };
      }),
    };
  });
}
