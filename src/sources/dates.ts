// Publication dates as written by the outlet: ISO 8601 and RFC 822/1123 (RSS). The calendar day is taken
// as written (in the outlet's own offset), not shifted to UTC, because that is the day the article names.
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month name or abbreviation as RFC 822 and datelines write it ("Jan", "Sept.", "February"), capitalised. */
export const MONTH_NAME = `(?:${Object.keys(MONTHS)
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1))
  .join('|')})[a-z]*\\.?`;

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/;
const ISO_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T\d{2})/;
// "Tue, 10 Jun 2025 14:00:00 +0100", "10 June 2025", "10 Jun 25"
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\b/;
// "June 10, 2025", "Jun 10 2025"
const MONTH_FIRST = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase();
  return MONTHS[n.slice(0, n.startsWith('sept') ? 4 : 3)];
}

/** ISO date (YYYY-MM-DD) of a publication date string, or null when it is not a date. */
export function parsePublished(value: string): string | null {
  const s = value.trim();
  if (!s) return null;
  let m = ISO.exec(s) ?? ISO_COMPACT.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = RFC822.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year < 70 ? 2000 : 1900; // RFC 822 two-digit years
    return month ? isoDate(year, month, Number(m[1])) : null;
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

const SLASHED_DATE = /^(?:\p{L}+,?\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/u;

/**
 * ISO date of a slashed or dotted date ("21/02/2025", "Fri 03.04.2025") read day first, the form of press offices
 * outside the United States, unless the day could only be the second number ("02/21/2025"); null when it is none.
 */
export function parseDayFirstSlashed(value: string): string | null {
  const m = SLASHED_DATE.exec(value.trim());
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return b > 12 ? isoDate(year, a, b) : isoDate(year, b, a);
}

// A time of day with an explicit zone: "…T14:05:00Z", "…14:05+01:00", "Tue, 10 Jun 2025 14:00:00 +0100", "… GMT".
const HAS_TIME = /\d{1,2}:\d{2}/;
const HAS_ZONE = /(?:\d(?:Z|[+-]\d{2}:?\d{2})|\s(?:[+-]\d{4}|GMT|UTC|UT|[ECMP][SD]T))\s*$/i;

/**
 * The instant of a publication date string as ISO 8601 UTC ("2025-06-10T13:00:00.000Z") when it gives a time of
 * day and its zone; null otherwise (a bare date, or a time in an unknown zone, which could be hours off).
 */
export function parsePublishedAt(value: string): string | null {
  const s = value.trim();
  const day = HAS_TIME.test(s) && HAS_ZONE.test(s) ? parsePublished(s) : null;
  if (day === null) return null;
  const ms = Date.parse(s);
  // the zone may move the UTC day by one, no more (two-digit years are read differently by Date.parse)
  return Number.isFinite(ms) && Math.abs(ms - Date.parse(`${day}T12:00:00Z`)) <= 36 * 3600_000
    ? new Date(ms).toISOString()
    : null;
}
