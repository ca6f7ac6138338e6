// Decodes the HTML character references that survive in names taken from markup ("Fran&ccedil;ois").
// Only for display names and keys; mention texts stay exactly as the input has them.

const MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030A',
  caron: '\u030C',
};
const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  szlig: 'ß',
  oslash: 'ø',
  Oslash: 'Ø',
  aelig: 'æ',
  AElig: 'Æ',
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
  mdash: '—',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|caron);/g, (_m, l: string, k: string) =>
      (l + MARKS[k]).normalize('NFC'),
    )
    .replace(/&#(\d{2,6});/g, (m, d: string) => {
      const n = Number(d);
      return n <= 0x10ffff ? String.fromCodePoint(n) : m;
    })
    .replace(/&#x([0-9A-Fa-f]{2,5});/g, (m, h: string) => {
      const n = parseInt(h, 16);
      return n <= 0x10ffff ? String.fromCodePoint(n) : m;
    })
    .replace(/&([A-Za-z]+);/g, (m, k: string) => NAMED[k] ?? m);
}
